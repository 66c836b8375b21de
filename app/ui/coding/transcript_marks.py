"""How the transcript marks text: code colours, find hits, the passage being played and
bold speaker labels. Offsets given here are code points; the selections are UTF-16."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPen,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from app.core.sources import TurnView
from app.ui.coding.text_offsets import TextOffsets

HIGHLIGHT_ALPHA = 115  # ~45 %: light enough that black text stays readable on any code colour
FIND_COLOR = QColor("#FFD400")
FIND_UNDERLINE = QColor("#B8860B")
PLAYING_COLOR = QColor("#0B5394")  # the words the recording is playing
TURN_RULE = QColor("#D5D5CF")


def highlight_color(code_color: str) -> QColor:
    """The code colour, translucent; overlapping segments show darker where they meet."""
    color = QColor(code_color)
    color.setAlpha(HIGHLIGHT_ALPHA)
    return color


def span_selection(document: QTextDocument, offsets: TextOffsets, start: int,
                   end: int) -> QTextEdit.ExtraSelection:
    """An unformatted extra selection over ``[start, end)``."""
    first, last = offsets.span_to_utf16(start, end)
    cursor = QTextCursor(document)
    cursor.setPosition(first)
    cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    selection.format = QTextCharFormat()
    return selection


def segment_mark(selection: QTextEdit.ExtraSelection, code_color: str
                 ) -> QTextEdit.ExtraSelection:
    selection.format.setBackground(highlight_color(code_color))
    return selection


def find_mark(selection: QTextEdit.ExtraSelection) -> QTextEdit.ExtraSelection:
    """A find hit: yellow, underlined."""
    selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    selection.format.setUnderlineColor(FIND_UNDERLINE)
    selection.format.setBackground(FIND_COLOR)
    return selection


def playing_mark(selection: QTextEdit.ExtraSelection) -> QTextEdit.ExtraSelection:
    """The passage the recording is playing: blue, underlined."""
    selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    selection.format.setUnderlineColor(PLAYING_COLOR)
    selection.format.setForeground(PLAYING_COLOR)
    return selection


def speaker_labels(offsets: TextOffsets, text: str,
                   turns: Sequence[TurnView]) -> dict[int, int]:
    """UTF-16 position -> length of each turn's "Speaker:" label found in the text."""
    labels: dict[int, int] = {}
    for turn in turns:
        label_end = turn.start + len(turn.speaker) + 1
        if text.startswith(f"{turn.speaker}:", turn.start):
            start, end = offsets.span_to_utf16(turn.start, label_end)
            labels[start] = end - start
    return labels


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


def draw_turn_rules(view: QPlainTextEdit, turn_starts: dict[int, int], bottom: int) -> None:
    """A thin line above each turn but the first (``turn_starts``: UTF-16 block positions)
    in the visible blocks down to ``bottom`` (viewport coordinates)."""
    painter = QPainter(view.viewport())
    painter.setPen(QPen(TURN_RULE, 1))
    block = view.firstVisibleBlock()
    offset = view.contentOffset()
    width = view.viewport().width()
    while block.isValid():
        top = round(view.blockBoundingGeometry(block).translated(offset).top())
        if top > bottom:
            break
        if block.position() in turn_starts and block.position() > 0:
            painter.drawLine(8, top, width - 8, top)
        block = block.next()
