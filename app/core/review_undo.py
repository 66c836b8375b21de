"""Verdicts as undoable steps: undoing one removes it from the thread and gives the segment
its status from before (pending, revised, ...), so it is back in the supervisor's queue."""

from __future__ import annotations

from typing import Any

from app.core.changes import Changes
from app.core.ids import CoderId, SegmentId
from app.core.project import Project
from app.core.review import SegmentSeen, reopen_segment, review_segment, withdraw_verdict
from app.core.undo import Operation, UndoEntry
from app.errors import NotFound
from app.models import CodedSegment


def _status(project: Project, segment_id: SegmentId) -> str:
    with project.reading() as session:
        segment = session.get(CodedSegment, segment_id)
        if segment is None:
            raise NotFound(kind="segment", key=segment_id)
        return segment.review_status


def _undoable(project: Project, name: str, previous: str, first: Changes,
              again: Operation) -> tuple[Changes, UndoEntry]:
    box: dict[str, Any] = {"entry": first.created}

    def undo() -> Changes:
        return withdraw_verdict(project, comment_id=box["entry"], previous_status=previous)

    def redo() -> Changes:
        changes = again()
        box["entry"] = changes.created
        return changes

    return first, UndoEntry(name=name, undo=undo, redo=redo)


def give_verdict(project: Project, *, name: str, segment_id: SegmentId, reviewer_id: CoderId,
                 verdict: str, comment: str = "",
                 seen: SegmentSeen | None = None) -> tuple[Changes, UndoEntry]:
    """``review_segment`` as an undo step named ``name``."""
    previous = _status(project, segment_id)
    first = review_segment(project, segment_id=segment_id, reviewer_id=reviewer_id,
                           verdict=verdict, comment=comment, seen=seen)
    return _undoable(project, name, previous, first, lambda: review_segment(
        project, segment_id=segment_id, reviewer_id=reviewer_id, verdict=verdict,
        comment=comment))


def set_back_to_pending(project: Project, *, name: str, segment_id: SegmentId,
                        reviewer_id: CoderId) -> tuple[Changes, UndoEntry]:
    """``reopen_segment`` as an undo step named ``name``."""
    previous = _status(project, segment_id)
    first = reopen_segment(project, segment_id=segment_id, reviewer_id=reviewer_id)
    return _undoable(project, name, previous, first, lambda: reopen_segment(
        project, segment_id=segment_id, reviewer_id=reviewer_id))
