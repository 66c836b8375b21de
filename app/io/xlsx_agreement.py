"""Agreement results as an Excel workbook: figures as numbers, with their reading."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from app.io.agreement_document import AgreementDocument
from app.io.file_bytes import write_file_atomically
from app.io.xlsx_cells import append_text_row, first_sheet

_BOLD = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")


def write_agreement_xlsx(document: AgreementDocument, path: Path) -> None:
    workbook = Workbook()
    sheet = first_sheet(workbook)
    sheet.title = document.title[:31]
    append_text_row(sheet, [document.title])
    sheet["A1"].font = Font(bold=True, size=13)
    for label, value in document.facts:
        append_text_row(sheet, [label, value])
        sheet.cell(row=sheet.max_row, column=1).font = _BOLD
    for table in document.tables:
        append_text_row(sheet, [])
        append_text_row(sheet, [table.title])
        sheet.cell(row=sheet.max_row, column=1).font = _BOLD
        append_text_row(sheet, [table.description])
        append_text_row(sheet, list(table.header))
        for cell in sheet[sheet.max_row]:
            cell.font = _BOLD
            cell.alignment = _WRAP
        for row in table.rows:
            append_text_row(sheet, ["—" if value is None else value for value in row])
            for column, cell in enumerate(sheet[sheet.max_row]):
                if column in table.percent_columns and isinstance(cell.value, float):
                    cell.number_format = "0.0%"
                elif column in table.decimal_columns and isinstance(cell.value, float):
                    cell.number_format = "0.000"
    blocks = ((document.reading, True),
              ([document.formulas_heading,
                *(f"{name}: {formula}" for name, formula in document.formulas)], True),
              ([*document.notes, document.disagreements], False),
              (document.references, True))
    for lines, headed in blocks:
        append_text_row(sheet, [])
        for number, line in enumerate(lines):
            append_text_row(sheet, [line.strip()])
            if headed and number == 0:
                sheet.cell(row=sheet.max_row, column=1).font = _BOLD
    sheet.column_dimensions["A"].width = 48
    for column in range(2, 16):
        sheet.column_dimensions[get_column_letter(column)].width = 14
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_file_atomically(path, buffer.getvalue())
