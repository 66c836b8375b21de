"""Coded segments: apply a code to a span of a source, remove it, and retrieve segments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, delete, func, select

from app.core.changes import Changes
from app.core.lookup import code_paths
from app.core.project import Project
from app.errors import CodeNotCodable, InvalidValue, NotFound, OffsetsOutOfRange
from app.models import Code, CodedSegment, Coder, Informant, Source
from app.models.coded_segment import VALENCES
from app.models.base import utc_now


@dataclass(frozen=True)
class SegmentView:
    """A coded segment as the UI and exports see it; offsets are code points."""

    id: int
    source_id: int
    source: str
    informant: str | None
    code_id: int
    code: str
    color: str
    coder_id: int
    coder: str
    start: int
    end: int
    text: str
    memo: str
    valence: str | None
    created_at: datetime


def add_segment(
    project: Project,
    *,
    source_id: int,
    code_id: int,
    coder_id: int,
    start: int,
    end: int,
    memo: str = "",
    valence: str | None = None,
) -> Changes:
    """Store ``code`` on ``[start, end)`` of the source, committed before returning.

    The text snapshot is cut by the database, so the cost does not grow with the
    length of the transcript.
    """
    if valence is not None and valence not in VALENCES:
        raise InvalidValue(field="valence", value=valence, detail=", ".join(VALENCES))
    with project.writing() as session:
        source = session.execute(
            select(Source.title, Source.char_count).where(Source.id == source_id)
        ).one_or_none()
        if source is None:
            raise NotFound(kind="source", key=source_id)
        if not 0 <= start < end <= source.char_count:
            raise OffsetsOutOfRange(
                start=start, end=end, source=source.title, length=source.char_count
            )
        code = session.get(Code, code_id)
        if code is None:
            raise NotFound(kind="code", key=code_id)
        if not code.codable:
            raise CodeNotCodable(code=code.name)
        if session.get(Coder, coder_id) is None:
            raise NotFound(kind="coder", key=coder_id)
        snapshot = session.scalar(
            select(func.substr(Source.text, start + 1, end - start)).where(Source.id == source_id)
        )
        now = utc_now()
        segment = CodedSegment(
            source_id=source_id,
            code_id=code_id,
            coder_id=coder_id,
            start=start,
            end=end,
            text=snapshot or "",
            memo=memo,
            valence=valence,
            created_at=now,
            updated_at=now,
        )
        session.add(segment)
        session.flush()
        return Changes(
            segments=frozenset({segment.id}),
            sources=frozenset({source_id}),
            codes=frozenset({code_id}),
            created=segment.id,
        )


def remove_segment(project: Project, *, segment_id: int) -> Changes:
    with project.writing() as session:
        row = session.execute(
            select(CodedSegment.source_id, CodedSegment.code_id).where(
                CodedSegment.id == segment_id
            )
        ).one_or_none()
        if row is None:
            raise NotFound(kind="segment", key=segment_id)
        session.execute(delete(CodedSegment).where(CodedSegment.id == segment_id))
        return Changes(
            segments=frozenset({segment_id}),
            sources=frozenset({row.source_id}),
            codes=frozenset({row.code_id}),
        )


def list_segments(
    project: Project,
    *,
    source_id: int | None = None,
    code_ids: frozenset[int] | None = None,
    informant_id: int | None = None,
    coder_id: int | None = None,
) -> list[SegmentView]:
    """Segments matching every filter given, in source then text order."""
    query = _segment_query()
    if source_id is not None:
        query = query.where(CodedSegment.source_id == source_id)
    if code_ids is not None:
        query = query.where(CodedSegment.code_id.in_(code_ids))
    if informant_id is not None:
        query = query.where(Source.informant_id == informant_id)
    if coder_id is not None:
        query = query.where(CodedSegment.coder_id == coder_id)
    with project.reading() as session:
        paths = code_paths(session)
        return [
            SegmentView(
                id=row.id,
                source_id=row.source_id,
                source=row.title,
                informant=row.label,
                code_id=row.code_id,
                code=paths[row.code_id],
                color=row.color,
                coder_id=row.coder_id,
                coder=row.name,
                start=row.start,
                end=row.end,
                text=row.text,
                memo=row.memo,
                valence=row.valence,
                created_at=row.created_at,
            )
            for row in session.execute(query)
        ]


def _segment_query() -> Select:  # type: ignore[type-arg]
    return (
        select(
            CodedSegment.id,
            CodedSegment.source_id,
            Source.title,
            Informant.label,
            CodedSegment.code_id,
            Code.color,
            CodedSegment.coder_id,
            Coder.name,
            CodedSegment.start,
            CodedSegment.end,
            CodedSegment.text,
            CodedSegment.memo,
            CodedSegment.valence,
            CodedSegment.created_at,
        )
        .join(Source, CodedSegment.source_id == Source.id)
        .outerjoin(Informant, Source.informant_id == Informant.id)
        .join(Code, CodedSegment.code_id == Code.id)
        .join(Coder, CodedSegment.coder_id == Coder.id)
        .order_by(Source.title, CodedSegment.start, CodedSegment.end, CodedSegment.id)
    )
