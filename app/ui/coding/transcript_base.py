"""What the transcript's margins and context menu use of the transcript view.

:class:`TranscriptBase` declares it; :class:`~app.ui.coding.transcript_view.TranscriptView`
implements it. The margins (:mod:`app.ui.coding.coding_margin`) and the menu
(:mod:`app.ui.coding.transcript_menu`) depend on this module only, so the view can build
them without an import cycle. Offsets are code points unless a name says UTF-16.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit

from app.core.codes import CodeView
from app.core.segments import SegmentView
from app.ui.host.passage_names import Place


class TranscriptBase(QPlainTextEdit):
    """A transcript view as its margins and menu see it (abstract).

    ``current_segment_id`` is the segment picked in the margin; ``menu_codes`` gives the
    codes the context menu offers; ``coder_name`` is whose segments the menu may edit and
    ``editable`` False in a read-only project; ``margin_width`` is the coding margin's.
    """

    code_chosen = Signal(object)  # CodeView
    segment_chosen = Signal(int)
    segment_requested = Signal(str, int)  # (action, segment id) from the context menu
    margin_resized = Signal(int)  # the coding margin's new width, dragged by its edge

    current_segment_id: int | None
    marks_version: int  # grows whenever the highlighted segments change
    menu_codes: Callable[[], Sequence[CodeView]]
    coder_name: str | None
    editable: bool
    margin_width: int

    def segments_by_id(self) -> dict[int, SegmentView]:
        raise NotImplementedError

    def turn_numbers(self) -> dict[int, int]:
        """Turn number by the UTF-16 position of the block that starts the turn."""
        raise NotImplementedError

    def visible_segments(self) -> list[SegmentView]:
        raise NotImplementedError

    def span_rows(self, start: int, end: int) -> tuple[int, int]:
        """Top and bottom y (viewport coordinates) of a span."""
        raise NotImplementedError

    def choose_segment(self, segment_id: int) -> None:
        raise NotImplementedError

    def place_of(self, point: int) -> Place:
        raise NotImplementedError

    def set_margin_width(self, width: int) -> None:
        raise NotImplementedError

    def segments_at(self, utf16_position: int) -> list[SegmentView]:
        raise NotImplementedError

    def shows(self, segment: SegmentView) -> bool:
        """Whether ``segment`` is highlighted (blind coding hides other coders')."""
        raise NotImplementedError

    def selected_span(self) -> tuple[int, int] | None:
        raise NotImplementedError

    def request_segment(self, action: str, segment_id: int) -> None:
        """A segment's menu action: the segment becomes current, the workspace acts."""
        raise NotImplementedError
