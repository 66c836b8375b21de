"""Tab stops that line up the cells of tables kept in a source's text.

An imported table is one line per row with its cells separated by tabs
(:mod:`app.io.docx_reader`). Qt's default tab stops are a fixed distance apart, so cells
wider than that push the rest of their row out of line. Here each column gets a stop just
past its widest cell, measured in the view's font. When the columns would not fit the
width of the text, the widest are narrowed until they do: the rows that fit their columns
(usually every row but a long header) still line up, and no row is pushed past the edge
by the stops alone.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontMetricsF, QTextOption
from PySide6.QtWidgets import QPlainTextEdit

CELL_SEPARATOR = "\t"
# The gap between the widest cell of a column and the next column, in space widths.
GAP_SPACES = 3
# No column is narrowed below this many average characters.
MIN_COLUMN_CHARACTERS = 4
# Lines with tabs looked at when sizing the columns; more lines cost time, not alignment.
MAX_MEASURED_LINES = 5000
_TAB_LINE = re.compile(r"[^\n]*\t[^\n]*")


def column_stops(text: str, font: QFont, available: float = float("inf")) -> list[float]:
    """Left edges (pixels from the line's start) of the 2nd, 3rd, … columns, all of them
    within ``available`` pixels when the narrowest columns allow it."""
    if CELL_SEPARATOR not in text:
        return []
    metrics = QFontMetricsF(font)
    widths: list[float] = []
    for measured, match in enumerate(_TAB_LINE.finditer(text)):
        if measured >= MAX_MEASURED_LINES:
            break
        cells = match.group().split(CELL_SEPARATOR)
        for column, cell in enumerate(cells):
            width = metrics.horizontalAdvance(cell)
            if column == len(widths):
                widths.append(width)
            elif width > widths[column]:
                widths[column] = width
    gap = max(metrics.horizontalAdvance(" ") * GAP_SPACES, 12.0)
    narrowest = metrics.averageCharWidth() * MIN_COLUMN_CHARACTERS
    room = available - gap * (len(widths) - 1)
    widths = _fit(widths, room, narrowest)
    stops: list[float] = []
    edge = 0.0
    for width in widths[:-1]:  # no stop after the last column
        edge += width + gap
        stops.append(edge)
    return stops


def _fit(widths: list[float], room: float, narrowest: float) -> list[float]:
    """Narrow the widest columns to one common width so that all fit in ``room``."""
    if sum(widths) <= room:
        return widths
    level = max(widths)
    ordered = sorted(widths, reverse=True)
    for count in range(1, len(ordered) + 1):
        rest = sum(ordered[count:])
        level = (room - rest) / count
        if count == len(ordered) or level >= ordered[count]:
            break
    level = max(level, narrowest)
    return [min(width, level) for width in widths]


def set_column_stops(view: QPlainTextEdit, text: str) -> None:
    """Give ``view``'s document tab stops for the tables in ``text`` (none: Qt's default),
    fitted to the width the view has for text now."""
    document = view.document()
    available = view.viewport().width() - 2 * document.documentMargin() - 4
    option = document.defaultTextOption()
    option.setTabs([QTextOption.Tab(stop, QTextOption.TabType.LeftTab)
                    for stop in column_stops(text, view.font(), max(available, 0.0))])
    document.setDefaultTextOption(option)


class ColumnStops(QObject):
    """Keeps a view's tab stops fitted to its width: set on each new text, fitted again
    (once the resizing pauses) when the view's width changes while it shows a table."""

    REFIT_DELAY_MS = 150

    def __init__(self, view: QPlainTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._text = ""
        self._width = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.REFIT_DELAY_MS)
        self._timer.timeout.connect(self._refit)
        view.viewport().installEventFilter(self)

    def show_text(self, text: str) -> None:
        """Call before the view lays ``text`` out."""
        self._text = text if CELL_SEPARATOR in text else ""
        self._width = self._view.viewport().width()
        set_column_stops(self._view, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._text:
            self._timer.start()
        return False

    def _refit(self) -> None:
        width = self._view.viewport().width()
        if self._text and width != self._width:
            self._width = width
            set_column_stops(self._view, self._text)
