"""Displays over the demo: matrix figures equal the segments, and exports re-read."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

from app.core.displays import co_occurrence_table, code_matrix, matrix_table
from app.core.project import Project
from app.core.segments import list_segments
from app.io.display_table import write_display_docx, write_display_xlsx
from app.io.export_labels import decimal_text, percent_text


def _same(text: str) -> str:
    return text


def test_matrix_equals_segment_counts(demo_project: Project) -> None:
    matrix = code_matrix(demo_project, group="indicator", coder="Annisa")
    expected = Counter(
        (s.code, s.informant) for s in list_segments(demo_project)
        if s.coder == "Annisa" and s.code.startswith("Kinerja/") and s.informant
    )
    for row in matrix.rows:
        for column, cell in zip(matrix.columns, row.cells):
            assert cell.count == expected[(row.code, column.label)], (row.code, column.label)
    assert [c.label for c in matrix.columns] == ["I1", "I2", "I3", "I4", "I5", "I6"]
    assert {c.informant_type for c in matrix.columns[:1]} == {"kunci"}
    assert len(matrix.rows) == 6


def test_matrix_exports_re_read(demo_project: Project, tmp_path: Path) -> None:
    matrix = code_matrix(demo_project)
    table = matrix_table(matrix, value="count", translate=_same)
    write_display_docx(table, tmp_path / "matriks.docx")
    write_display_xlsx(table, tmp_path / "matriks.xlsx")
    document = Document(str(tmp_path / "matriks.docx"))
    word_rows = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert word_rows[0][0] == "Code" and word_rows[0][1].startswith("I1")
    sheet = load_workbook(tmp_path / "matriks.xlsx").active
    sheet_rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert sheet.freeze_panes == "B2"
    for word_row, sheet_row, row in zip(word_rows[1:], sheet_rows[1:], matrix.rows):
        assert word_row[0] == sheet_row[0] == row.code
        assert [int(v) for v in word_row[1:]] == sheet_row[1:] == [
            *(cell.count for cell in row.cells), row.total]
    statements = matrix_table(matrix, value="statements", translate=_same)
    assert any("• " in str(value) for row in statements.rows for value in row[1:-1])


def test_co_occurrence_is_symmetric(demo_project: Project) -> None:
    table = co_occurrence_table(demo_project, translate=_same)
    codes = list(table.columns[1:])
    values = {row[0]: row[1:] for row in table.rows}
    assert codes and set(values) == set(codes)
    for i, first in enumerate(codes):
        assert values[first][i] is None
        for j, second in enumerate(codes):
            assert values[first][j] == values[second][i]
    assert any(value for row in table.rows for value in row[1:])


def test_shares_in_a_word_display_follow_the_document_language(demo_project: Project,
                                                               tmp_path: Path) -> None:
    table = matrix_table(code_matrix(demo_project), value="share", translate=_same)
    shares = [value for row in table.rows for value in row[1:-1] if isinstance(value, float)]
    assert shares and any(0 < share < 1 for share in shares)
    for language, point in (("id", ","), ("en", ".")):
        path = tmp_path / f"bagian-{language}.docx"
        write_display_docx(table, path, language=language)
        cells = [cell.text for row in Document(str(path)).tables[0].rows[1:]
                 for cell in row.cells[1:-1]]
        written = [text for text in cells if text.endswith("%") and text != "0" + point + "0%"]
        assert written and all(point in text for text in written), (language, written[:3])


def test_decimal_text_per_language() -> None:
    assert decimal_text(-0.7249, 2, "id", signed=True) == "\u22120,72"
    assert decimal_text(0.5, 2, "en", signed=True) == "+0.50"
    assert decimal_text(-0.001, 2, "id", signed=True) == "0,00"
    assert percent_text(0.951, 1, "id") == "95,1%"
