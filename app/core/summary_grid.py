"""The summary grid: the analyst's summary per code × informant, linked to its segments.

A cell remembers which segments it was written from. It is *stale* when that set differs
from the cell's segments now (one added or removed) or one of them changed since the
summary was written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.ids import CodeId, InformantId
from app.core.project import Project
from app.errors import NotFound
from app.models import Code, CodedSegment, Informant, Source, SummaryCell, SummaryCellSegment
from app.models.base import utc_now


@dataclass(frozen=True)
class SummaryCellView:
    code_id: CodeId
    informant_id: InformantId
    body: str
    updated_at: datetime
    linked_segment_ids: tuple[int, ...]
    current_segment_ids: tuple[int, ...]
    stale: bool


def write_summary_cell(project: Project, *, code_id: CodeId, informant_id: InformantId,
                       body: str) -> Changes:
    """Store the summary and link it to the cell's segments as they are now."""
    with project.writing() as session:
        if session.get(Code, code_id) is None:
            raise NotFound(kind="code", key=code_id)
        if session.get(Informant, informant_id) is None:
            raise NotFound(kind="informant", key=informant_id)
        cell = session.scalar(select(SummaryCell).where(
            SummaryCell.code_id == code_id, SummaryCell.informant_id == informant_id))
        if cell is None:
            cell = SummaryCell(code_id=code_id, informant_id=informant_id)
            session.add(cell)
        cell.body = body.strip()
        cell.updated_at = utc_now()
        session.flush()
        session.execute(delete(SummaryCellSegment).where(SummaryCellSegment.cell_id == cell.id))
        segment_ids = _cell_segments(session, code_id, informant_id)
        session.add_all(
            SummaryCellSegment(cell_id=cell.id, segment_id=segment_id)
            for segment_id in segment_ids
        )
        cell.linked_count = len(segment_ids)
        return Changes(codes=frozenset({code_id}), informants=frozenset({informant_id}))


def summary_cells(project: Project) -> list[SummaryCellView]:
    with project.reading() as session:
        cells = session.scalars(select(SummaryCell)).all()
        views = []
        for cell in cells:
            linked = set(session.scalars(select(SummaryCellSegment.segment_id).where(
                SummaryCellSegment.cell_id == cell.id)))
            current = _cell_segments(session, cell.code_id, cell.informant_id)
            changed_since = session.scalar(
                select(CodedSegment.id).where(CodedSegment.id.in_(linked),
                                              CodedSegment.updated_at > cell.updated_at)
                .limit(1)
            ) if linked else None
            views.append(SummaryCellView(
                code_id=cell.code_id, informant_id=cell.informant_id, body=cell.body,
                updated_at=cell.updated_at, linked_segment_ids=tuple(sorted(linked)),
                current_segment_ids=tuple(sorted(current)),
                stale=(set(current) != linked or len(linked) != cell.linked_count
                       or changed_since is not None),
            ))
        return views


def _cell_segments(session: Session, code_id: CodeId, informant_id: InformantId) -> list[int]:
    return list(session.scalars(
        select(CodedSegment.id)
        .join(Source, CodedSegment.source_id == Source.id)
        .where(CodedSegment.code_id == code_id, Source.informant_id == informant_id)
    ))
