"""Import a REFI-QDA archive (.qdpx) into a new project, all or nothing.

The archive is read and checked completely (:func:`app.io.qdpx_reader.read_qdpx`) before
the project is created; everything is then stored in one transaction. If anything fails or
the caller cancels, the new project file is removed, so no half-imported project is left.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.core.codes import GROUP_COLORS
from app.core.project import Project
from app.core.qdpx_documents import store_imported_documents, with_regions
from app.core.qdpx_segments import StoredSegment, store_codings
from app.core.recordings import store_imported_recording
from app.core.sources import count_words
from app.errors import Cancelled
from app.io.codebook_entry import CodebookEntry
from app.io.qdpx_project import (
    INFORMANT_TYPE_VARIABLE,
    PSEUDONYM_VARIABLE,
    ROLE_VARIABLE,
    SOURCE_DATE_VARIABLE,
    SOURCE_KIND_VARIABLE,
    QdpxNote,
    QdpxProject,
    QdpxSource,
    QdpxValue,
    QdpxVariable,
    is_research_questions_note,
    parse_note_description,
    reserved_variable,
    source_kind_from_word,
)
from app.io.qdpx_reader import read_qdpx
from app.io.speaker_turns import find_turns
from app.models import (
    Code,
    Coder,
    Informant,
    Memo,
    ProjectInfo,
    ResearchQuestion,
    Source,
    Turn,
)
from app.models.base import utc_now
from app.models.informant import INFORMANT_TYPES
from app.models.memo import MEMO_TYPES

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

FALLBACK_CODER = "REFI-QDA import"
_LABEL_CHARS = 40


@dataclass(frozen=True)
class ImportReport:
    """What an import stored, and what it left out (``skipped``, in English)."""

    location: str
    sources: int
    codes: int
    segments: int
    informants: int
    coders: int
    memos: int
    skipped: tuple[str, ...]
    position_scheme: str
    origin: str
    # Sources imported although their text is empty or only whitespace (a warning).
    empty_sources: tuple[str, ...] = ()


def import_qdpx(
    archive_path: Path,
    location: Path | str,
    *,
    skip_missing_sources: bool = False,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ImportReport:
    """Create the project ``location`` from the archive; nothing is left behind on error."""
    content = read_qdpx(
        Path(archive_path),
        skip_missing_sources=skip_missing_sources,
        progress=progress,
        cancel=cancel,
    )
    if cancel is not None and cancel():
        raise Cancelled()
    with Project.building(location, title=content.name or Path(archive_path).stem) as project:
        with project.writing() as session:
            counts = _Importer(session, content, cancel, project.actor).store()
        return ImportReport(location=project.location,
                            skipped=content.skipped + counts.pop("skipped"),
                            position_scheme=content.position_scheme, origin=content.origin,
                            empty_sources=content.empty_sources, **counts)


class _Importer:
    def __init__(self, session: Session, content: QdpxProject, cancel: CancelCheck | None,
                 actor: str) -> None:
        self.session = session
        self.actor = actor
        self.content = content
        self.cancel = cancel
        self.coders: dict[str, Coder] = {}
        self.codes: dict[str, Code] = {}
        self.skipped: list[str] = []
        self.fallback: Coder | None = None
        self.variables = {variable.guid: variable for variable in content.variables}

    def store(self) -> dict[str, Any]:
        self._project_info()
        self._users()
        self._codebook()
        self._check_cancel()
        informants = self._informants()
        sources = self._sources(informants)
        self._check_cancel()
        selection_segments = with_regions(self, self._segments(sources))
        memos = self._memos(sources, selection_segments)
        self.session.flush()
        return {
            "sources": len(sources),
            "codes": len(self.codes),
            "segments": sum(len(ids) for ids in selection_segments.values()),
            "informants": len(set(informants.values())),
            "coders": len({coder.id for coder in self.coders.values()}
                          | ({self.fallback.id} if self.fallback else set())),
            "memos": memos,
            "skipped": tuple(self.skipped),
        }

    def _check_cancel(self) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled()

    def _project_info(self) -> None:
        info = self.session.get(ProjectInfo, 1) or ProjectInfo(id=1)
        self.session.add(info)
        info.title = self.content.name or info.title
        info.description = self.content.description
        if self.content.created_at is not None:
            info.created_at = self.content.created_at
        for guid in self.content.project_note_guids:
            note = self._note(guid)
            if note is not None and is_research_questions_note(note.name):
                info.guid = note.guid
                lines = [line.strip() for line in note.text.split("\n") if line.strip()]
                self.session.add_all(ResearchQuestion(position=position, text=text)
                                     for position, text in enumerate(lines))
                break

    def _users(self) -> None:
        taken: set[str] = set()
        for user in self.content.users:
            name = _unique(user.name or f"User {user.guid[:8]}", taken, limit=200)
            coder = Coder(name=name, guid=user.guid)
            self.session.add(coder)
            self.coders[user.guid] = coder
        self.taken_coder_names = taken
        self.session.flush()

    def _coder(self, *guids: str | None) -> Coder:
        for guid in (*guids, self.content.creating_user_guid):
            if guid and guid in self.coders:
                return self.coders[guid]
        for guid in guids:
            if guid:  # a user the file never lists
                coder = Coder(name=_unique(f"User {guid[:8]}", self.taken_coder_names, 200),
                              guid=guid)
                self.session.add(coder)
                self.session.flush()
                self.coders[guid] = coder
                return coder
        if self.fallback is None:
            self.fallback = Coder(name=_unique(FALLBACK_CODER, self.taken_coder_names, 200))
            self.session.add(self.fallback)
            self.session.flush()
        return self.fallback

    def _codebook(self) -> None:
        used = {coding.code_guid for source in self.content.sources
                for coding in (*source.codings,
                               *(c for s in source.selections for c in s.codings))}

        def add(entry: CodebookEntry, parent: Code | None, position: int) -> None:
            code = Code(
                parent_id=parent.id if parent else None, name=entry.name, position=position,
                color=entry.color or GROUP_COLORS.get(entry.group, GROUP_COLORS["other"]),
                code_group=entry.group, codable=entry.codable or entry.guid in used,
                definition=entry.definition, inclusion=entry.inclusion,
                exclusion=entry.exclusion, example=entry.example, shortcut=entry.shortcut,
                name_en=entry.name_en, definition_en=entry.definition_en,
                verdict_scale=list(entry.verdict_scale) or None,
                guid=entry.guid,
            )
            self.session.add(code)
            self.session.flush()
            assert entry.guid is not None
            self.codes[entry.guid] = code
            for child_position, child in enumerate(entry.children):
                add(child, code, child_position)

        for position, root in enumerate(self.content.codes):
            add(root, None, position)

    def _informants(self) -> dict[str, Informant]:
        """Informants by the GUID of each source they are linked to."""
        by_source: dict[str, Informant] = {}
        taken: set[str] = set()
        for case in self.content.cases:
            fields, attributes = self._case_fields(case.values)
            informant_type = fields.get(INFORMANT_TYPE_VARIABLE, "utama")
            if informant_type not in INFORMANT_TYPES:
                attributes[INFORMANT_TYPE_VARIABLE] = informant_type
                informant_type = "utama"
            informant = Informant(
                label=_unique(case.name, taken, limit=_LABEL_CHARS), guid=case.guid,
                pseudonym=fields.get(PSEUDONYM_VARIABLE, ""), role=fields.get(ROLE_VARIABLE, ""),
                informant_type=informant_type, attributes=attributes,
            )
            self.session.add(informant)
            for guid in case.source_guids:
                if guid in by_source:
                    self.skipped.append(f"the link of case '{case.name}' to a source that "
                                        f"already belongs to '{by_source[guid].label}'")
                else:
                    by_source[guid] = informant
        self.session.flush()
        return by_source

    def _case_fields(self, values: tuple[QdpxValue, ...]) -> tuple[dict[str, str], dict[str, Any]]:
        fields: dict[str, str] = {}
        attributes: dict[str, Any] = {}
        for value in values:
            variable = self.variables[value.variable_guid]
            reserved = reserved_variable(variable.name)
            if reserved in (PSEUDONYM_VARIABLE, ROLE_VARIABLE, INFORMANT_TYPE_VARIABLE):
                fields[reserved] = str(value.value)
            else:
                attributes[variable.name] = _json_value(value.value)
        return fields, attributes

    def _sources(self, informants: dict[str, Informant]) -> dict[str, Source]:
        sources: dict[str, Source] = {}
        taken: set[str] = set()
        for qdpx_source in self.content.sources:
            kind, source_date = self._source_fields(qdpx_source)
            informant = informants.get(qdpx_source.guid)
            text = qdpx_source.text
            source = Source(
                title=_unique(qdpx_source.name, taken, limit=500), kind=kind,
                informant_id=informant.id if informant else None, source_date=source_date,
                text=text, char_count=len(text), word_count=count_words(text),
                file_name=qdpx_source.name, file_format="txt", encoding="utf-8",
                sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), guid=qdpx_source.guid,
            )
            if qdpx_source.created_at is not None:
                source.created_at = qdpx_source.created_at
            self.session.add(source)
            sources[qdpx_source.guid] = source
        self.session.flush()
        for qdpx_source in self.content.sources:
            if qdpx_source.recording is not None:
                store_imported_recording(self.session, sources[qdpx_source.guid].id,
                                         len(qdpx_source.text), qdpx_source.recording)
        store_imported_documents(self.session, self.content.sources, sources)
        # Turns in one executemany, not as ORM objects (62,000 turns: seconds; benchmarks/).
        turn_rows = [
            {"source_id": source.id, "number": turn.number, "speaker": turn.speaker,
             "role": turn.role, "start": turn.start, "end": turn.end}
            for source in sources.values() for turn in find_turns(source.text)
        ]
        if turn_rows:  # Core, not the ORM's bulk path: the rows need nothing of it
            self.session.connection().execute(insert(Turn), turn_rows)
        return sources

    def _source_fields(self, source: QdpxSource) -> tuple[str, date | None]:
        kind, source_date = "interview", None
        for value in source.values:
            variable: QdpxVariable | None = self.variables.get(value.variable_guid)
            reserved = reserved_variable(variable.name) if variable else None
            if reserved == SOURCE_KIND_VARIABLE:
                kind = source_kind_from_word(str(value.value)) or kind
            elif reserved == SOURCE_DATE_VARIABLE and isinstance(value.value, date):
                source_date = (value.value if not isinstance(value.value, datetime)
                               else value.value.date())
            elif variable is not None:
                self.skipped.append(f"the value of '{variable.name}' for source '{source.name}'")
        return kind, source_date

    def _segments(self, sources: dict[str, Source]) -> dict[str, list[StoredSegment]]:
        """Segments by the GUID of the selection (or source) they came from."""
        self.session.flush()
        made = store_codings(self.session, self.content.sources,
                             {guid: source.id for guid, source in sources.items()},
                             {guid: code.id for guid, code in self.codes.items()},
                             lambda *users: self._coder(*users).id, self.actor)
        self.uncoded = {
            selection.guid: (qdpx_source, selection)
            for qdpx_source in self.content.sources for selection in qdpx_source.selections
            if not selection.codings
        }
        return made

    def _memos(self, sources: dict[str, Source],
               segments: dict[str, list[StoredSegment]]) -> int:
        targets: dict[str, dict[str, int]] = {}
        for qdpx_source in self.content.sources:
            for guid in qdpx_source.note_guids:
                targets.setdefault(guid, {"source_id": sources[qdpx_source.guid].id})
            for selection in qdpx_source.selections:
                for guid in selection.note_guids:
                    if selection.guid in segments:
                        target: dict[str, int] = {"segment_id": segments[selection.guid][0].id}
                    else:
                        target = {"source_id": sources[qdpx_source.guid].id}
                    targets.setdefault(guid, target)
        for code_guid, note_guids in self.content.code_notes.items():
            for guid in note_guids:
                targets.setdefault(guid, {"code_id": self.codes[code_guid].id})
        count = 0
        for note in self.content.notes:
            if (note.guid in self.content.project_note_guids
                    and is_research_questions_note(note.name)):
                continue
            self.session.add(self._memo(note, targets.get(note.guid, {})))
            count += 1
        for qdpx_source, selection in self.uncoded.values():
            if not selection.description.strip():
                continue
            source = sources[qdpx_source.guid]
            quoted = source.text[selection.start : selection.end]
            self.session.add(Memo(
                title=(selection.name or "Selection")[:500], memo_type="analytic",
                body=f"{selection.description.strip()}\n\n«{quoted}»",
                source_id=source.id, guid=selection.guid,
                created_at=selection.created_at or utc_now(),
                updated_at=selection.modified_at or selection.created_at or utc_now(),
            ))
            count += 1
        return count

    def _memo(self, note: QdpxNote, target: dict[str, int]) -> Memo:
        description, memo_type = parse_note_description(note.description, MEMO_TYPES)
        body = f"{description}\n\n{note.text}".strip("\n") if description else note.text
        author = self._coder(note.user_guid).id if note.user_guid else None
        created = note.created_at or utc_now()
        return Memo(title=note.name[:500], body=body, memo_type=memo_type or "analytic",
                    author_id=author, guid=note.guid, created_at=created,
                    updated_at=note.modified_at or created, **target)

    def _note(self, guid: str) -> QdpxNote | None:
        return next((note for note in self.content.notes if note.guid == guid), None)


def _unique(name: str, taken: set[str], limit: int) -> str:
    base = " ".join(name.split())[:limit] or "?"
    unique, number = base, 2
    while unique.casefold() in taken:
        suffix = f" ({number})"
        unique, number = base[: limit - len(suffix)] + suffix, number + 1
    taken.add(unique.casefold())
    return unique


def _json_value(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value
