"""A read-only, selectable transcript with coded segments highlighted in their code colour.

Highlights are ``ExtraSelections`` kept per segment id: adding or removing a segment
touches one entry and never rebuilds the document. All offsets that enter or leave this
widget are code points; UTF-16 positions stay inside.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from app.core.codes import CodeView
from app.core.segments import SegmentView
from app.core.sources import TurnView
from app.ui.code_menu import add_code_actions
from app.ui.text_offsets import TextOffsets

CONTEXT = "TranscriptView"
HIGHLIGHT_ALPHA = 115  # ~45 %: light enough that black text stays readable on any code colour


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def highlight_color(code_color: str) -> QColor:
    """The code colour, translucent; overlapping segments show darker where they meet."""
    color = QColor(code_color)
    color.setAlpha(HIGHLIGHT_ALPHA)
    return color


class SpeakerHighlighter(QSyntaxHighlighter):
    """Bold speaker labels ("Informan:") at the start of each turn."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._labels: dict[int, int] = {}  # UTF-16 block position -> label length
        self._format = QTextCharFormat()
        self._format.setFontWeight(QFont.Weight.Bold)

    def set_labels(self, labels: dict[int, int]) -> None:
        self._labels = labels

    def highlightBlock(self, text: str) -> None:
        length = self._labels.get(self.currentBlock().position())
        if length:
            self.setFormat(0, length, self._format)


class TranscriptView(QPlainTextEdit):
    """Shows one source; emits ``code_chosen`` with a CodeView from its context menu."""

    code_chosen = Signal(object)  # CodeView

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
        self._highlights: dict[int, QTextEdit.ExtraSelection] = {}
        self.menu_codes: Callable[[], Sequence[CodeView]] = list

    # --- contents -------------------------------------------------------------------------

    def show_text(
        self, text: str, turns: Sequence[TurnView], segments: Iterable[SegmentView]
    ) -> None:
        """Replace the document; the only call that lays the text out anew."""
        self._offsets = TextOffsets(text)
        self._speakers.set_labels(self._speaker_labels(text, turns))
        self._segments.clear()
        self._highlights.clear()
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
            self._highlights.pop(segment_id, None)
        for segment in added:
            self._segments[segment.id] = segment
            self._highlights[segment.id] = self._highlight(segment)
        self.setExtraSelections(list(self._highlights.values()))

    def _highlight(self, segment: SegmentView) -> QTextEdit.ExtraSelection:
        start, end = self._offsets.span_to_utf16(segment.start, segment.end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        char_format = QTextCharFormat()
        char_format.setBackground(highlight_color(segment.color))
        selection.format = char_format
        return selection

    def _speaker_labels(self, text: str, turns: Sequence[TurnView]) -> dict[int, int]:
        labels: dict[int, int] = {}
        for turn in turns:
            label_end = turn.start + len(turn.speaker) + 1
            if text.startswith(f"{turn.speaker}:", turn.start):
                start, end = self._offsets.span_to_utf16(turn.start, label_end)
                labels[start] = end - start
        return labels

    def segments(self) -> list[SegmentView]:
        return list(self._segments.values())

    def highlight_count(self) -> int:
        return len(self._highlights)

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

    def select_span(self, start: int, end: int) -> None:
        """Select ``[start, end)`` given in code points and scroll it into view."""
        first, last = self._offsets.span_to_utf16(start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(first)
        cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # --- context menu and tooltips --------------------------------------------------------

    def code_menu(self) -> QMenu:
        """The right-click menu: codable codes grouped by category, then Copy."""
        menu = QMenu(self)
        has_selection = self.selected_span() is not None
        if not has_selection:
            hint = menu.addAction(_tr("Select a passage to apply a code"))
            hint.setEnabled(False)
        add_code_actions(menu, self.menu_codes(), enabled=has_selection,
                         on_chosen=self.code_chosen.emit)
        menu.addSeparator()
        copy = menu.addAction(_tr("Copy"))
        copy.setEnabled(has_selection)
        copy.triggered.connect(self.copy)
        select_all = menu.addAction(_tr("Select all"))
        select_all.triggered.connect(self.selectAll)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.code_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_segment_tooltip(event)
            return True
        return super().event(event)

    def _show_segment_tooltip(self, event: QHelpEvent) -> None:
        viewport_pos = self.viewport().mapFromGlobal(event.globalPos())
        covering = self.segments_at(self.cursorForPosition(viewport_pos).position())
        if not covering:
            QToolTip.hideText()
            return
        lines = [
            f"<span style='color:{s.color}'>&#9632;</span> "
            f"{html.escape(s.code)} — {html.escape(s.coder)}"
            for s in covering
        ]
        QToolTip.showText(event.globalPos(), "<br>".join(lines), self)
