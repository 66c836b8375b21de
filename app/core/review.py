"""Supervisor review: verdicts on coded segments and the comment thread behind each one.

Only supervisors give verdicts; only a segment's own coder changes it (see
``app.core.segments``). The thread is the channel between them, and it is never edited.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.coders import ensure_coder
from app.core.concurrency import gone
from app.core.ids import CodeId, SegmentId
from app.core.lookup import code_paths
from app.core.project import Project
from app.core.segments import SegmentView
from app.errors import (
    InvalidValue,
    NotFound,
    NotSupervisor,
    RejectionCommentRequired,
    RevisionCommentRequired,
    SegmentChangedSinceLoaded,
    VerdictSuperseded,
)
from app.models import CodedSegment, Coder, ReviewComment
from app.vocabulary import REVIEW_VERDICTS

# What a supervisor still has to look at.
OPEN_STATUSES = frozenset({"pending", "revised"})
# What the coder still has to act on.
ACTION_STATUSES = frozenset({"needs_revision", "rejected"})
QUOTE_WORDS = 8


@dataclass(frozen=True)
class SegmentSeen:
    """A segment as the queue showed it: a verdict on it asks first once any of this changed."""

    code_id: int
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, segment: SegmentView) -> SegmentSeen:
        return cls(code_id=segment.code_id, start=segment.start, end=segment.end,
                   text=segment.text)


@dataclass(frozen=True)
class PreviousVersion:
    """What a revised segment was before its coder changed it (kept in the "revised" entry)."""

    code: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class CommentView:
    id: int
    segment_id: SegmentId
    author: str
    author_role: str
    status: str | None
    body: str
    created_at: datetime
    previous: PreviousVersion | None = None
    # A verdict's record of what it judged: the segment's text and code path then.
    judged_text: str | None = None
    judged_code: str | None = None


@dataclass(frozen=True)
class CodeReviewSummary:
    code: str
    counts: dict[str, int]
    comments: tuple[CommentView, ...]


def review_segment(
    project: Project, *, segment_id: SegmentId, reviewer_id: int, verdict: str, comment: str = "",
    seen: SegmentSeen | None = None,
) -> Changes:
    """Record a supervisor's verdict; "needs_revision" and "rejected" need a comment.

    ``seen``: the segment as the supervisor saw it; when its code, boundaries or text differ
    now, ``SegmentChangedSinceLoaded`` is raised and nothing is written. ``created`` of the
    result is the id of the verdict's thread entry (what :func:`withdraw_verdict` takes).
    """
    if verdict not in REVIEW_VERDICTS:
        raise InvalidValue(field="verdict", value=verdict, detail=", ".join(REVIEW_VERDICTS))
    if verdict == "needs_revision" and not comment.strip():
        raise RevisionCommentRequired()
    if verdict == "rejected" and not comment.strip():
        raise RejectionCommentRequired()
    with project.writing() as session:
        _supervisor(session, reviewer_id)
        segment = session.get(CodedSegment, segment_id)
        if segment is None:
            raise gone(session, kind="segment", object_id=segment_id)
        if seen is not None and seen != SegmentSeen(code_id=segment.code_id,
                                                    start=segment.start, end=segment.end,
                                                    text=segment.text):
            raise SegmentChangedSinceLoaded(segment=few_words(segment.text))
        segment.review_status = verdict
        entry = ReviewComment(segment_id=segment_id, author_id=reviewer_id, status=verdict,
                              body=comment.strip(), reviewed_text=segment.text,
                              reviewed_code=code_paths(session).get(segment.code_id, ""))
        session.add(entry)
        session.flush()
        return Changes(segments=frozenset({segment_id}),
                       sources=frozenset({segment.source_id}), created=entry.id)


def withdraw_verdict(project: Project, *, comment_id: int, previous_status: str) -> Changes:
    """Undo a verdict: its thread entry goes and the segment is ``previous_status`` again.

    Raises ``VerdictSuperseded`` when the segment's status is no longer that verdict (its
    coder revised it, or another verdict followed); nothing is changed then.
    """
    with project.writing() as session:
        entry = session.get(ReviewComment, comment_id)
        if entry is None:
            raise NotFound(kind="comment", key=comment_id)
        segment = session.get_one(CodedSegment, entry.segment_id)
        latest = session.scalar(select(func.max(ReviewComment.id))
                                .where(ReviewComment.segment_id == segment.id))
        if segment.review_status != entry.status or latest != entry.id:
            raise VerdictSuperseded(segment=few_words(segment.text))
        session.delete(entry)
        segment.review_status = previous_status
        return Changes(segments=frozenset({segment.id}),
                       sources=frozenset({segment.source_id}))


def reopen_segment(project: Project, *, segment_id: SegmentId, reviewer_id: int) -> Changes:
    """A supervisor sets a segment back to pending; the thread records it."""
    with project.writing() as session:
        _supervisor(session, reviewer_id)
        segment = session.get(CodedSegment, segment_id)
        if segment is None:
            raise gone(session, kind="segment", object_id=segment_id)
        segment.review_status = "pending"
        entry = ReviewComment(segment_id=segment_id, author_id=reviewer_id, status="pending",
                              body="")
        session.add(entry)
        session.flush()
        return Changes(segments=frozenset({segment_id}),
                       sources=frozenset({segment.source_id}), created=entry.id)


def few_words(text: str, words: int = QUOTE_WORDS) -> str:
    """The first ``words`` words of ``text`` on one line, with … when cut."""
    flat = text.split()
    return " ".join(flat[:words]) + ("…" if len(flat) > words else "")


def _previous(status: str | None, body: str,
              paths: dict[int, str]) -> tuple[str, PreviousVersion | None]:
    """A "revised" entry's stored previous version (and no visible body)."""
    if status != "revised" or not body.startswith("{"):
        return body, None
    try:
        was = json.loads(body)["was"]
        return "", PreviousVersion(code=paths.get(was["code_id"], ""), start=int(was["start"]),
                                   end=int(was["end"]), text=str(was["text"]))
    except (ValueError, KeyError, TypeError):
        return body, None


