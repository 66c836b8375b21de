"""Informants: add, list, remove (and put back), load them from a metadata table.

An informant's optional real name is kept for the researcher and for pseudonymising
quotes only; no export, listing or citation shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.ids import CodeId, InformantId, SourceId
from app.core.project import Project
from app.errors import DuplicateName, InformantHasSources, InvalidValue, NotFound
from app.io.informant_table import read_informant_table
from app.models import CodedSegment, Informant, Source
from app.models.condensation import SummaryCell, SummaryCellSegment
from app.models.informant import INFORMANT_TYPES


@dataclass(frozen=True)
class InformantView:
    id: InformantId
    label: str
    pseudonym: str
    role: str
    informant_type: str
    attributes: dict[str, Any]
    source_count: int
    real_name: str = ""  # for the editor only; never exported


@dataclass(frozen=True)
class InformantLinks:
    """What removing an informant touches: its linked sources and summary-grid cells."""

    label: str
    source_titles: tuple[str, ...]
    summary_cells: int

    @property
    def source_count(self) -> int:
        return len(self.source_titles)


@dataclass(frozen=True)
class InformantRecord:
    """A removed informant with everything needed to put it back (undo)."""

    values: tuple[tuple[str, Any], ...]
    source_ids: tuple[SourceId, ...]
    cells: tuple[tuple[tuple[str, Any], ...], ...]
    cell_segments: tuple[tuple[int, int], ...]

    @property
    def id(self) -> InformantId:
        return InformantId(int(dict(self.values)["id"]))


def check_informant_values(*, label: str | None = None,
                           informant_type: str | None = None) -> None:
    if label is not None and not label.strip():
        raise InvalidValue(field="informant id", value=label, detail="it is empty")
    if label is not None and len(label.strip()) > 40:
        raise InvalidValue(field="informant id", value=label, detail="at most 40 characters")
    if informant_type is not None and informant_type not in INFORMANT_TYPES:
        raise InvalidValue(
            field="informant type", value=informant_type, detail=", ".join(INFORMANT_TYPES)
        )


def add_informant(
    project: Project,
    *,
    label: str,
    pseudonym: str = "",
    role: str = "",
    informant_type: str = "utama",
    attributes: dict[str, Any] | None = None,
    real_name: str = "",
) -> Changes:
    check_informant_values(label=label, informant_type=informant_type)
    with project.writing() as session:
        informant = new_informant(session, label=label, pseudonym=pseudonym, role=role,
                                  informant_type=informant_type, attributes=attributes,
                                  real_name=real_name)
        return Changes(informants=frozenset({informant.id}), created=informant.id)


def new_informant(session: Session, *, label: str, pseudonym: str = "", role: str = "",
                  informant_type: str = "utama", attributes: dict[str, Any] | None = None,
                  real_name: str = "") -> Informant:
    """Add an informant inside an open session (checked, flushed, with its id)."""
    check_informant_values(label=label, informant_type=informant_type)
    label = label.strip()
    if session.scalar(select(Informant.id).where(Informant.label == label)) is not None:
        raise DuplicateName(kind="informant", name=label)
    informant = Informant(
        label=label,
        pseudonym=pseudonym.strip(),
        role=role.strip(),
        informant_type=informant_type,
        attributes={str(key): value for key, value in (attributes or {}).items()},
        real_name=real_name.strip() or None,
    )
    session.add(informant)
    session.flush()
    return informant


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
                real_name=informant.real_name or "",
            )
            for informant in session.scalars(select(Informant).order_by(Informant.label))
        ]


def informant_id_of(project: Project, *, label: str) -> InformantId:
    """The id of the informant labelled ``label`` (NotFound otherwise)."""
    with project.reading() as session:
        found = session.scalar(select(Informant.id).where(Informant.label == label.strip()))
        if found is None:
            raise NotFound(kind="informant", key=label)
        return found


def informant_links(project: Project, *, informant_id: InformantId) -> InformantLinks:
    """What removing the informant would unlink or delete (the GUI asks with this)."""
    with project.reading() as session:
        informant = _informant(session, informant_id)
        titles = tuple(session.scalars(
            select(Source.title).where(Source.informant_id == informant_id)
            .order_by(Source.title)))
        cells = session.scalar(select(func.count(SummaryCell.id)).where(
            SummaryCell.informant_id == informant_id)) or 0
        return InformantLinks(label=informant.label, source_titles=titles,
                              summary_cells=int(cells))


def remove_informant(project: Project, *, informant_id: InformantId,
                     unlink_sources: bool = False) -> Changes:
    """Remove an informant. With linked sources this refuses (InformantHasSources) unless
    ``unlink_sources``: then the sources stay, without informant. Summary-grid cells
    written for the informant go with it."""
    return remove_informant_keeping_record(project, informant_id=informant_id,
                                           unlink_sources=unlink_sources)[0]


def remove_informant_keeping_record(project: Project, *, informant_id: InformantId,
                                    unlink_sources: bool = False
                                    ) -> tuple[Changes, InformantRecord]:
    """:func:`remove_informant`, also returning what :func:`restore_informant` needs."""
    with project.writing() as session:
        informant = _informant(session, informant_id)
        source_ids = tuple(session.scalars(
            select(Source.id).where(Source.informant_id == informant_id).order_by(Source.id)))
        if source_ids and not unlink_sources:
            raise InformantHasSources(informant=informant.label, count=len(source_ids))
        cells = list(session.scalars(
            select(SummaryCell).where(SummaryCell.informant_id == informant_id)))
        cell_ids = [cell.id for cell in cells]
        cell_segments = tuple(
            (int(cell_id), int(segment_id)) for cell_id, segment_id in session.execute(
                select(SummaryCellSegment.cell_id, SummaryCellSegment.segment_id)
                .where(SummaryCellSegment.cell_id.in_(cell_ids)))) if cell_ids else ()
        record = InformantRecord(
            values=_values(informant),
            source_ids=source_ids,
            cells=tuple(_values(cell) for cell in cells),
            cell_segments=tuple(cell_segments),
        )
        if source_ids:
            session.execute(update(Source).where(Source.id.in_(source_ids))
                            .values(informant_id=None))
        if cell_ids:
            session.execute(delete(SummaryCellSegment)
                            .where(SummaryCellSegment.cell_id.in_(cell_ids)))
            session.execute(delete(SummaryCell).where(SummaryCell.id.in_(cell_ids)))
        session.delete(informant)
        changes = Changes(informants=frozenset({informant_id}), sources=frozenset(source_ids),
                          codes=frozenset(CodeId(int(dict(cell)["code_id"]))
                                          for cell in record.cells))
        return changes, record


def restore_informant(project: Project, record: InformantRecord) -> Changes:
    """Put a removed informant back with its id, its links to sources and its summary
    cells (undo of a removal)."""
    with project.writing() as session:
        session.add(Informant(**dict(record.values)))
        session.flush()
        if record.source_ids:
            session.execute(update(Source).where(Source.id.in_(record.source_ids))
                            .values(informant_id=record.id))
        for cell in record.cells:
            session.add(SummaryCell(**dict(cell)))
        session.flush()
        wanted = {segment_id for _cell, segment_id in record.cell_segments}
        alive = set(session.scalars(select(CodedSegment.id).where(
            CodedSegment.id.in_(wanted)))) if wanted else set()
        for cell_id, segment_id in record.cell_segments:
            if segment_id in alive:  # a segment deleted since then stays deleted
                session.add(SummaryCellSegment(cell_id=cell_id, segment_id=segment_id))
        return Changes(informants=frozenset({record.id}),
                       sources=frozenset(record.source_ids),
                       codes=frozenset(CodeId(int(dict(cell)["code_id"])) for cell in record.cells),
                       created=record.id)


def _informant(session: Session, informant_id: InformantId) -> Informant:
    informant = session.get(Informant, informant_id)
    if informant is None:
        raise NotFound(kind="informant", key=informant_id)
    return informant


def _values(row: Any) -> tuple[tuple[str, Any], ...]:
    return tuple((column.key, getattr(row, column.key)) for column in row.__table__.columns)


EDITABLE_FIELDS = ("label", "pseudonym", "role", "informant_type", "attributes", "real_name")


def informant_fields(project: Project, *, informant_id: InformantId) -> dict[str, Any]:
    """The editable fields of an informant, as ``update_informant`` takes them."""
    with project.reading() as session:
        informant = _informant(session, informant_id)
        return {"label": informant.label, "pseudonym": informant.pseudonym,
                "role": informant.role, "informant_type": informant.informant_type,
                "attributes": dict(informant.attributes),
                "real_name": informant.real_name or ""}
