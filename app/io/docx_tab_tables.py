"""Quotes that hold table rows (cells separated by tabs) become Word tables in exports.

A table imported from a .docx transcript is kept in the source text as one line per row,
cells separated by a tab (:mod:`app.io.docx_reader`). An excerpt taken from it would print
as ragged tab-separated text in Word; here such lines become the rows of a real table,
between the quote's ordinary paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table

from app.io.docx_paragraphs import clean_text

CELL_SEPARATOR = "\t"
TABLE_STYLE = "Table Grid"
CELL_FONT_PT = 9.5
# The first cell of a speaker turn written with a tab after the label ("Informan 2:").
_SPEAKER_LABEL = re.compile(r"^[^\s:]{1,20}(?: [^\s:]{1,20}){0,2}\s*:$")
_AFTER_INDENT = ("w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
                 "w:tblCaption", "w:tblDescription")


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


def add_word_table(document: DocumentObject, part: TablePart, *,
                   indent_mm: float = 0) -> Table:
    """Append ``part`` to the end of ``document``'s body as a bordered table."""
    width = len(part.rows[0])
    table = document.add_table(rows=len(part.rows), cols=width)
    if any(style.name == TABLE_STYLE for style in document.styles):
        table.style = document.styles[TABLE_STYLE]
    if indent_mm:
        _indent(table, indent_mm)
    column_width = _text_width(document, indent_mm) // width
    for column in table.columns:
        column.width = column_width
    for row, values in zip(table.rows, part.rows):
        for cell, value in zip(row.cells, values):
            cell.width = column_width
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(0)
            run = paragraph.add_run(clean_text(value))
            run.font.size = Pt(CELL_FONT_PT)
    return table


def write_quote_with_tables(
    document: DocumentObject,
    text: str,
    write_text: Callable[[str], object],
    *,
    indent_mm: float = 0,
) -> None:
    """Write ``text`` in order: ordinary parts through ``write_text`` (which appends a
    paragraph in the caller's style), table rows as Word tables."""
    for part in split_table_rows(text):
        if isinstance(part, TextPart):
            write_text(part.text)
        else:
            add_word_table(document, part, indent_mm=indent_mm)


def _text_width(document: DocumentObject, indent_mm: float) -> int:
    """The width (EMU) between the page margins, less the indent on both sides."""
    section = document.sections[-1]
    page = (section.page_width or Mm(210)) - (section.left_margin or 0) - (
        section.right_margin or 0)
    return max(int(page - 2 * Mm(indent_mm)), int(Mm(30)))


def _indent(table: Table, indent_mm: float) -> None:
    properties = table._tbl.tblPr
    indent = properties.find(qn("w:tblInd"))
    if indent is None:
        indent = properties.makeelement(qn("w:tblInd"), {})
        # The schema's order: tblInd comes before these (tblLook is always there).
        later = [properties.find(qn(tag)) for tag in _AFTER_INDENT]
        following = next((element for element in later if element is not None), None)
        if following is not None:
            following.addprevious(indent)
        else:
            properties.append(indent)
    indent.set(qn("w:w"), str(int(Mm(indent_mm).twips)))
    indent.set(qn("w:type"), "dxa")