def _supervisor(session: Session, reviewer_id: int) -> Coder:
    reviewer = session.get(Coder, reviewer_id)
    if reviewer is None:
        raise NotFound(kind="coder", key=reviewer_id)
    if reviewer.role != "supervisor":
        raise NotSupervisor(actor=reviewer.name)
    return reviewer


def comment_on_segment(project: Project, *, segment_id: SegmentId, author_id: int,
                       body: str) -> Changes:
    """Add a reply to a segment's thread (coder or supervisor); the status is unchanged."""
    if not body.strip():
        raise InvalidValue(field="comment", value=body, detail="it is empty")
    with project.writing() as session:
        if session.get(Coder, author_id) is None:
            raise NotFound(kind="coder", key=author_id)
        segment = session.get(CodedSegment, segment_id)
        if segment is None:
            raise gone(session, kind="segment", object_id=segment_id)
        comment = ReviewComment(segment_id=segment_id, author_id=author_id, status=None,
                                body=body.strip())
        session.add(comment)
        session.flush()
        return Changes(segments=frozenset({segment_id}), created=comment.id)


def comment_as(project: Project, *, segment_id: SegmentId, author: str, body: str) -> Changes:
    """A reply to a segment's thread by the person called ``author``, who becomes a coder
    when new. One transaction: a refused reply (empty, unknown segment) adds nobody."""
    with project.writing():
        coder = ensure_coder(project, name=author)
        assert coder.created is not None
        return coder | comment_on_segment(project, segment_id=segment_id,
                                          author_id=coder.created, body=body)


def review_thread(project: Project, *, segment_id: SegmentId) -> list[CommentView]:
    with project.reading() as session:
        return _comments(session, CodedSegment.id == segment_id)


def last_comment(project: Project, *, segment_id: SegmentId) -> CommentView | None:
    """The newest entry of a segment's thread that says something (a verdict or a reply)."""
    thread = review_thread(project, segment_id=segment_id)
    said = [comment for comment in thread if comment.body or comment.previous]
    return said[-1] if said else (thread[-1] if thread else None)


def review_thread_of(project: Project, *,
                     coder_id: int | None) -> dict[int, list[CommentView]]:
    """The threads of the segments of ``coder_id`` (None: of every segment), keyed by
    segment id."""
    condition = CodedSegment.coder_id == coder_id if coder_id is not None else None
    threads: dict[int, list[CommentView]] = {}
    with project.reading() as session:
        for comment in _comments(session, condition):
            threads.setdefault(comment.segment_id, []).append(comment)
    return threads


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


def _comments(session: Session,
              condition: ColumnElement[bool] | None) -> list[CommentView]:
    return [comment for _code_id, comment in _comments_with_code(session, condition)]


def _comments_with_code(
    session: Session, condition: ColumnElement[bool] | None = None
) -> list[tuple[CodeId, CommentView]]:
    query = (
        select(ReviewComment, CodedSegment.code_id, Coder.name, Coder.role)
        .join(CodedSegment, ReviewComment.segment_id == CodedSegment.id)
        .join(Coder, ReviewComment.author_id == Coder.id)
        .order_by(ReviewComment.segment_id, ReviewComment.created_at, ReviewComment.id)
    )
    if condition is not None:
        query = query.where(condition)
    paths = code_paths(session)
    views = []
    for comment, code_id, name, role in session.execute(query):
        body, previous = _previous(comment.status, comment.body, paths)
        views.append((code_id, CommentView(
            id=comment.id, segment_id=comment.segment_id, author=name, author_role=role,
            status=comment.status, body=body, created_at=comment.created_at,
            previous=previous, judged_text=comment.reviewed_text,
            judged_code=comment.reviewed_code)))
    return views
