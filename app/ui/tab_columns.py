"""Tab stops that line up the cells of tables kept in a source's text.

An imported table is one line per row with its cells separated by tabs
(:mod:`app.io.docx_reader`). Qt's default tab stops are a fixed distance apart, so cells
wider than that push the rest of their row out of line. Here each column gets a stop just
past its widest cell (measured in the view's font), up to :data:`MAX_COLUMN_WIDTH`, so that
the rows of a table read as columns.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont, QFontMetricsF, QTextDocument, QTextOption

CELL_SEPARATOR = "\t"
# A cell wider than this (in pixels) runs on past its column instead of widening it.
MAX_COLUMN_WIDTH = 360.0
# The gap between the widest cell of a column and the next column, in space widths.
GAP_SPACES = 3
# Lines with tabs looked at when sizing the columns; more lines cost time, not alignment.
MAX_MEASURED_LINES = 5000
_TAB_LINE = re.compile(r"[^\n]*\t[^\n]*")


def column_stops(text: str, font: QFont) -> list[float]:
    """Left edges (pixels from the line's start) of the 2nd, 3rd, … columns."""
    widths: list[float] = []
    if CELL_SEPARATOR not in text:
        return []
    metrics = QFontMetricsF(font)
    measured = 0
    for match in _TAB_LINE.finditer(text):
        cells = match.group().split(CELL_SEPARATOR)[:-1]  # the last cell needs no stop after it
        for column, cell in enumerate(cells):
            width = min(metrics.horizontalAdvance(cell), MAX_COLUMN_WIDTH)
            if column == len(widths):
                widths.append(width)
            elif width > widths[column]:
                widths[column] = width
        measured += 1
        if measured >= MAX_MEASURED_LINES:
            break
    gap = max(metrics.horizontalAdvance(" ") * GAP_SPACES, 12.0)
    stops: list[float] = []
    edge = 0.0
    for width in widths:
        edge += width + gap
        stops.append(edge)
    return stops


def set_column_stops(document: QTextDocument, text: str, font: QFont) -> None:
    """Give ``document`` tab stops for the tables in ``text`` (none: Qt's default)."""
    option = document.defaultTextOption()
    option.setTabs([QTextOption.Tab(stop, QTextOption.TabType.LeftTab)
                    for stop in column_stops(text, font)])
    document.setDefaultTextOption(option)
