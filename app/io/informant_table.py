"""The informant metadata table: one row per informant, extra columns become attributes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.errors import InvalidTable, TableDuplicateId, TableValueNotAllowed
from app.io.csv_table import read_csv_rows
from app.vocabulary import INFORMANT_TYPES

REQUIRED_COLUMNS = ("id", "pseudonym", "role", "type")
# Columns with a meaning of their own; every other column is a free attribute.
KNOWN_COLUMNS = (*REQUIRED_COLUMNS, "source_file")


@dataclass(frozen=True)
class InformantRow:
    label: str
    pseudonym: str
    role: str
    informant_type: str
    source_file: str = ""
    attributes: dict[str, str] = field(default_factory=dict)


def read_informant_table(path: Path) -> list[InformantRow]:
    rows: list[InformantRow] = []
    seen: set[str] = set()
    for number, row in read_csv_rows(path, required=REQUIRED_COLUMNS):
        label = row["id"]
        if not label:
            raise InvalidTable(path=path, row=number, detail="the informant id is empty")
        if label in seen:
            raise TableDuplicateId(path=path, row=number, key=label)
        if row["type"] not in INFORMANT_TYPES:
            raise TableValueNotAllowed(path=path, row=number, column="type", value=row["type"],
                                       allowed=list(INFORMANT_TYPES))
        seen.add(label)
        rows.append(
            InformantRow(
                label=label,
                pseudonym=row["pseudonym"],
                role=row["role"],
                informant_type=row["type"],
                source_file=row.get("source_file", ""),
                attributes={
                    column: value for column, value in row.items() if column not in KNOWN_COLUMNS
                },
            )
        )
    return rows
