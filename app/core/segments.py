"""Coded segments: apply a code to a span of a source, remove it, and retrieve segments."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.concurrency import fields_to_write, gone, merged_into, segment_name
from app.core.lookup import code_paths
from app.core.project import Project
from app.core.revision_notes import revision_note
from app.core.source_text_cache import source_stamp, text_between
from app.core.views import SegmentView as SegmentView
from app.errors import (
    CodeNotCodable,
    InvalidValue,
    NotFound,
    NotOwnSegment,
    OffsetsOutOfRange,
)
from app.models import Code, CodedSegment, Coder, Informant, ReviewComment, Source
from app.models.base import utc_now
from app.models.coded_segment import VALENCES
from app.core.ids import CodeId, CoderId, InformantId, SegmentId, SourceId


def add_segment(
    project: Project,
    *,
    source_id: SourceId,
    code_id: CodeId,
    coder_id: CoderId,
    start: int,
    end: int,
    memo: str = "",
    valence: str | None = None,
) -> Changes:
    """Store ``code`` on ``[start, end)`` of the source, committed before returning.

    The text snapshot is cut from the source's text kept between calls
    (:mod:`app.core.source_text_cache`), so the cost does not grow with the offset.
    """
    if valence is not None and valence not in VALENCES:
        raise InvalidValue(field="valence", value=valence, detail=", ".join(VALENCES))
    with project.writing() as session:
        found = source_stamp(session, source_id)
        if found is None:
            raise NotFound(kind="source", key=source_id)
        title, stamp = found
        if not 0 <= start < end <= stamp.char_count:
            raise OffsetsOutOfRange(start=start, end=end, source=title, length=stamp.char_count)
        code = session.get(Code, code_id)
        if code is None:
            # Merged away by someone else since this caller listed the codes: the segment
            # lands on the code it was merged into; deleted: a message says by whom.
            target = merged_into(session, code_id=code_id)
            if target is None:
                raise gone(session, kind="code", object_id=code_id)
            code_id = target
            code = session.get_one(Code, code_id)
        if not code.codable:
            raise CodeNotCodable(code=code.name)
        if session.get(Coder, coder_id) is None:
            raise NotFound(kind="coder", key=coder_id)
        snapshot = text_between(project, session, stamp, start, end)
        now = utc_now()
        segment = CodedSegment(
            source_id=source_id,
            code_id=code_id,
            coder_id=coder_id,
            start=start,
            end=end,
            text=snapshot,
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


def remove_segment(project: Project, *, segment_id: SegmentId, actor_id: int) -> Changes:
    """Delete a segment; only the coder who made it may."""
    with project.writing() as session:
        segment = _owned_segment(session, segment_id, actor_id)
        source_id, code_id = segment.source_id, segment.code_id
        session.execute(delete(CodedSegment).where(CodedSegment.id == segment_id))
        return Changes(
            segments=frozenset({segment_id}),
            sources=frozenset({source_id}),
            codes=frozenset({code_id}),
        )


class _Unchanged:
    """Marks an argument left as it is (None is a real value for valence)."""


UNCHANGED: Any = _Unchanged()


def update_segment(
    project: Project,
    *,
    segment_id: SegmentId,
    actor_id: int,
    code_id: CodeId | None = None,
    start: int | None = None,
    end: int | None = None,
    memo: str | None = None,
    valence: str | None = UNCHANGED,
    expected: Mapping[str, Any] | None = None,
) -> Changes:
    """Change a segment's code, boundaries, memo or valence; only its coder may.

    A segment sent back with "needs revision" goes back to the review queue as "revised"
    once its code or boundaries change. ``expected``: the values the caller showed, per
    field it sends (code_id, start, end, memo, valence); a field changed since by someone
    else (the same coder on another machine) is an EditConflict and nothing is written.
    """
    if valence is not UNCHANGED and valence is not None and valence not in VALENCES:
        raise InvalidValue(field="valence", value=valence, detail=", ".join(VALENCES))
    with project.writing() as session:
        segment = _owned_segment(session, segment_id, actor_id)
        if expected is not None:
            sent: dict[str, Any] = {"code_id": code_id, "start": start, "end": end,
                                    "memo": memo}
            wanted = {key: value for key, value in sent.items() if value is not None}
            if valence is not UNCHANGED:
                wanted["valence"] = valence
            fields_to_write(session, segment, kind="segment",
                            name=segment_name(session, segment), wanted=wanted,
                            expected=expected)
        codes = {segment.code_id}
        was_code_id, was_start, was_end, was_text = (
            segment.code_id, segment.start, segment.end, segment.text)
        if code_id is not None and code_id != segment.code_id:
            code = session.get(Code, code_id)
            if code is None:
                raise gone(session, kind="code", object_id=code_id)
            if not code.codable:
                raise CodeNotCodable(code=code.name)
            segment.code_id = code.id
            codes.add(code.id)
        new_start = segment.start if start is None else start
        new_end = segment.end if end is None else end
        span_changed = (new_start, new_end) != (segment.start, segment.end)
        if span_changed:
            found = source_stamp(session, segment.source_id)
            assert found is not None  # a segment's source exists (foreign key)
            title, stamp = found
            if not 0 <= new_start < new_end <= stamp.char_count:
                raise OffsetsOutOfRange(start=new_start, end=new_end, source=title,
                                        length=stamp.char_count)
            segment.start, segment.end = new_start, new_end
            segment.text = text_between(project, session, stamp, new_start, new_end)
        if memo is not None:
            segment.memo = memo
        if valence is not UNCHANGED:
            segment.valence = valence
        if segment.review_status == "needs_revision" and (span_changed or len(codes) > 1):
            segment.review_status = "revised"
            session.add(ReviewComment(segment_id=segment.id, author_id=actor_id,
                                      status="revised", body=revision_note(
                code_id=was_code_id, start=was_start, end=was_end, text=was_text)))
        segment.updated_at = utc_now()
        return Changes(
            segments=frozenset({segment_id}),
            sources=frozenset({segment.source_id}),
            codes=frozenset(codes),
        )


def _owned_segment(session: Session, segment_id: SegmentId, actor_id: int) -> CodedSegment:
    segment = session.get(CodedSegment, segment_id)
    if segment is None:
        raise gone(session, kind="segment", object_id=segment_id)
    if segment.coder_id != actor_id:
        actor = session.get(Coder, actor_id)
        owner = session.get_one(Coder, segment.coder_id)
        raise NotOwnSegment(actor=actor.name if actor else actor_id,
                            segment=segment_name(session, segment),
                            owner=owner.name)
    return segment


def list_segments(
    project: Project,
    *,
    source_id: SourceId | None = None,
    code_ids: frozenset[CodeId] | None = None,
    informant_id: InformantId | None = None,
    coder_id: CoderId | None = None,
    review_statuses: frozenset[str] | None = None,
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
    if review_statuses is not None:
        query = query.where(CodedSegment.review_status.in_(review_statuses))
    with project.reading() as session:
        return _views(session, query)


def segment_views(session: Session, segment_ids: frozenset[SegmentId]) -> list[SegmentView]:
    """The views of the segments with these ids that exist, inside an open session."""
    if not segment_ids:
        return []
    return _views(session, _segment_query().where(CodedSegment.id.in_(sorted(segment_ids))))


def segment_counts(
    session: Session, *, code_ids: frozenset[CodeId] = frozenset(),
    source_ids: frozenset[SourceId] = frozenset(),
) -> tuple[dict[CodeId, int], dict[SourceId, int]]:
    """Segments on each of these codes, and in each of these sources (existing ones only,
    zero included), inside an open session: two indexed counts, not a scan of all."""
    by_code: dict[CodeId, int] = {}
    by_source: dict[SourceId, int] = {}
    if code_ids:
        by_code = {row[0]: row[1] for row in session.execute(
            select(Code.id, func.count(CodedSegment.id))
            .outerjoin(CodedSegment, CodedSegment.code_id == Code.id)
            .where(Code.id.in_(sorted(code_ids))).group_by(Code.id))}
    if source_ids:
        by_source = {row[0]: row[1] for row in session.execute(
            select(Source.id, func.count(CodedSegment.id))
            .outerjoin(CodedSegment, CodedSegment.source_id == Source.id)
            .where(Source.id.in_(sorted(source_ids))).group_by(Source.id))}
    return by_code, by_source


# The select's eleven-column row type, as for _segment_query below.
def _views(session: Session, query: Select) -> list[SegmentView]:  # type: ignore[type-arg]
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
            review_status=row.review_status,
            created_at=row.created_at,
        )
        for row in session.execute(query)
    ]


# The row type of this select has eleven columns; spelling it out would say nothing more.
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
            CodedSegment.review_status,
            CodedSegment.created_at,
        )
        .join(Source, CodedSegment.source_id == Source.id)
        .outerjoin(Informant, Source.informant_id == Informant.id)
        .join(Code, CodedSegment.code_id == Code.id)
        .join(Coder, CodedSegment.coder_id == Coder.id)
        .order_by(Source.title, CodedSegment.start, CodedSegment.end, CodedSegment.id)
    )
