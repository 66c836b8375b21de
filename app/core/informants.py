"""Informants: add them, list them, load them from a metadata table."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.core.changes import Changes
from app.core.project import Project
from app.errors import DuplicateName, InvalidValue
from app.io.informant_table import read_informant_table
from app.models import Informant, Source
from app.models.informant import INFORMANT_TYPES


@dataclass(frozen=True)
class InformantView:
    id: int
    label: str
    pseudonym: str
    role: str
    informant_type: str
    attributes: dict[str, Any]
    source_count: int


def add_informant(
    project: Project,
    *,
    label: str,
    pseudonym: str = "",
    role: str = "",
    informant_type: str = "utama",
    attributes: dict[str, Any] | None = None,
) -> Changes:
    label = label.strip()
    if not label:
        raise InvalidValue(field="informant id", value=label, detail="it is empty")
    if informant_type not in INFORMANT_TYPES:
        raise InvalidValue(
            field="informant type", value=informant_type, detail=", ".join(INFORMANT_TYPES)
        )
    with project.writing() as session:
        if session.scalar(select(Informant.id).where(Informant.label == label)) is not None:
            raise DuplicateName(kind="informant", name=label)
        informant = Informant(
            label=label,
            pseudonym=pseudonym,
            role=role,
            informant_type=informant_type,
            attributes=dict(attributes or {}),
        )
        session.add(informant)
        session.flush()
        return Changes(informants=frozenset({informant.id}), created=informant.id)


def import_informants(project: Project, *, path: Path) -> Changes:
    """Add every informant of a metadata table; all or nothing."""
    rows = read_informant_table(path)
    with project.writing() as session:
        existing = set(session.scalars(select(Informant.label)))
        clashes = [row.label for row in rows if row.label in existing]
        if clashes:
            raise DuplicateName(kind="informant", name=", ".join(clashes))
        informants = [
            Informant(
                label=row.label,
                pseudonym=row.pseudonym,
                role=row.role,
                informant_type=row.informant_type,
                attributes=dict(row.attributes),
            )
            for row in rows
        ]
        session.add_all(informants)
        session.flush()
        return Changes(informants=frozenset(informant.id for informant in informants))


def list_informants(project: Project) -> list[InformantView]:
    with project.reading() as session:
        counts = dict(
            session.execute(
                select(Source.informant_id, func.count(Source.id)).group_by(Source.informant_id)
            ).all()
        )
        return [
            InformantView(
                id=informant.id,
                label=informant.label,
                pseudonym=informant.pseudonym,
                role=informant.role,
                informant_type=informant.informant_type,
                attributes=dict(informant.attributes),
                source_count=counts.get(informant.id, 0),
            )
            for informant in session.scalars(select(Informant).order_by(Informant.label))
        ]
