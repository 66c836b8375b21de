"""Write a codebook to .xlsx: one row per code, in codebook order.

Columns: path, parent path, name, group, colour (also shown as the cell's fill),
codable, shortcut, definition, inclusion, exclusion, example, English name and definition.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.io.codebook_entry import CodebookEntry, walk_codebook
from app.io.export_labels import ExportLabels
from app.io.file_bytes import write_file_atomically
from app.io.xlsx_cells import append_text_row, first_sheet

COLUMNS = (
    ("codebook.path", 34),
    ("codebook.parent", 22),
    ("codebook.name", 26),
    ("codebook.group", 12),
    ("codebook.color", 10),
    ("codebook.codable", 10),
    ("codebook.shortcut", 10),
    ("definition", 60),
    ("inclusion", 45),
    ("exclusion", 45),
    ("example", 50),
    ("codebook.name_en", 26),
    ("codebook.definition_en", 50),
)
_WRAP = Alignment(wrap_text=True, vertical="top")
_SHEET_NAMES = {"id": "Buku Kode", "en": "Codebook"}


def write_codebook_xlsx(roots: Sequence[CodebookEntry], path: Path, *,
                        labels: ExportLabels) -> None:
    workbook = Workbook()
    sheet = first_sheet(workbook)
    sheet.title = _SHEET_NAMES.get(labels.language, "Codebook")
    append_text_row(sheet, [labels(key) for key, _ in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E2F3")
    for code_path, entry in walk_codebook(roots):
        parent = code_path.rsplit("/", 1)[0] if "/" in code_path else ""
        append_text_row(sheet, [
            code_path, parent, entry.name, labels.term("group", entry.group),
            entry.color or "", labels("yes") if entry.codable else labels("no"),
            entry.shortcut or "", entry.definition, entry.inclusion, entry.exclusion,
            entry.example, entry.name_en, entry.definition_en,
        ])
        row = sheet[sheet.max_row]
        for cell in row:
            cell.alignment = _WRAP
        if entry.color:
            row[4].fill = PatternFill("solid", fgColor=entry.color.lstrip("#"))
    for index, (_, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_file_atomically(path, buffer.getvalue())
