"""Any data display (matrix, co-occurrence, summary grid) as a Word table or a worksheet."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.io.docx_saving import save_document
from app.io.export_labels import decimal_text, percent_text
from app.io.file_bytes import write_file_atomically

if TYPE_CHECKING:  # python-docx loads with the first Word export
    from docx.table import _Cell, _Row

Cell = str | int | float | None
HEAT_COLOR = (0x1F, 0x6F, 0x8B)  # shading hue: dark teal, blended with white by intensity


@dataclass(frozen=True)
class DisplayTable:
    """A titled table; ``heat`` gives 0..1 shading per cell (None: no shading)."""

    title: str
    columns: Sequence[str]
    rows: Sequence[Sequence[Cell]]
    heat: Sequence[Sequence[float | None]] | None = None
    notes: Sequence[str] = field(default_factory=tuple)


def heat_hex(intensity: float) -> str:
    """The shading colour for ``intensity`` in 0..1: white to a readable teal."""
    strength = max(0.0, min(1.0, intensity)) * 0.55
    red, green, blue = (round(255 - (255 - channel) * strength) for channel in HEAT_COLOR)
    return f"{red:02X}{green:02X}{blue:02X}"


def write_display_docx(table: DisplayTable, path: Path, *, landscape: bool = True,
                       language: str = "id") -> None:
    from docx import Document  # python-docx loads with the first Word export
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt

    document = Document()
    section = document.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    document.add_heading(table.title, level=1)
    grid = document.add_table(rows=1, cols=len(table.columns))
    grid.style = "Table Grid"
    for cell, title in zip(grid.rows[0].cells, table.columns):
        cell.text = title
        cell.paragraphs[0].runs[0].bold = True
    _repeat_header(grid.rows[0])
    for row_index, row in enumerate(table.rows):
        cells = grid.add_row().cells
        for column_index, value in enumerate(row):
            cells[column_index].text = _text(value, language)
            for paragraph in cells[column_index].paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9)
            intensity = _heat(table, row_index, column_index)
            if intensity is not None:
                _shade(cells[column_index], heat_hex(intensity))
    for note in table.notes:
        document.add_paragraph(note, style="Caption")
    save_document(document, path)


def write_display_xlsx(table: DisplayTable, path: Path) -> None:
    from openpyxl import Workbook  # openpyxl (and numpy) load with the first Excel export
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from app.io.xlsx_cells import first_sheet

    workbook = Workbook()
    sheet = first_sheet(workbook)
    sheet.title = _sheet_title(table.title)
    sheet.append(list(table.columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row_index, row in enumerate(table.rows):
        sheet.append([value for value in row])
        for column_index, cell in enumerate(sheet[row_index + 2]):
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            intensity = _heat(table, row_index, column_index)
            if intensity is not None:
                colour = heat_hex(intensity)
                cell.fill = PatternFill(start_color=colour, end_color=colour, fill_type="solid")
    sheet.freeze_panes = "B2"
    for column_index, title in enumerate(table.columns, start=1):
        longest = max([len(str(title))] + [len(_text(row[column_index - 1])) for row in table.rows])
        letter = get_column_letter(column_index)
        sheet.column_dimensions[letter].width = min(60, max(8, longest + 2))
    for offset, note in enumerate(table.notes):
        sheet.cell(row=len(table.rows) + 3 + offset, column=1, value=note)
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_file_atomically(Path(path), buffer.getvalue())


def _heat(table: DisplayTable, row: int, column: int) -> float | None:
    if table.heat is None:
        return None
    return table.heat[row][column]


def _text(value: Cell, language: str = "en") -> str:
    """A cell as text; shares and decimals written the way ``language`` writes them."""
    if value is None:
        return ""
    if isinstance(value, float):
        return (percent_text(value, 1, language) if 0 <= value <= 1
                else decimal_text(value, 2, language))
    return str(value)


def _shade(cell: _Cell, hex_colour: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), hex_colour)
    properties.append(shading)


def _repeat_header(row: _Row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _sheet_title(title: str) -> str:
    cleaned = "".join(ch for ch in title if ch not in "[]:*?/\\")
    return cleaned[:31] or "Sheet"
