"""A data display written to Word, Excel or CSV by the one core function both front ends
use, re-read from the file; and the matrix as JSON."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from app.core.display_export import (
    DisplayTable,
    co_occurrence_json,
    export_display,
    matrix_json,
)
from app.core.displays import co_occurrence_table, code_matrix
from app.core.project import Project
from app.errors import UnsupportedExportType

TABLE = DisplayTable(title="Matriks", columns=["Kode", "I1", "Total"],
                     rows=[["Kinerja/Kualitas", 0.25, 3], ["Kinerja/Waktu", 1, 1]],
                     heat=[[None, 0.5, None], [None, 1.0, None]],
                     notes=["Wawancara tanpa informan: W9."])


def test_word_excel_and_csv_by_suffix(tmp_path: Path) -> None:
    export_display(TABLE, tmp_path / "m.docx", language="id")
    document = Document(str(tmp_path / "m.docx"))
    cells = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert cells[0] == ["Kode", "I1", "Total"]
    assert cells[1][1] == "25,0%"  # a share, written as Indonesian writes it
    assert document.paragraphs[-1].text == "Wawancara tanpa informan: W9."
    export_display(TABLE, tmp_path / "m.xlsx")
    sheet = load_workbook(tmp_path / "m.xlsx").worksheets[0]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert ["Kinerja/Kualitas", 0.25, 3] in [row[:3] for row in values]
    export_display(TABLE, tmp_path / "m.csv")
    with (tmp_path / "m.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle))[1] == ["Kinerja/Kualitas", "0.25", "3"]


def test_another_suffix_is_refused_and_nothing_written(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedExportType):
        export_display(TABLE, tmp_path / "m.pdf")
    assert list(tmp_path.iterdir()) == []


def test_the_matrix_and_co_occurrence_as_json(demo_project: Project) -> None:
    matrix = code_matrix(demo_project)
    data = matrix_json(matrix)
    assert [column["id"] for column in data["columns"]] == [c.label for c in matrix.columns]
    first = matrix.rows[0]
    assert data["counts"][first.code] == {column.label: cell.count for column, cell
                                          in zip(matrix.columns, first.cells, strict=True)}
    table = co_occurrence_table(demo_project, translate=str)
    pairs = co_occurrence_json(table)
    assert pairs["codes"] == list(table.columns[1:])
    assert set(pairs["counts"]) == {row[0] for row in table.rows}
