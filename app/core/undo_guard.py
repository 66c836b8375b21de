"""Undo that respects others: a step whose objects someone else changed since is refused.

Installed as ``History.before_step`` (:mod:`app.core.undo`) by the workbench. Inside the
undo's (or redo's) own transaction it asks the change feed who last wrote each object the
original edit touched: when that was someone else (a rename over ours, a supervisor's
verdict, a recoding of a segment our merge had moved, a deletion), the step is refused
with the reason and nothing changes. Comments or verdicts someone else added to a segment
after we last wrote it refuse the step too, so undo (or redo) never deletes another
person's comments, verdicts or segments.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core import change_feed
from app.core.concurrency import FIELD_LABELS, KIND_LABELS, segment_name, shown
from app.core.lookup import code_paths
from app.core.project import Project
from app.core.undo import Direction, StepCheck, UndoEntry
from app.errors.conflicts import UndoConflict, UndoKeepsOthersWork, UndoOverDeletion
from app.models import ChangeLogEntry, CodedSegment, Coder, ReviewComment, Source
from app.storage.login import login_name

# Fields that say where an entry belongs, not what it changed.
_CONTEXT = frozenset(change_feed.CONTEXT)


class OthersGuard:
    """A ``StepCheck`` that can, for one step the person confirmed, let a field someone
    else changed be overwritten (``overwriting``); deletions by others and their comments
    or verdicts still refuse the step."""

    def __init__(self, check: StepCheck) -> None:
        self._check = check
        self.overwriting = False

    def __call__(self, entry: UndoEntry, direction: Direction) -> None:
        self._check(entry, direction)


def respect_others(project: Project) -> OthersGuard:
    """The ``before_step`` check for the history of ``project`` (whose ``actor`` is the
    person undoing)."""

    def check(entry: UndoEntry, direction: Direction) -> None:
        me = project.actor or login_name()
        objects: list[tuple[str, int]] = [
            ("segment", segment_id) for segment_id in sorted(entry.touched.segments)]
        if entry.codebook:  # a segment-only edit names codes only for their counts
            objects += [("code", code_id) for code_id in sorted(entry.touched.codes)]
        objects += [("memo", memo_id) for memo_id in sorted(entry.touched.memos)]
        with project.reading() as session:
            for kind, object_id in objects:
                last = session.execute(
                    select(ChangeLogEntry.actor, ChangeLogEntry.changed_at,
                           ChangeLogEntry.fields, ChangeLogEntry.action)
                    .where(ChangeLogEntry.kind == kind, ChangeLogEntry.object_id == object_id)
                    .order_by(ChangeLogEntry.seq.desc()).limit(1)).first()
                if last is None or last.actor == me:
                    continue
                if session.scalar(select(ChangeLogEntry.seq).where(
                        ChangeLogEntry.kind == kind, ChangeLogEntry.object_id == object_id,
                        ChangeLogEntry.actor == me).limit(1)) is None:
                    continue  # never written by me (a merge's target): nothing to take back
                fields = dict(last.fields or {})
                when = last.changed_at.strftime("%Y-%m-%d %H:%M UTC")
                name = _name(session, kind, object_id, fields)
                if last.action == "delete":
                    raise UndoOverDeletion(step=entry.name, kind=KIND_LABELS.get(kind, kind),
                                           name=name, who=last.actor, when=when)
                if guard.overwriting:  # the person chose to replace their value
                    continue
                key = next((k for k in fields if k not in _CONTEXT), "")
                raise UndoConflict(
                    step=entry.name, kind=KIND_LABELS.get(kind, kind), name=name,
                    field=FIELD_LABELS.get(key, key), who=last.actor, when=when,
                    theirs=shown(fields.get(key)))
            _refuse_over_others_comments(session, entry, me)

    guard = OthersGuard(check)
    return guard


def _name(session: Session, kind: str, object_id: int, fields: dict[str, object]) -> str:
    if kind == "segment":
        segment = session.get(CodedSegment, object_id)
        if segment is not None:
            return segment_name(session, segment)
    if kind == "code":
        path = code_paths(session).get(object_id)
        if path:
            return path
    return str(next((fields[key] for key in ("name", "title", "label") if fields.get(key)),
                    ""))


def _refuse_over_others_comments(session: Session, entry: UndoEntry, me: str) -> None:
    """Someone else commented on (or judged) a touched segment after our last write."""
    for segment_id in sorted(entry.touched.segments):
        ours = session.scalar(select(func.max(ChangeLogEntry.changed_at)).where(
            ChangeLogEntry.kind == "segment", ChangeLogEntry.object_id == segment_id,
            ChangeLogEntry.actor == me))
        query = (select(Coder.name, ReviewComment.status)
                 .join(Coder, ReviewComment.author_id == Coder.id)
                 .where(ReviewComment.segment_id == segment_id, Coder.name != me)
                 .order_by(ReviewComment.id.desc()).limit(1))
        if ours is not None:
            query = query.where(ReviewComment.created_at >= ours)
        found = session.execute(query).first()
        # (a verdict or a plain reply: either would be deleted or overruled)
        if found is None:
            continue
        segment = session.get(CodedSegment, segment_id)
        code = source = ""
        if segment is not None:
            code = code_paths(session).get(segment.code_id, "")
            source = session.scalar(select(Source.title)
                                    .where(Source.id == segment.source_id)) or ""
        raise UndoKeepsOthersWork(step=entry.name, who=found.name, code=code, source=source)
