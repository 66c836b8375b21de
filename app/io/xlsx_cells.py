"""Safe text cells for .xlsx exports: project text is never read as a formula."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from app.io.docx_paragraphs import clean_text

if TYPE_CHECKING:  # openpyxl loads with the first Excel export, not with this module
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

_FORMULA_STARTS = ("=",)


def first_sheet(workbook: Workbook) -> Worksheet:
    """The worksheet a new workbook starts with (openpyxl types ``active`` as optional)."""
    from openpyxl.worksheet.worksheet import Worksheet

    sheet = workbook.active
    if not isinstance(sheet, Worksheet):
        raise TypeError("a new openpyxl workbook starts with one worksheet")
    return sheet


def append_text_row(sheet: Any, values: Iterable[Any]) -> None:
    """Append ``values`` as a row; strings are cleaned and stored as text, even "=1+1"."""
    row = [clean_text(value) if isinstance(value, str) else value for value in values]
    sheet.append(row)
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith(_FORMULA_STARTS):
            cell.data_type = "s"
