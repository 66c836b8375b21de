"""A read-only, selectable transcript with coded segments highlighted in their code colour.

Highlights are kept per segment id as spans (:class:`~app.ui.coding.mark_window.MarkLayer`):
adding or removing a segment touches one entry and never rebuilds the document, and Qt is
handed only the marks near the visible text (issue 19). All offsets that enter or leave
this widget are code points; UTF-16 positions stay inside.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QMouseEvent,
    QPaintEvent,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from app.core.segments import SegmentView
from app.core.sources import TurnView
from app.ui.coding.coding_margin import (
    GUTTER_WIDTH,
    MARGIN_WIDTH,
    MAX_MARGIN_WIDTH,
    MIN_MARGIN_WIDTH,
    CodingMargin,
    TurnGutter,
    show_text_tooltip,
)
from app.ui.coding.mark_window import MarkLayer, visible_span, window_around
from app.ui.coding.passage_places import PassagePlaces
from app.ui.coding.text_offsets import TextOffsets
from app.ui.coding.transcript_base import TranscriptBase
from app.ui.coding.transcript_marks import (
    PLAYING_COLOR,
    SpeakerHighlighter,
    draw_turn_rules,
    find_mark,
    playing_mark,
    segment_mark,
    span_selection,
    speaker_labels,
)
from app.ui.coding.transcript_menu import transcript_menu
from app.ui.coding.word_snap import snap_to_words
from app.ui.host.passage_names import Place
from app.ui.widgets.tab_columns import ColumnStops

__all__ = ["PLAYING_COLOR", "TranscriptView"]
CONTEXT = "TranscriptView"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class TranscriptView(TranscriptBase):
    """Shows one source; emits ``code_chosen`` with a CodeView from its context menu.

    ``segment_chosen`` carries the id of a segment picked in the coding margin (its span
    is then selected and it becomes ``current_segment_id``). Mouse selections snap to
    whole words unless Alt is held. The signals are declared in :class:`TranscriptBase`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setPlaceholderText(_tr("Choose a source on the left to read and code it."))
        self.document().setDocumentMargin(12)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() + 1)
        self.setFont(font)
        self._offsets = TextOffsets("")
        self._speakers = SpeakerHighlighter(self.document())
        self._segments: dict[int, SegmentView] = {}
        # The shown segments (blind coding hides others') and the find hits, by id / number.
        self._highlights: MarkLayer[int] = MarkLayer(
            lambda segment_id: self._highlight(self._segments[segment_id]))
        self._find_spans: list[tuple[int, int]] = []
        self._find_marks: MarkLayer[int] = MarkLayer(
            lambda number: find_mark(self._highlight_span(*self._find_spans[number])))
        self._window: tuple[int, int] | None = None  # code points whose marks Qt has
        self._playing_mark: list[QTextEdit.ExtraSelection] = []  # the passage being heard
        self._turn_numbers: dict[int, int] = {}  # UTF-16 block position -> turn number
        self._places = PassagePlaces()
        self._text = ""
        self.only_coder: str | None = None  # blind coding: show this coder's segments only
        self.current_segment_id = None
        self.marks_version = 0
        self.menu_codes = list
        self.coder_name = None  # whose segments the context menu may edit
        self.editable = True  # False in a read-only project: the menu only reads
        self.margin_width = MARGIN_WIDTH
        self.gutter = TurnGutter(self)
        self.margin = CodingMargin(self)
        self.column_stops = ColumnStops(self)
        self.setViewportMargins(GUTTER_WIDTH, 0, self.margin_width, 0)
        self.updateRequest.connect(self._scroll_margins)
        self.cursorPositionChanged.connect(self._forget_current_elsewhere)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._hand_marks())

    # --- contents -------------------------------------------------------------------------

    def show_text(
        self, text: str, turns: Sequence[TurnView], segments: Iterable[SegmentView]
    ) -> None:
        """Replace the document; the only call that lays the text out anew."""
        self._offsets = TextOffsets(text)
        self._text = text
        self._speakers.set_labels(speaker_labels(self._offsets, text, turns))
        self._turn_numbers = {self._offsets.to_utf16(turn.start): turn.number for turn in turns
                              if turn.start < len(text)}
        self._places = PassagePlaces(text, turns)
        self._segments.clear()
        self._highlights.clear()
        self._find_spans = []
        self._find_marks.clear()
        self._playing_mark = []
        self._window = None
        self.current_segment_id = None
        self.column_stops.show_text(text)  # the cells of tables in line
        self.setPlainText(text)
        self.update_segments(removed=(), added=segments)

    def clear_text(self) -> None:
        self.show_text("", (), ())

    def update_segments(
        self, *, removed: Iterable[int], added: Iterable[SegmentView]
    ) -> None:
        """Drop the segments with ids in ``removed``, then show ``added`` (new or changed)."""
        for segment_id in removed:
            self._segments.pop(segment_id, None)
            self._highlights.remove(segment_id)
        for segment in added:
            self._segments[segment.id] = segment
            if self._shows(segment):
                self._highlights.put(segment.id, segment.start, segment.end)
            else:
                self._highlights.remove(segment.id)
        if self.current_segment_id not in self._segments:
            self.current_segment_id = None
        self._apply_selections()

    def _shows(self, segment: SegmentView) -> bool:
        return self.only_coder is None or segment.coder == self.only_coder

    def set_only_coder(self, coder: str | None) -> None:
        """Blind coding: show only ``coder``'s segments (None: everybody's)."""
        self.only_coder = coder
        self._highlights.clear()
        for segment in self._segments.values():
            if self._shows(segment):
                self._highlights.put(segment.id, segment.start, segment.end)
        self._apply_selections()

    def _apply_selections(self) -> None:
        self.marks_version += 1
        self._hand_marks(moved=True)
        self.margin.update()

    def _hand_marks(self, *, moved: bool = False) -> None:
        """Give Qt the marks around the visible text if they moved or it left the window."""
        first, last = visible_span(self, self._offsets)
        window = self._window
        if not moved and window is not None and window[0] <= first and last <= window[1]:
            return
        low, high = self._window = window_around(first, last, self._offsets.code_point_length)
        self.setExtraSelections([*self._highlights.selections(low, high),
                                 *self._find_marks.selections(low, high),
                                 *self._playing_mark])

    def mark_found(self, spans: Iterable[tuple[int, int]]) -> None:
        """Outline the find hits (code-point spans); an empty list clears them."""
        self._find_spans = list(spans)
        self._find_marks.clear()
        for number, (start, end) in enumerate(self._find_spans):
            self._find_marks.put(number, start, end)
        self._apply_selections()

    def mark_playing(self, span: tuple[int, int] | None) -> None:
        """Outline the passage the recording is playing (code points); None clears it."""
        self._playing_mark = [] if span is None else [playing_mark(self._highlight_span(*span))]
        self._apply_selections()

    def found_count(self) -> int:
        return len(self._find_marks)

    def _highlight(self, segment: SegmentView) -> QTextEdit.ExtraSelection:
        return segment_mark(self._highlight_span(segment.start, segment.end), segment.color)

    def _highlight_span(self, start: int, end: int) -> QTextEdit.ExtraSelection:
        return span_selection(self.document(), self._offsets, start, end)

    def segments(self) -> list[SegmentView]:
        return list(self._segments.values())

    def segments_by_id(self) -> dict[int, SegmentView]:
        return self._segments

    def turn_numbers(self) -> dict[int, int]:
        return self._turn_numbers

    def visible_segments(self) -> list[SegmentView]:
        """Shown segments that overlap the visible part of the document."""
        first = self.cursorForPosition(self.viewport().rect().topLeft()).position()
        last = self.cursorForPosition(self.viewport().rect().bottomRight()).position()
        start, end = self._offsets.span_to_code_points(min(first, last), max(first, last))
        return [self._segments[id_] for id_ in self._highlights.keys_within(start, end)]

    def span_rows(self, start: int, end: int) -> tuple[int, int]:
        """Top and bottom y (viewport coordinates) of a code-point span, clipped to it."""
        first, last = self._offsets.span_to_utf16(start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(first)
        top = self.cursorRect(cursor).top()
        cursor.setPosition(max(first, last - 1))
        bottom = self.cursorRect(cursor).bottom()
        height = self.viewport().height()
        return max(-1, min(top, height)), max(-1, min(bottom, height + 1))

    def choose_segment(self, segment_id: int) -> None:
        """Make a segment current and select its span (the margin's click)."""
        segment = self._segments.get(segment_id)
        if segment is None:
            return
        self.current_segment_id = segment_id
        self.select_span(segment.start, segment.end)
        self.margin.update()
        self.segment_chosen.emit(segment_id)

    def current_segment(self) -> SegmentView | None:
        return self._segments.get(self.current_segment_id) if self.current_segment_id else None

    def highlight_count(self) -> int:
        return len(self._highlights)

    def place_of(self, point: int) -> Place:
        """The turn (or, without turns, the non-blank line) holding code point ``point``."""
        return self._places.place_of(point)

    def segments_at_cursor(self) -> list[SegmentView]:
        """Shown segments under the text cursor: those covering its position, or with a
        selection those overlapping it (in text order)."""
        span = self.selected_span()
        if span is None:
            point = self._offsets.to_code_point(
                min(self.textCursor().position(), self._offsets.utf16_length))
            found = [s for s in self._segments.values() if s.start <= point < s.end]
            if not found:  # the cursor just after a passage's last character
                found = [s for s in self._segments.values() if s.end == point]
        else:
            found = [s for s in self._segments.values()
                     if s.start < span[1] and span[0] < s.end]
        return sorted((s for s in found if s.id in self._highlights),
                      key=lambda s: (s.start, -s.end, s.id))

    def _forget_current_elsewhere(self) -> None:
        """The margin's pick stays current only while the cursor is inside it."""
        if self.current_segment_id is None:
            return
        if all(s.id != self.current_segment_id for s in self.segments_at_cursor()):
            self.current_segment_id = None
            self.margin.update()

    def set_margin_width(self, width: int) -> None:
        """Widen or narrow the coding margin (within sensible limits)."""
        width = max(MIN_MARGIN_WIDTH, min(MAX_MARGIN_WIDTH, int(width)))
        if width == self.margin_width:
            return
        self.margin_width = width
        self.setViewportMargins(GUTTER_WIDTH, 0, width, 0)
        self._place_margins()
        self.margin.update()

    def segments_at(self, utf16_position: int) -> list[SegmentView]:
        """The segments covering the character at a document position."""
        if not 0 <= utf16_position < self._offsets.utf16_length:
            return []
        point = self._offsets.to_code_point(utf16_position)
        return [s for s in self._segments.values() if s.start <= point < s.end]

    # --- selection in code points ---------------------------------------------------------

    def selected_span(self) -> tuple[int, int] | None:
        """The selected text as ``(start, end)`` code points, or None when nothing is."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = self._offsets.span_to_code_points(
            cursor.selectionStart(), cursor.selectionEnd()
        )
        return (start, end) if start < end else None

    def selected_text(self) -> str:
        span = self.selected_span()
        return self._text[span[0]:span[1]] if span else ""

    def select_span(self, start: int, end: int) -> None:
        """Select ``[start, end)`` given in code points and scroll it into view."""
        first, last = self._offsets.span_to_utf16(start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(first)
        cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # --- context menu and tooltips --------------------------------------------------------

    def code_menu(self, utf16_position: int | None = None) -> QMenu:
        """The right-click menu: the segments at ``utf16_position`` (each with its own
        actions), codable codes grouped by category, then Copy."""
        return transcript_menu(self, utf16_position)

    def shows(self, segment: SegmentView) -> bool:
        """Whether ``segment`` is highlighted (blind coding hides other coders')."""
        return segment.id in self._highlights

    def request_segment(self, action: str, segment_id: int) -> None:
        """A segment's menu action: the segment becomes current, the workspace acts."""
        if segment_id in self._segments:
            self.current_segment_id = segment_id
            self.margin.update()
        self.segment_requested.emit(action, segment_id)

    # --- margins, turn rules and word snapping ---------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_margins()

    def _place_margins(self) -> None:
        # Beside the viewport, so that the vertical scroll bar never covers the labels.
        rect = self.viewport().geometry()
        self.gutter.setGeometry(QRect(rect.left() - GUTTER_WIDTH, rect.top(), GUTTER_WIDTH,
                                      rect.height()))
        self.margin.setGeometry(QRect(rect.right() + 1, rect.top(), self.margin_width,
                                      rect.height()))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # also when a scroll bar comes or goes
            self._place_margins()
        return super().viewportEvent(event)

    def _scroll_margins(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        elif not rect.contains(self.viewport().rect()):
            # A few lines (the cursor, the selection): the margin changes with the marks only.
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())
            return
        self.gutter.update()
        self.margin.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        self._hand_marks()  # the text moved without a scroll (a resize, a new layout)
        super().paintEvent(event)
        if self._turn_numbers:
            draw_turn_rules(self, self._turn_numbers, event.rect().bottom())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if (event.button() == Qt.MouseButton.LeftButton
                and not event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.snap_selection()

    def snap_selection(self) -> None:
        span = self.selected_span()
        if span is None:
            return
        snapped = snap_to_words(self._text, *span)
        if snapped != span:
            self.select_span(*snapped)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            point = self.viewport().mapFromGlobal(event.globalPos())
            position = self.cursorForPosition(point).position()
        else:  # the menu key: where the text cursor is
            position = self.textCursor().position()
        menu = self.code_menu(position)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            show_text_tooltip(self, event)
            return True
        return super().event(event)
