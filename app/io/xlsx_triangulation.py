"""Write a triangulation matrix to .xlsx: wrapped text, frozen header, widths set.

Sheet "Matriks" ("Matrix") holds the grid as in the .docx (informant types in a first
header row for the source layout); sheet "Segmen" ("Segments") lists, per row and column,
the count and the segment ids, for drilling down from a spreadsheet.
"""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.analysis.triangulation_matrix import TriangulationMatrix
from app.io.export_labels import ExportLabels
from app.io.file_bytes import write_file_atomically
from app.io.triangulation_table import matrix_grid
from app.io.xlsx_cells import append_text_row, first_sheet

CODE_WIDTH = 28
EVIDENCE_WIDTH = 40
SUMMARY_WIDTH = 36
HEADER_FILL = PatternFill("solid", fgColor="D9E2F3")
JUDGEMENT_FILLS = {
    "converge": PatternFill("solid", fgColor="E2EFDA"),
    "partial": PatternFill("solid", fgColor="FFF2CC"),
    "diverge": PatternFill("solid", fgColor="F8CBAD"),
    "silent": PatternFill("solid", fgColor="EDEDED"),
}
_WRAP = Alignment(wrap_text=True, vertical="top")
_BOLD = Font(bold=True)
_SHEET_NAMES = {"id": ("Matriks", "Segmen"), "en": ("Matrix", "Segments")}


def write_triangulation_xlsx(matrix: TriangulationMatrix, path: Path, *,
                             labels: ExportLabels) -> None:
    grid = matrix_grid(matrix, labels)
    workbook = Workbook()
    sheet = first_sheet(workbook)
    matrix_name, segments_name = _SHEET_NAMES.get(labels.language, _SHEET_NAMES["en"])
    sheet.title = matrix_name
    append_text_row(sheet, [grid.title])
    sheet["A1"].font = Font(bold=True, size=13)
    first_header = 2
    if matrix.layout == "source":
        append_text_row(sheet, grid.groups)
        first_header = 3
    append_text_row(sheet, grid.header)
    for header_row in sheet.iter_rows(min_row=2, max_row=first_header):
        for cell in header_row:
            cell.font = _BOLD
            cell.fill = HEADER_FILL
            cell.alignment = _WRAP
    for row, values in zip(matrix.rows, grid.rows, strict=True):
        append_text_row(sheet, values)
        sheet.cell(row=sheet.max_row, column=len(values)).fill = JUDGEMENT_FILLS.get(
            row.judgement, PatternFill()
        )
        for cell in sheet[sheet.max_row]:
            cell.alignment = _WRAP
    widths = ([CODE_WIDTH] + [EVIDENCE_WIDTH] * len(matrix.columns)
              + [SUMMARY_WIDTH] * len(matrix.summary_columns))
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = sheet.cell(row=first_header + 1, column=2).coordinate
    sheet.print_title_rows = f"{first_header}:{first_header}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    _segment_sheet(workbook.create_sheet(segments_name), matrix, labels)
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_file_atomically(path, buffer.getvalue())


def _segment_sheet(sheet: Worksheet, matrix: TriangulationMatrix, labels: ExportLabels) -> None:
    append_text_row(sheet, [labels("column.code"), "column", "count", "segment_ids"])
    for cell in sheet[1]:
        cell.font = _BOLD
    for row in matrix.rows:
        for matrix_cell in row.cells:
            append_text_row(sheet, [row.code.path, matrix_cell.column_key, matrix_cell.count,
                                    " ".join(str(segment_id)
                                             for segment_id in matrix_cell.segment_ids)])
    sheet.freeze_panes = "A2"
    for letter, width in zip("ABCD", (34, 16, 8, 80), strict=True):
        sheet.column_dimensions[letter].width = width
