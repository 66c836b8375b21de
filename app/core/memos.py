"""Memos: analytic, methodological and reflexive notes, free or attached to an object."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.core.changes import Changes
from app.core.ids import CodeId, CoderId, SegmentId, SourceId
from app.core.lookup import code_paths
from app.core.project import Project
from app.errors import InvalidValue
from app.models import CodedSegment, Memo
from app.models.memo import MEMO_TYPES as MEMO_TYPES

# The memo a coder writes on one coded segment (Coding › Segment memo…) is stored on the
# segment; listed among the memos with this type so that every memo is found in one place.
SEGMENT_NOTE = "segment"


@dataclass(frozen=True)
class MemoView:
    id: int  # a MemoId, or the SegmentId of a segment note (list_segment_notes)
    title: str
    body: str
    memo_type: str
    source_id: SourceId | None
    code_id: CodeId | None
    segment_id: SegmentId | None
    created_at: datetime


def add_memo(
    project: Project,
    *,
    title: str,
    body: str = "",
    memo_type: str = "analytic",
    source_id: SourceId | None = None,
    code_id: CodeId | None = None,
    segment_id: SegmentId | None = None,
    author_id: CoderId | None = None,
) -> Changes:
    if memo_type not in MEMO_TYPES:
        raise InvalidValue(field="memo type", value=memo_type, detail=", ".join(MEMO_TYPES))
    if not title.strip():
        raise InvalidValue(field="memo title", value=title, detail="it is empty")
    with project.writing() as session:
        memo = Memo(
            title=title.strip(),
            body=body,
            memo_type=memo_type,
            source_id=source_id,
            code_id=code_id,
            segment_id=segment_id,
            author_id=author_id,
        )
        session.add(memo)
        session.flush()
        return Changes(memos=frozenset({memo.id}), created=memo.id)


def list_segment_notes(project: Project) -> list[MemoView]:
    """The segment memos written while coding, as memos of type :data:`SEGMENT_NOTE`
    titled with the segment's code (``id`` is the segment's id)."""
    with project.reading() as session:
        paths = code_paths(session)
        rows = session.scalars(select(CodedSegment).where(CodedSegment.memo != "")
                               .order_by(CodedSegment.created_at, CodedSegment.id))
        return [
            MemoView(id=segment.id, title=paths.get(segment.code_id, ""), body=segment.memo,
                     memo_type=SEGMENT_NOTE, source_id=segment.source_id,
                     code_id=segment.code_id, segment_id=segment.id,
                     created_at=segment.created_at)
            for segment in rows
        ]


def list_memos(project: Project) -> list[MemoView]:
    with project.reading() as session:
        return [
            MemoView(
                id=memo.id,
                title=memo.title,
                body=memo.body,
                memo_type=memo.memo_type,
                source_id=memo.source_id,
                code_id=memo.code_id,
                segment_id=memo.segment_id,
                created_at=memo.created_at,
            )
            for memo in session.scalars(select(Memo).order_by(Memo.created_at, Memo.id))
        ]
