"""Supervisor review: verdicts on coded segments and the comment thread behind each one.

Only supervisors give verdicts; only a segment's own coder changes it (see
``app.core.segments``). The thread is the channel between them, and it is never edited.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.core.changes import Changes
from app.core.lookup import code_paths
from app.core.project import Project
from app.errors import CommentRequired, InvalidValue, NotFound, NotSupervisor
from app.models import CodedSegment, Coder, ReviewComment

VERDICTS = ("accepted", "needs_revision", "rejected")
# What a supervisor still has to look at.
OPEN_STATUSES = frozenset({"pending", "revised"})


@dataclass(frozen=True)
class CommentView:
    id: int
    segment_id: int
    author: str
    author_role: str
    status: str | None
    body: str
    created_at: datetime


@dataclass(frozen=True)
class CodeReviewSummary:
    code: str
    counts: dict[str, int]
    comments: tuple[CommentView, ...]


def review_segment(
    project: Project, *, segment_id: int, reviewer_id: int, verdict: str, comment: str = ""
) -> Changes:
    """Record a supervisor's verdict; "needs_revision" and "rejected" need a comment."""
    if verdict not in VERDICTS:
        raise InvalidValue(field="verdict", value=verdict, detail=", ".join(VERDICTS))
    if verdict != "accepted" and not comment.strip():
        raise CommentRequired(status=verdict)
    with project.writing() as session:
        reviewer = session.get(Coder, reviewer_id)
        if reviewer is None:
            raise NotFound(kind="coder", key=reviewer_id)
        if reviewer.role != "supervisor":
            raise NotSupervisor(actor=reviewer.name)
        segment = session.get(CodedSegment, segment_id)
        if segment is None:
            raise NotFound(kind="segment", key=segment_id)
        segment.review_status = verdict
        session.add(ReviewComment(segment_id=segment_id, author_id=reviewer_id,
                                  status=verdict, body=comment.strip()))
        return Changes(segments=frozenset({segment_id}),
                       sources=frozenset({segment.source_id}))


def comment_on_segment(project: Project, *, segment_id: int, author_id: int, body: str) -> Changes:
    """Add a reply to a segment's thread (coder or supervisor); the status is unchanged."""
    if not body.strip():
        raise InvalidValue(field="comment", value=body, detail="it is empty")
    with project.writing() as session:
        if session.get(Coder, author_id) is None:
            raise NotFound(kind="coder", key=author_id)
        segment = session.get(CodedSegment, segment_id)
        if segment is None:
            raise NotFound(kind="segment", key=segment_id)
        comment = ReviewComment(segment_id=segment_id, author_id=author_id, status=None,
                                body=body.strip())
        session.add(comment)
        session.flush()
        return Changes(segments=frozenset({segment_id}), created=comment.id)


def review_thread(project: Project, *, segment_id: int) -> list[CommentView]:
    with project.reading() as session:
        return _comments(session, CodedSegment.id == segment_id)


def comments_for_coder(project: Project, *, coder_id: int) -> list[CommentView]:
    """Every comment on the segments of ``coder_id``: the coder's feedback list."""
    with project.reading() as session:
        return _comments(session, CodedSegment.coder_id == coder_id)


def review_summary(project: Project) -> list[CodeReviewSummary]:
    """Per code: how many segments are in each review status, and the comments."""
    with project.reading() as session:
        paths = code_paths(session)
        rows = session.execute(
            select(CodedSegment.id, CodedSegment.code_id, CodedSegment.review_status)
        ).all()
        by_code: dict[int, Counter[str]] = {}
        for _segment_id, code_id, status in rows:
            by_code.setdefault(code_id, Counter())[status] += 1
        comments_by_code: dict[int, list[CommentView]] = {}
        for code_id, comment in _comments_with_code(session):
            comments_by_code.setdefault(code_id, []).append(comment)
        return [
            CodeReviewSummary(
                code=paths[code_id],
                counts=dict(by_code[code_id]),
                comments=tuple(comments_by_code.get(code_id, [])),
            )
            for code_id in sorted(by_code, key=lambda code: paths[code])
        ]


def _comments(session, condition) -> list[CommentView]:  # type: ignore[no-untyped-def]
    return [comment for _code_id, comment in _comments_with_code(session, condition)]


def _comments_with_code(  # type: ignore[no-untyped-def]
    session, condition=None
) -> list[tuple[int, CommentView]]:
    query = (
        select(ReviewComment, CodedSegment.code_id, Coder.name, Coder.role)
        .join(CodedSegment, ReviewComment.segment_id == CodedSegment.id)
        .join(Coder, ReviewComment.author_id == Coder.id)
        .order_by(ReviewComment.segment_id, ReviewComment.created_at, ReviewComment.id)
    )
    if condition is not None:
        query = query.where(condition)
    return [
        (code_id, CommentView(id=comment.id, segment_id=comment.segment_id, author=name,
                              author_role=role, status=comment.status, body=comment.body,
                              created_at=comment.created_at))
        for comment, code_id, name, role in session.execute(query)
    ]
