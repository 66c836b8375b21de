"""A data display (matrix, co-occurrence, summary grid) written to a file, and its JSON.

The one way both front ends export a display: the table a front end built with
:mod:`app.core.displays` goes to Word (a landscape table, decimals as ``language`` writes
them), Excel (numbers stay numbers) or CSV (UTF-8 with a byte-order mark, as Excel opens
it), chosen by the file's suffix and written atomically.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.analysis.code_matrix import CodeMatrix, matrix_as_counts
from app.errors import UnsupportedExportType
from app.io.display_table import DisplayTable

__all__ = ["DISPLAY_SUFFIXES", "DisplayTable", "check_display_path", "co_occurrence_json",
           "export_display", "matrix_json"]

DISPLAY_SUFFIXES = (".docx", ".xlsx", ".csv")


def check_display_path(path: Path) -> None:
    """Refuse a file a display cannot be written to, before any work is done."""
    if path.suffix.lower() not in DISPLAY_SUFFIXES:
        raise UnsupportedExportType(path=path, suffix=path.suffix,
                                    allowed=list(DISPLAY_SUFFIXES))


def export_display(table: DisplayTable, path: Path, *, language: str = "id") -> None:
    """Write ``table`` to ``path`` as .docx, .xlsx or .csv, by its suffix; the notes beside
    the table (such as the interviews a matrix leaves out) go under a Word or Excel table."""
    check_display_path(path)
    # python-docx and openpyxl load with the first export of their kind.
    from app.io.display_table import write_display_docx, write_display_xlsx

    suffix = path.suffix.lower()
    if suffix == ".docx":
        write_display_docx(table, path, language=language)
    elif suffix == ".xlsx":
        write_display_xlsx(table, path)
    else:
        from app.io.file_bytes import write_file_atomically

        buffer = io.StringIO()
        csv.writer(buffer).writerows([list(table.columns), *table.rows])
        write_file_atomically(path, buffer.getvalue().encode("utf-8-sig"))


def matrix_json(matrix: CodeMatrix) -> dict[str, Any]:
    """The code × informant matrix as JSON: columns, counts, the segments of every cell,
    and the interviews it leaves out for want of a linked informant."""
    return {
        "columns": [{"id": c.label, "type": c.informant_type, "role": c.role}
                    for c in matrix.columns],
        "counts": matrix_as_counts(matrix),
        "segments": {row.code: {column.label: list(cell.segment_ids)
                                for column, cell in zip(matrix.columns, row.cells)}
                     for row in matrix.rows},
        "unlinked_interviews": list(matrix.unlinked_interviews),
    }


def co_occurrence_json(table: DisplayTable) -> dict[str, Any]:
    """The co-occurrence table as JSON: its codes and the count of every pair."""
    codes = list(table.columns[1:])
    counts: Mapping[Any, Mapping[str, Any]] = {
        row[0]: dict(zip(codes, row[1:])) for row in table.rows}
    return {"codes": codes, "counts": counts}
