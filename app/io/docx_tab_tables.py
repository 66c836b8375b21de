"""Quotes that hold table rows (cells separated by tabs) become Word tables in exports.

A table imported from a .docx transcript is kept in the source text as one line per row,
cells separated by a tab (:mod:`app.io.docx_reader`). An excerpt taken from it would print
as ragged tab-separated text in Word; here such lines become the rows of a real table,
between the quote's ordinary paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable

from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table
from lxml import etree

from app.io.docx_paragraphs import clean_text
from app.io.tab_table_rows import (  # noqa: F401 - re-exported for the writers
    CELL_SEPARATOR,
    TablePart,
    TextPart,
    has_table_rows,
    looks_like_table,
    split_table_rows,
)

TABLE_STYLE = "Table Grid"
CELL_FONT_PT = 9.5
_AFTER_INDENT = ("w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
                 "w:tblCaption", "w:tblDescription")


def add_word_table(document: DocumentObject, part: TablePart, *,
                   indent_mm: float = 0) -> Table:
    """Append ``part`` to the end of ``document``'s body as a bordered table."""
    width = len(part.rows[0])
    table: Table = document.add_table(rows=len(part.rows), cols=width)
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


def detached_word_table(document: DocumentObject, part: TablePart, *,
                        indent_mm: float = 0) -> etree._Element:
    """``part`` as the ``<w:tbl>`` element :func:`add_word_table` makes, not left in
    ``document``'s body (for a body written apart, app.io.docx_body_xml)."""
    element: etree._Element = add_word_table(document, part, indent_mm=indent_mm)._tbl
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)
    return element


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
