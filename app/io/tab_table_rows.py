"""Quotes that hold table rows (cells separated by tabs): where the rows are.

A table imported from a .docx transcript is kept in the source text as one line per row,
cells separated by a tab (:mod:`app.io.docx_reader`). Splitting a quote into its ordinary
lines and its table rows needs no document library; the preview shows the parts and
:mod:`app.io.docx_tab_tables` writes them as Word tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CELL_SEPARATOR = "\t"
# The first cell of a speaker turn written with a tab after the label ("Informan 2:").
_SPEAKER_LABEL = re.compile(r"^[^\s:]{1,20}(?: [^\s:]{1,20}){0,2}\s*:$")


@dataclass(frozen=True)
class TextPart:
    """Ordinary lines of a quote (no tabs), without blank lines at either end."""

    text: str


@dataclass(frozen=True)
class TablePart:
    """Consecutive table rows of a quote, each a list of cells of equal length."""

    rows: tuple[tuple[str, ...], ...]


def has_table_rows(text: str) -> bool:
    return CELL_SEPARATOR in text  # a quick test; split_table_rows decides


def split_table_rows(text: str) -> list[TextPart | TablePart]:
    """``text`` as ordinary parts and table parts, in order; empty parts are left out.

    Consecutive lines with tabs make a table when they look like one (see
    :func:`looks_like_table`); otherwise they stay text, tabs and all. Rows are padded to
    the widest row so that every row has as many cells.
    """
    lines = text.split("\n")
    parts: list[TextPart | TablePart] = []
    pending: list[str] = []
    number = 0
    while number < len(lines):
        end = number
        while end < len(lines) and CELL_SEPARATOR in lines[end]:
            end += 1
        if end == number:
            pending.append(lines[number])
            number += 1
            continue
        block = lines[number:end]
        set_off = ((number == 0 or not lines[number - 1].strip())
                   and (end == len(lines) or not lines[end].strip()))
        if set_off and looks_like_table(block):
            _close_text(pending, parts)
            rows = [[cell.strip() for cell in line.split(CELL_SEPARATOR)] for line in block]
            width = max(len(row) for row in rows)
            parts.append(TablePart(tuple(tuple(row + [""] * (width - len(row)))
                                         for row in rows)))
        else:
            pending.extend(block)
        number = end
    _close_text(pending, parts)
    return parts


def looks_like_table(lines: list[str]) -> bool:
    """Two or more rows with the same number of cells, not speaker turns ("I:\tBaik.").

    Tables imported from .docx are set off by blank lines (checked by the caller); a tab
    in ordinary text, such as one after a speaker's label, does not make a table.
    """
    if len(lines) < 2:
        return False
    counts = {line.count(CELL_SEPARATOR) for line in lines}
    if len(counts) != 1:
        return False
    first_cells = [line.split(CELL_SEPARATOR, 1)[0].strip() for line in lines]
    return not all(_SPEAKER_LABEL.match(cell) for cell in first_cells)


def _close_text(lines: list[str], parts: list[TextPart | TablePart]) -> None:
    joined = "\n".join(lines).strip("\n")
    if joined.strip():
        parts.append(TextPart(joined))
    lines.clear()
