"""Exchange whole projects with other QDA programs as REFI-QDA archives (.qdpx).

:func:`export_qdpx` writes a project; :func:`import_qdpx` reads an archive into a NEW
project, all or nothing: on any error (or a cancel) the new project file is removed again.
What travels where is described in :mod:`app.io.qdpx_project`; what a .qdpx cannot carry
is left behind on export (informants' real names, coders' roles, review verdicts, source
file details such as the original file name and encoding, the project's own GUID).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Row, select

from app import __version__
from app.core.ids import CodeId, CoderId
from app.core.project import Project
from app.core.qdpx_documents import with_document
from app.core.qdpx_import import ImportReport, import_qdpx
from app.core.recordings import with_recording
from app.errors import Cancelled
from app.io.codebook_entry import CodebookEntry
from app.io.qdpx_project import (
    INFORMANT_TYPE_VARIABLE,
    PSEUDONYM_VARIABLE,
    RESEARCH_QUESTIONS_NOTE,
    ROLE_VARIABLE,
    SOURCE_DATE_VARIABLE,
    SOURCE_KIND_VARIABLE,
    QdpxCase,
    QdpxCoding,
    QdpxNote,
    QdpxProject,
    QdpxSelection,
    QdpxSource,
    QdpxUser,
    QdpxValue,
    QdpxVariable,
    compose_note_description,
    compose_selection_description,
)
from app.io.qdpx_writer import selection_name, write_qdpx_file
from app.models import (
    Code,
    CodedSegment,
    Coder,
    Informant,
    Memo,
    ProjectInfo,
    ResearchQuestion,
    Source,
)

# A segment as the export reads it (a row of columns, not an ORM object).
_SegmentRow = Row[*tuple[Any, ...]]

__all__ = ["ExportSummary", "ImportReport", "export_qdpx", "import_qdpx", "project_to_qdpx"]

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

ORIGIN = f"Telaah {__version__}"
# Seeds GUIDs derived from other GUIDs (codings, variables, the research-question note), so
# that exporting the same project twice gives the same GUIDs.
_DERIVED_GUIDS = uuid.UUID("8a1c5f0e-3d0b-4c62-9a55-7c1f2b6e4d21")


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    sources: int
    codes: int
    segments: int
    informants: int
    coders: int
    memos: int


def export_qdpx(
    project: Project,
    *,
    path: Path,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ExportSummary:
    """Write the project to ``path`` as a schema-valid .qdpx (replacing it atomically)."""
    content = project_to_qdpx(project, cancel=cancel)
    write_qdpx_file(content, Path(path), progress=progress, cancel=cancel)
    return ExportSummary(
        path=Path(path),
        sources=len(content.sources),
        codes=sum(1 for _ in _walk(content.codes)),
        segments=sum(len(selection.codings) for source in content.sources
                     for selection in source.selections),
        informants=len(content.cases),
        coders=len(content.users),
        memos=len(content.notes) - (1 if content.project_note_guids else 0),
    )


def project_to_qdpx(project: Project, *, cancel: CancelCheck | None = None) -> QdpxProject:
    """The project as REFI-QDA content, read in one session."""
    with project.reading() as session:
        info = session.get(ProjectInfo, 1)
        questions = list(session.scalars(
            select(ResearchQuestion.text).order_by(ResearchQuestion.position)))
        coders = {coder.id: coder for coder in session.scalars(select(Coder).order_by(Coder.name))}
        codes = list(session.scalars(select(Code).order_by(Code.position, Code.id)))
        informants = list(session.scalars(select(Informant).order_by(Informant.label)))
        sources = list(session.scalars(select(Source).order_by(Source.title)))
        # Plain rows, not ORM objects: a group project has tens of thousands.
        segments = session.execute(
            select(CodedSegment.id, CodedSegment.source_id, CodedSegment.code_id,
                   CodedSegment.coder_id, CodedSegment.start, CodedSegment.end,
                   CodedSegment.text, CodedSegment.memo, CodedSegment.valence,
                   CodedSegment.guid, CodedSegment.created_at, CodedSegment.updated_at)
            .order_by(CodedSegment.source_id, CodedSegment.start, CodedSegment.end,
                      CodedSegment.id)).all()
        memos = list(session.scalars(select(Memo).order_by(Memo.created_at, Memo.id)))
        _check(cancel)
        code_guids = {code.id: code.guid for code in codes}
        coder_guids = {coder_id: coder.guid for coder_id, coder in coders.items()}
        memo_targets = _memo_targets(memos)
        variables, case_values = _informant_variables(informants)
        source_variables = [_variable(SOURCE_KIND_VARIABLE, "Text"),
                            _variable(SOURCE_DATE_VARIABLE, "Date")]
        by_source: dict[int, list[_SegmentRow]] = {}
        for segment in segments:
            by_source.setdefault(segment.source_id, []).append(segment)
        informant_sources: dict[int, list[str]] = {}
        qdpx_sources = []
        for source in sources:
            _check(cancel)
            if source.informant_id is not None:
                informant_sources.setdefault(source.informant_id, []).append(source.guid)
            qdpx_sources.append(with_document(session, with_recording(session, _source(
                source, by_source.get(source.id, []), code_guids, coder_guids, memo_targets,
                source_variables), source.id), source.id))
        notes = [_note(memo, coder_guids) for memo in memos]
        project_notes: tuple[str, ...] = ()
        if questions:
            question_note = QdpxNote(
                # The project's own GUID, which REFI-QDA has no attribute for, travels here.
                guid=info.guid if info else _derived("research-questions", ""),
                name=RESEARCH_QUESTIONS_NOTE,
                text="\n".join(questions),
            )
            notes.append(question_note)
            project_notes = (question_note.guid,)
        return QdpxProject(
            name=(info.title if info else "") or "Telaah",
            origin=ORIGIN,
            description=info.description if info else "",
            created_at=info.created_at if info else None,
            users=tuple(QdpxUser(guid=coder.guid, name=coder.name) for coder in coders.values()),
            codes=tuple(_code_tree(codes)),
            code_notes={code_guids[CodeId(code_id)]: tuple(guids)
                        for code_id, guids in memo_targets["code"].items()},
            variables=tuple(variables + (source_variables if sources else [])),
            cases=tuple(
                QdpxCase(guid=informant.guid, name=informant.label,
                         values=tuple(case_values[informant.id]),
                         source_guids=tuple(informant_sources.get(informant.id, ())))
                for informant in informants
            ),
            sources=tuple(qdpx_sources),
            notes=tuple(notes),
            project_note_guids=project_notes,
        )


def _source(
    source: Source,
    segments: list[_SegmentRow],
    code_guids: dict[CodeId, str],
    coder_guids: dict[CoderId, str],
    memo_targets: dict[str, dict[int, list[str]]],
    source_variables: list[QdpxVariable],
) -> QdpxSource:
    kind_variable, date_variable = source_variables
    values = [QdpxValue(kind_variable.guid, source.kind)]
    if source.source_date is not None:
        values.append(QdpxValue(date_variable.guid, source.source_date))
    selections = tuple(
        QdpxSelection(
            guid=segment.guid,
            name=selection_name(segment.text or source.text[segment.start : segment.end]),
            start=segment.start,
            end=segment.end,
            description=compose_selection_description(segment.memo, segment.valence),
            user_guid=coder_guids.get(segment.coder_id),
            created_at=segment.created_at,
            modified_at=segment.updated_at,
            codings=(QdpxCoding(guid=_derived("coding", segment.guid),
                                code_guid=code_guids[segment.code_id],
                                user_guid=coder_guids.get(segment.coder_id),
                                created_at=segment.created_at),),
            note_guids=tuple(memo_targets["segment"].get(segment.id, ())),
        )
        for segment in segments
    )
    return QdpxSource(
        guid=source.guid,
        name=source.title,
        text=source.text,
        created_at=source.created_at,
        selections=selections,
        note_guids=tuple(memo_targets["source"].get(source.id, ())),
        values=tuple(values),
    )


def _note(memo: Memo, coder_guids: dict[CoderId, str]) -> QdpxNote:
    return QdpxNote(
        guid=memo.guid,
        name=memo.title,
        text=memo.body,
        description=compose_note_description(memo.memo_type),
        user_guid=coder_guids.get(memo.author_id) if memo.author_id else None,
        created_at=memo.created_at,
        modified_at=memo.updated_at,
    )


def _memo_targets(memos: Iterable[Memo]) -> dict[str, dict[int, list[str]]]:
    targets: dict[str, dict[int, list[str]]] = {"source": {}, "code": {}, "segment": {}}
    for memo in memos:
        for kind, target in (("segment", memo.segment_id), ("code", memo.code_id),
                             ("source", memo.source_id)):
            if target is not None:
                targets[kind].setdefault(target, []).append(memo.guid)
                break
    return targets


def _code_tree(codes: list[Code]) -> list[CodebookEntry]:
    entries = {
        code.id: CodebookEntry(
            name=code.name, guid=code.guid, color=code.color, codable=code.codable,
            group=code.code_group, definition=code.definition, inclusion=code.inclusion,
            exclusion=code.exclusion, example=code.example, shortcut=code.shortcut,
            name_en=code.name_en, definition_en=code.definition_en,
            verdict_scale=tuple(code.verdict_scale or ()),
        )
        for code in codes
    }
    roots: list[CodebookEntry] = []
    for code in codes:  # ordered by position, so children keep their order
        parent = entries.get(code.parent_id) if code.parent_id is not None else None
        (parent.children if parent is not None else roots).append(entries[code.id])
    return roots


def _walk(entries: Iterable[CodebookEntry]) -> Iterable[CodebookEntry]:
    for entry in entries:
        yield entry
        yield from _walk(entry.children)


def _informant_variables(
    informants: list[Informant],
) -> tuple[list[QdpxVariable], dict[int, list[QdpxValue]]]:
    if not informants:
        return [], {}
    fixed = [_variable(PSEUDONYM_VARIABLE, "Text"), _variable(ROLE_VARIABLE, "Text"),
             _variable(INFORMANT_TYPE_VARIABLE, "Text")]
    types: dict[str, str] = {}
    for informant in informants:
        for key, value in informant.attributes.items():
            kind = _value_type(value)
            if kind is not None:
                types[key] = kind if types.get(key, kind) == kind else "Text"
    attribute_variables = {key: _variable(key, types[key]) for key in sorted(types)}
    values: dict[int, list[QdpxValue]] = {}
    for informant in informants:
        row = [QdpxValue(fixed[0].guid, informant.pseudonym),
               QdpxValue(fixed[1].guid, informant.role),
               QdpxValue(fixed[2].guid, informant.informant_type)]
        for key, variable in attribute_variables.items():
            value = informant.attributes.get(key)
            if value is not None:
                row.append(QdpxValue(variable.guid, _as_type(value, variable.type_name)))
        values[informant.id] = row
    return fixed + list(attribute_variables.values()), values


def _value_type(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "Boolean"
    if isinstance(value, int):
        return "Integer"
    if isinstance(value, float) and Decimal(repr(value)).is_finite():
        return "Float"
    return "Text"


def _as_type(value: Any, type_name: str) -> Any:
    if type_name != "Text":
        return value
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else str(value)


def _variable(name: str, type_name: str) -> QdpxVariable:
    return QdpxVariable(guid=_derived("variable", name), name=name, type_name=type_name)


def _derived(kind: str, key: str) -> str:
    return str(uuid.uuid5(_DERIVED_GUIDS, f"{kind}:{key}"))


def _check(cancel: CancelCheck | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled()


