"""Safe text cells for .xlsx exports: project text is never read as a formula."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.io.docx_paragraphs import clean_text

_FORMULA_STARTS = ("=",)


def append_text_row(sheet: Any, values: Iterable[Any]) -> None:
    """Append ``values`` as a row; strings are cleaned and stored as text, even "=1+1"."""
    row = [clean_text(value) if isinstance(value, str) else value for value in values]
    sheet.append(row)
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith(_FORMULA_STARTS):
            cell.data_type = "s"
