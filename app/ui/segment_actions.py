"""Editing the current segment: its code, boundaries, memo; delete; next/previous of a code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.core import undo
from app.core.changes import Changes
from app.core.codes import CodeView
from app.core.project import Project
from app.core.segments import SegmentView, list_segments
from app.core.sources import list_sources
from app.ui.code_applier import CodeApplier
from app.ui.edit_history import EditHistory
from app.ui.transcript_panel import TranscriptPanel

CONTEXT = "SegmentActions"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class SegmentActions(QObject):
    """Works on ``transcript.view.current_segment()`` (picked in the coding margin).

    ``jump`` asks the workspace to show (source id, start, end) for next/previous.
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

    def current(self) -> SegmentView | None:
        segment = self._transcript.view.current_segment()
        if segment is None:
            self.message.emit(_tr("Click a segment's stripe in the margin first."))
        return segment

    def _edit(self, segment: SegmentView, name: str, old: dict[str, object],
              new: dict[str, object]) -> Changes | None:
        actor = self._applier.coder_id()
        return self._history.perform(lambda: undo.edit_segment(
            self._project, name=name, segment_id=segment.id, actor_id=actor, old=old, new=new))

    def change_code(self, code: CodeView) -> Changes | None:
        segment = self.current()
        if segment is None or code.id == segment.code_id:
            return None
        return self._edit(segment, _tr("Change code to {code}").format(code=code.name),
                          {"code_id": segment.code_id}, {"code_id": code.id})

    def set_bounds(self) -> Changes | None:
        """Move the current segment's boundaries to the selected text."""
        segment = self.current()
        span = self._transcript.view.selected_span()
        if segment is None:
            return None
        if span is None or span == (segment.start, segment.end):
            self.message.emit(_tr("Select the new extent of the segment first."))
            return None
        return self._edit(segment, _tr("Move boundaries of {code}").format(code=segment.code),
                          {"start": segment.start, "end": segment.end},
                          {"start": span[0], "end": span[1]})

    def set_memo(self, memo: str) -> Changes | None:
        segment = self.current()
        if segment is None or memo == segment.memo:
            return None
        return self._edit(segment, _tr("Edit memo of {code}").format(code=segment.code),
                          {"memo": segment.memo}, {"memo": memo})

    def delete(self) -> Changes | None:
        segment = self.current()
        if segment is None:
            return None
        actor = self._applier.coder_id()
        changes = self._history.perform(lambda: undo.delete_segment(
            self._project, name=_tr("Delete segment of {code}").format(code=segment.code),
            segment_id=segment.id, actor_id=actor))
        if changes is not None:
            self.message.emit(_tr("Segment deleted; Ctrl+Z brings it back."))
        return changes

    def step(self, forward: bool) -> SegmentView | None:
        """Go to the next (or previous) segment of the current segment's code, any source."""
        segment = self.current()
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
        self.message.emit(_tr("Segment {number} of {total}: {code}").format(
            number=target + 1, total=len(same), code=found.code))
        return found
