"""Notice what other people changed in a shared project, by cheap polling.

The GUI asks every few seconds; each poll is three small indexed queries, so it works the
same on an SQLite file shared by several processes and on PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.project import Project
from app.models import Code, CodedSegment, ReviewComment, Source


@dataclass(frozen=True)
class ChangeMark:
    """Where the last poll stopped."""

    segment_max_id: int
    segment_count: int
    segment_updated: datetime | None
    comment_max_id: int
    code_fingerprint: tuple[int, int]
    source_fingerprint: tuple[int, int]


def current_mark(project: Project) -> ChangeMark:
    with project.reading() as session:
        return _mark(session)


def poll_changes(project: Project, *, since: ChangeMark) -> tuple[Changes, ChangeMark]:
    """What changed after ``since``, and the mark to pass next time."""
    with project.reading() as session:
        mark = _mark(session)
        if mark == since:
            return Changes(), mark
        conditions = [CodedSegment.id > since.segment_max_id]
        if since.segment_updated is not None:
            conditions.append(CodedSegment.updated_at > since.segment_updated)
        rows = session.execute(
            select(CodedSegment.id, CodedSegment.source_id, CodedSegment.code_id).where(
                or_(*conditions)
            )
        ).all()
        commented = session.execute(
            select(CodedSegment.id, CodedSegment.source_id)
            .join(ReviewComment, ReviewComment.segment_id == CodedSegment.id)
            .where(ReviewComment.id > since.comment_max_id)
        ).all()
        new_rows = sum(1 for row in rows if row.id > since.segment_max_id)
        deleted = mark.segment_count < since.segment_count + new_rows
        structure = (mark.code_fingerprint != since.code_fingerprint
                     or mark.source_fingerprint != since.source_fingerprint)
        return (
            Changes(
                segments=frozenset(row.id for row in rows) | {row.id for row in commented},
                sources=frozenset(row.source_id for row in rows)
                | {row.source_id for row in commented},
                codes=frozenset(row.code_id for row in rows),
                # Deletions and codebook or source changes cannot be pinned down cheaply:
                # ask every panel to reload.
                project=deleted or structure,
            ),
            mark,
        )


def _mark(session: Session) -> ChangeMark:
    segment_max, segment_count, segment_updated = session.execute(
        select(func.max(CodedSegment.id), func.count(CodedSegment.id),
               func.max(CodedSegment.updated_at))
    ).one()
    comment_max = session.scalar(select(func.max(ReviewComment.id)))
    codes = session.execute(select(func.count(Code.id), func.max(Code.id))).one()
    sources = session.execute(select(func.count(Source.id), func.max(Source.id))).one()
    return ChangeMark(
        segment_max_id=segment_max or 0,
        segment_count=segment_count,
        segment_updated=_as_utc(segment_updated),
        comment_max_id=comment_max or 0,
        code_fingerprint=(codes[0], codes[1] or 0),
        source_fingerprint=(sources[0], sources[1] or 0),
    )


def _as_utc(value: datetime | str | None) -> datetime | None:
    """``max()`` bypasses the column type: SQLite hands back text, PostgreSQL a datetime."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)
