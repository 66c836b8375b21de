"""Read small UTF-8 CSV tables (informant metadata, reference coding) as checked rows."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path

from app.errors import MissingColumns, TableRowUnreadable, TableRowWidth
from app.io.file_bytes import read_file_bytes
from app.io.txt_reader import decode_text_bytes

MAX_TABLE_BYTES = 16 * 1024 * 1024


def read_csv_rows(path: Path, *, required: Sequence[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(row_number, row)`` for each data row; row 1 is the header.

    Values are stripped; a missing required column or a ragged row raises an error naming
    the file (and the row).
    """
    data = read_file_bytes(path, max_bytes=MAX_TABLE_BYTES)
    text, _encoding = decode_text_bytes(data, path=path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [column.strip() for column in next(reader)]
    except StopIteration:
        raise MissingColumns(path=path, columns=list(required)) from None
    missing = [column for column in required if column not in header]
    if missing:
        raise MissingColumns(path=path, columns=missing)
    try:
        for number, values in enumerate(reader, start=2):
            if not any(value.strip() for value in values):
                continue
            if len(values) != len(header):
                raise TableRowWidth(path=path, row=number, count=len(values),
                                    columns=len(header))
            yield number, {column: value.strip() for column, value in zip(header, values)}
    except csv.Error as error:
        raise TableRowUnreadable(path=path, row=reader.line_num, detail=str(error)) from None
