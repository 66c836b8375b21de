"""Editing a segment: its code, boundaries, memo; delete; next/previous of a code.

Each edit works on the segment it is given (the context menu's), else on the one under the
text cursor: the segment picked in the margin when the cursor is inside it, the only one
there, or the one the person picks among several (``pick``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.core import undo
from app.core.changes import Changes
from app.core.codes import CodeView
from app.core.ids import SegmentId
from app.core.project import Project
from app.core.regions import delete_coded_segment
from app.core.segments import SegmentView, list_segments
from app.core.sources import list_sources
from app.errors import TelaahError
from app.errors.conflicts import EditConflict
from app.ui.coding.code_applier import CodeApplier
from app.ui.coding.transcript_menu import edit_blocked
from app.ui.coding.transcript_panel import TranscriptPanel
from app.ui.host.edit_history import EditHistory
from app.ui.host.passage_names import passage_name
from app.ui.widgets.conflict_dialog import EDIT, KEEP_MINE, Resolve, ask_resolution

CONTEXT = "SegmentActions"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class SegmentActions(QObject):
    """Works on a given segment or on :meth:`current` (the one under the text cursor).

    ``jump`` asks the workspace to show (source id, start, end) for next/previous;
    ``pick`` chooses among several segments under the cursor (None: cancelled).

    An edit of a segment someone else changed since it was shown asks (``resolve``): keep
    mine saves over theirs, keep theirs saves nothing, edit opens the memo again with
    theirs above mine (``ask_memo``; for a code or bounds, edit keeps theirs too).
    """

    message = Signal(str)
    jump = Signal(int, int, int)

    def __init__(self, project: Project, transcript: TranscriptPanel, applier: CodeApplier,
                 history: EditHistory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._transcript = transcript
        self._applier = applier
        self._history = history
        self.pick: Callable[[Sequence[SegmentView]], SegmentView | None] = lambda found: None
        self.resolve: Resolve = ask_resolution
        self.ask_memo: Callable[[SegmentView], str | None] = lambda segment: None

    def candidates(self) -> list[SegmentView]:
        """The segments an edit could mean: the margin's pick when the cursor is inside it
        (or nowhere coded), else every shown segment under the cursor."""
        view = self._transcript.view
        under = view.segments_at_cursor()
        chosen = view.current_segment()
        if chosen is not None and (not under or any(s.id == chosen.id for s in under)):
            return [chosen]
        return under

    def current(self, *, to_edit: bool = True) -> SegmentView | None:
        """The segment under the cursor; asks which when there are several. ``to_edit``:
        only segments this coder may change count (another coder's are left alone)."""
        found = self.candidates()
        if not found:
            self.message.emit(_tr("Put the cursor inside a coded passage first (or click a "
                                  "segment's stripe in the margin)."))
            return None
        if to_edit:
            view = self._transcript.view
            reasons = [edit_blocked(view, s) for s in found]
            if all(reasons):
                self.message.emit(reasons[0] or "")
                return None
            found = [s for s, reason in zip(found, reasons, strict=True) if reason is None]
        segment = found[0] if len(found) == 1 else self.pick(found)
        if segment is not None:
            view = self._transcript.view
            view.current_segment_id = segment.id
            view.margin.update()
        return segment

    def describe(self, segment: SegmentView) -> str:
        """Where a segment is, for a message: turn or paragraph and its first words."""
        return passage_name(self._transcript.view.place_of(segment.start), segment.text)

    def _edit(self, segment: SegmentView, name: str, old: dict[str, object],
              new: dict[str, object]) -> Changes | None:
        workbench = self._history.workbench
        if workbench is None:  # a bare history (a panel built alone): no conflict choices
            actor = self._applier.coder_id()
            return self._history.perform(lambda: undo.edit_segment(
                self._project, name=name, segment_id=segment.id, actor_id=actor, old=old,
                new=new))
        try:
            try:
                changes = workbench.segments.edit(segment_id=segment.id, old=old, new=new,
                                                  name=name)
            except EditConflict as conflict:
                answer = self.resolve(self._transcript, conflict)
                stored = workbench.segments.get(segment_id=segment.id)
                if answer == KEEP_MINE and stored is not None:  # over theirs, as stored now
                    changes = workbench.segments.edit(
                        segment_id=segment.id, new=new, name=name,
                        old={key: getattr(stored, key) for key in new})
                else:
                    if stored is not None:  # show theirs; "edit" asks for the memo again
                        self._history.done(workbench.refreshed(Changes(
                            segments=frozenset({stored.id}),
                            sources=frozenset({stored.source_id}),
                            codes=frozenset({stored.code_id}))))
                        if answer == EDIT and "memo" in new:
                            merged = f"{stored.memo}\n\n{new['memo']}".strip()
                            memo = self.ask_memo(replace(stored, memo=merged))
                            if memo is not None:
                                return self.set_memo(memo, stored)
                    return None
        except TelaahError as error:
            self._history.failed.emit(error)
            return None
        self._history.done(changes)
        return changes

    def change_code(self, code: CodeView, segment: SegmentView | None = None) -> Changes | None:
        segment = segment or self.current()
        if segment is None or code.id == segment.code_id:
            return None
        changes = self._edit(segment, _tr("Change code to {code}").format(code=code.name),
                             {"code_id": segment.code_id}, {"code_id": code.id})
        if changes is not None:
            self.message.emit(_tr("Code changed to {code}: {passage}").format(
                code=code.path, passage=self.describe(segment)))
        return changes

    def set_bounds(self, segment: SegmentView | None = None) -> Changes | None:
        """Move a segment's boundaries to the selected text."""
        segment = segment or self.current()
        span = self._transcript.view.selected_span()
        if segment is None:
            return None
        if span is None or span == (segment.start, segment.end):
            self.message.emit(_tr("Select the new extent of the segment first."))
            return None
        changes = self._edit(segment, _tr("Move boundaries of {code}").format(code=segment.code),
                             {"start": segment.start, "end": segment.end},
                             {"start": span[0], "end": span[1]})
        if changes is not None:
            moved = self._transcript.view.segments_by_id().get(segment.id, segment)
            self.message.emit(_tr("New bounds of {code}: {passage}").format(
                code=segment.code, passage=self.describe(moved)))
        return changes

    def set_memo(self, memo: str, segment: SegmentView | None = None) -> Changes | None:
        segment = segment or self.current()
        if segment is None or memo == segment.memo:
            return None
        changes = self._edit(segment, _tr("Edit memo of {code}").format(code=segment.code),
                             {"memo": segment.memo}, {"memo": memo})
        if changes is not None:
            self.message.emit(_tr("Memo saved for {code}: {passage}").format(
                code=segment.code, passage=self.describe(segment)))
        return changes

    def delete(self, segment: SegmentView | None = None) -> Changes | None:
        segment = segment or self.current()
        if segment is None:
            return None
        actor = self._applier.coder_id()
        # A region's segment also takes its line out of the photo's text.
        changes = self._history.perform(lambda: delete_coded_segment(
            self._project, name=_tr("Delete segment of {code}").format(code=segment.code),
            segment_id=SegmentId(segment.id), actor_id=actor))
        if changes is not None:
            self.message.emit(_tr("Segment of {code} deleted ({passage}); Ctrl+Z brings it "
                                  "back.").format(code=segment.code,
                                                  passage=self.describe(segment)))
        return changes

    def step(self, forward: bool) -> SegmentView | None:
        """Go to the next (or previous) segment of the current segment's code, any source."""
        segment = self.current(to_edit=False)
        if segment is None:
            return None
        order = {source.id: rank for rank, source in enumerate(list_sources(self._project))}
        same = sorted(list_segments(self._project, code_ids=frozenset({segment.code_id})),
                      key=lambda s: (order.get(s.source_id, 0), s.start, s.id))
        only = self._transcript.view.only_coder
        if only is not None:
            same = [s for s in same if s.coder == only or s.id == segment.id]
        position = next(i for i, s in enumerate(same) if s.id == segment.id)
        target = position + (1 if forward else -1)
        if not 0 <= target < len(same):
            self.message.emit(_tr("No more segments of {code}.").format(code=segment.code))
            return None
        found = same[target]
        self.jump.emit(found.source_id, found.start, found.end)
        self._transcript.view.choose_segment(found.id)
        self.message.emit(
            _tr("Segment {number} of {total}: {code} — {source}, {passage}").format(
                number=target + 1, total=len(same), code=found.code, source=found.source,
                passage=self.describe(found)))
        return found
