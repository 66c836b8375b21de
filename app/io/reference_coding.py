"""A coder's reference coding as a table: source, code path, exact quote, valence, memo."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import TableValueMissing, TableValueNotAllowed
from app.io.csv_table import read_csv_rows
from app.vocabulary import VALENCES

REQUIRED_COLUMNS = ("coder", "source", "code", "quote")


@dataclass(frozen=True)
class CodingRow:
    row: int
    coder: str
    source: str
    code: str
    quote: str
    valence: str | None
    memo: str


def read_reference_coding(path: Path) -> list[CodingRow]:
    rows: list[CodingRow] = []
    for number, row in read_csv_rows(path, required=REQUIRED_COLUMNS):
        for column in REQUIRED_COLUMNS:
            if not row[column]:
                raise TableValueMissing(path=path, row=number, column=column)
        valence = row.get("valence", "") or None
        if valence is not None and valence not in VALENCES:
            raise TableValueNotAllowed(path=path, row=number, column="valence", value=valence,
                                       allowed=list(VALENCES))
        rows.append(
            CodingRow(
                row=number,
                coder=row["coder"],
                source=row["source"],
                code=row["code"],
                quote=row["quote"],
                valence=valence,
                memo=row.get("memo", ""),
            )
        )
    return rows
