"""Word table layout that reads well on paper: fixed column widths (so that words are not
broken across lines), a header row repeated on every page, rows kept on one page."""

from __future__ import annotations

from collections.abc import Sequence

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.table import Table, _Row


def _row_property(row: _Row, name: str) -> None:
    properties = row._tr.get_or_add_trPr()
    if properties.find(qn(name)) is None:
        element = OxmlElement(name)
        element.set(qn("w:val"), "true")
        properties.append(element)


def repeat_as_header(row: _Row) -> None:
    """Word repeats this row at the top of every page the table runs onto."""
    _row_property(row, "w:tblHeader")


def keep_on_one_page(row: _Row) -> None:
    """Word does not split this row across a page break."""
    _row_property(row, "w:cantSplit")


def fix_widths(table: Table, widths_cm: Sequence[float]) -> None:
    """Fixed layout with these column widths (Word and LibreOffice both honour them)."""
    table.autofit = False
    properties = table._tbl.tblPr
    layout = properties.find(qn("w:tblLayout"))
    if layout is None:
        layout = OxmlElement("w:tblLayout")
        properties.append(layout)
    layout.set(qn("w:type"), "fixed")
    for column, width in zip(table.columns, widths_cm, strict=False):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=False):
            cell.width = Cm(width)


def lay_out(table: Table, widths_cm: Sequence[float]) -> None:
    """Fixed widths, the first row as the repeated header, no row split across pages."""
    fix_widths(table, widths_cm)
    for number, row in enumerate(table.rows):
        if number == 0:
            repeat_as_header(row)
        keep_on_one_page(row)
