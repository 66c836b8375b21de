"""Import sources with an informant chosen (or created) for each file, in one transaction.

The import dialog asks :func:`suggest_informants` for a guess per file (from names such
as ``I7_wawancara.docx`` or ``W3 Bu Sari.txt``), lets the user change it or describe a new
informant, then calls :func:`import_planned`: new informants and sources are stored
together, or nothing is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.analysis.informant_guess import (
    InformantGuess,
    KnownInformant,
    guess_informant,
    guess_kind,
)
from app.core.changes import Changes
from app.core.informants import check_informant_values, new_informant
from app.core.project import Project
from app.core.sources import Progress, read_files, store_sources
from app.errors import DuplicateName, InvalidValue, NotFound
from app.models import Informant
from app.models.source import SOURCE_KINDS

__all__ = ["InformantDraft", "InformantGuess", "PlannedSource", "import_planned",
           "suggest_informants", "suggest_kinds"]


@dataclass(frozen=True)
class InformantDraft:
    """An informant to create while importing."""

    label: str
    pseudonym: str = ""
    role: str = ""
    informant_type: str = "utama"
    attributes: dict[str, Any] = field(default_factory=dict)
    real_name: str = ""


@dataclass(frozen=True)
class PlannedSource:
    """One file to import: its title, kind and informant label (existing or drafted)."""

    path: Path
    title: str
    kind: str = "interview"
    informant: str | None = None


def suggest_informants(project: Project, *,
                       paths: Sequence[Path]) -> list[InformantGuess | None]:
    """For each file, the informant its name suggests (see ``app.analysis.informant_guess``)."""
    with project.reading() as session:
        known = [KnownInformant(label=label, pseudonym=pseudonym) for label, pseudonym in
                 session.execute(select(Informant.label, Informant.pseudonym)
                                 .order_by(Informant.label))]
    guesses: list[InformantGuess | None] = []
    drafted: dict[str, InformantGuess] = {}
    for path in paths:
        guess = guess_informant(Path(path).stem, known)
        if guess is not None and not guess.existing:
            # Two files of the same new informant share one draft (and its name hint).
            guess = drafted.setdefault(guess.label, guess)
        guesses.append(guess)
    return guesses


def suggest_kinds(paths: Sequence[Path]) -> list[str]:
    """For each file, the kind of source its name suggests (interview by default)."""
    return [guess_kind(Path(path).stem) for path in paths]


def import_planned(project: Project, *, sources: Sequence[PlannedSource],
                   new_informants: Sequence[InformantDraft] = (),
                   encoding: str | None = None,
                   progress: Progress | None = None, ocr: bool = False) -> Changes:
    """Create ``new_informants`` and import ``sources``: all or nothing; ``ocr``
    recognises the text of scanned PDFs."""
    for planned in sources:
        if planned.kind not in SOURCE_KINDS:
            raise InvalidValue(field="source kind", value=planned.kind,
                               detail=", ".join(SOURCE_KINDS))
    drafted = [draft.label.strip() for draft in new_informants]
    if len(set(drafted)) != len(drafted):
        raise DuplicateName(kind="informant",
                            name=", ".join(sorted({d for d in drafted if drafted.count(d) > 1})))
    for draft in new_informants:
        check_informant_values(label=draft.label, informant_type=draft.informant_type)
    files = read_files([planned.path for planned in sources], encoding=encoding,
                       progress=progress, ocr=ocr)
    with project.writing() as session:
        ids = {
            draft.label.strip(): new_informant(
                session, label=draft.label, pseudonym=draft.pseudonym, role=draft.role,
                informant_type=draft.informant_type, attributes=draft.attributes,
                real_name=draft.real_name).id
            for draft in new_informants
        }
        for planned in sources:
            label = (planned.informant or "").strip()
            if label and label not in ids:
                found = session.scalar(select(Informant.id).where(Informant.label == label))
                if found is None:
                    raise NotFound(kind="informant", key=label)
                ids[label] = found
        informant_ids = [ids[(p.informant or "").strip()] if (p.informant or "").strip()
                         else None for p in sources]
        source_ids = store_sources(session, files,
                                   titles=[planned.title.strip() for planned in sources],
                                   kinds=[planned.kind for planned in sources],
                                   informant_ids=informant_ids)
        return Changes(
            sources=frozenset(source_ids),
            informants=frozenset(i for i in informant_ids if i is not None) | frozenset(
                ids[label] for label in drafted),
            created=source_ids[0] if len(source_ids) == 1 else None,
        )
