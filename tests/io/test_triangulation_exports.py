"""Triangulation matrix files (.docx, .xlsx, .csv, .json) re-read and checked cell by cell."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from openpyxl import load_workbook

from app.analysis.coded_corpus import CorpusSegment
from app.analysis.triangulation_matrix import JudgementOverride, build_triangulation_matrix
from app.io.docx_triangulation import write_triangulation_docx
from app.io.export_labels import ExportLabels
from app.io.triangulation_table import write_triangulation_csv, write_triangulation_json
from app.io.xlsx_triangulation import write_triangulation_xlsx
from tests.analysis.corpus_builders import corpus, segment

ID = ExportLabels("id")
GOOD = "Kualitasnya baik sekali."


def _matrix(layout: str = "source"):  # type: ignore[no-untyped-def]
    segments = [
        segment(2, 10, GOOD, "positive", segment_id=1),
        segment(2, 20, GOOD, "positive", segment_id=2),
        segment(2, 30, GOOD, "negative", segment_id=3),
        segment(2, 50, GOOD, "positive", segment_id=4),
        segment(2, 60, "Pegawai datang tepat waktu.", "positive", segment_id=5),
        segment(3, 10, "Tapi waktu sering terlambat.", "negative", segment_id=6),
        CorpusSegment(id=7, code_id=5, source_id=30, start=0, end=9, text="=SUM(A1)"),
    ]
    override = JudgementOverride("converge", "Observasi menguatkan.")
    return build_triangulation_matrix(corpus(segments), layout=layout,
                                      overrides={3: override})


def test_docx_is_a4_landscape_with_repeating_two_row_header(tmp_path: Path) -> None:
    path = tmp_path / "matriks.docx"
    write_triangulation_docx(_matrix(), path, labels=ID)
    document = Document(str(path))
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert round(section.page_width.mm) == 297 and round(section.page_height.mm) == 210
    table = document.tables[0]
    header_rows = [row for row in table.rows
                   if row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None]
    assert len(header_rows) == 2
    top = [cell.text for cell in table.rows[0].cells]
    assert top[0] == "Kode" and top[1] == "Informan kunci"
    assert top[2] == top[3] == "Informan utama" and top[4] == "Informan pendukung"
    assert top[-3:] == ["Persamaan", "Perbedaan", "Kesimpulan"]
    second = [cell.text for cell in table.rows[1].cells]
    assert second[1:5] == ["I1 (Ratna Kusumawati) – Kepala Dinas",
                           "I2 (Yuliana Marpaung) – Sekretaris",
                           "I3 (Bambang Sutrisno) – Kepala Bidang",
                           "I5 (Siti Aminah) – Pemilik UMKM"]
    quality = [cell.text for cell in table.rows[2].cells]
    assert quality[0].startswith("Kualitas")
    assert quality[1].startswith("1 segmen — condong positif\n1 positif\n“Kualitasnya baik")
    assert "(I1_kadis, giliran 2)" in quality[1]
    assert quality[-1].startswith("Sebagian (Saran Telaah)\n3 dari 4 informan")
    timing = [cell.text for cell in table.rows[3].cells]
    assert timing[2] == "Tidak ada data"
    assert timing[-1].startswith(
        "Konvergen (Keputusan analis)\nAlasan analis: Observasi menguatkan.")


def test_docx_technique_layout_has_one_header_row(tmp_path: Path) -> None:
    path = tmp_path / "teknik.docx"
    write_triangulation_docx(_matrix("technique"), path, labels=ExportLabels("en"))
    table = Document(str(path)).tables[0]
    assert [cell.text for cell in table.rows[0].cells] == [
        "Code", "Interview", "Observation", "Documentation", "Agreement", "Conclusion"]
    quality = [cell.text for cell in table.rows[1].cells]
    assert quality[1].startswith("4 segments — leans positive\n3 positive, 1 negative")
    assert "(Informant 1, Ratna Kusumawati, Kepala Dinas, I1_kadis, turn 2)" in quality[1]


def test_xlsx_grid_frozen_wrapped_and_safe(tmp_path: Path) -> None:
    path = tmp_path / "matriks.xlsx"
    matrix = _matrix()
    write_triangulation_xlsx(matrix, path, labels=ID)
    workbook = load_workbook(path)
    sheet = workbook["Matriks"]
    assert sheet.freeze_panes == "B4"
    assert sheet["B2"].value == "Informan kunci" and sheet["A3"].value == "Kode"
    assert sheet.column_dimensions["A"].width == 28 and sheet.column_dimensions["B"].width == 40
    assert sheet["B4"].alignment.wrap_text
    assert sheet["B4"].value.startswith("1 segmen — condong positif (1 positif)")
    budget = next(row for row in sheet.iter_rows(min_row=4, values_only=True)
                  if row[0] == "Hambatan/Anggaran")
    assert "=SUM(A1)" in budget[3] and sheet.cell(row=6, column=4).data_type == "s"
    segments = workbook["Segmen"]
    listed = {(row[0], row[1]): (row[2], row[3])
              for row in segments.iter_rows(min_row=2, values_only=True)}
    for row in matrix.rows:
        for cell in row.cells:
            count, ids = listed[(row.code.path, cell.column_key)]
            assert count == cell.count
            assert (ids or "") == " ".join(map(str, cell.segment_ids))


def test_csv_has_a_bom_and_one_row_per_code(tmp_path: Path) -> None:
    path = tmp_path / "matriks.csv"
    write_triangulation_csv(_matrix(), path, labels=ID)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:2] == ["Kode", "I1 (Ratna Kusumawati) – Kepala Dinas"]
    assert rows[0][-1] == "Kesimpulan"
    assert [row[0] for row in rows[1:]] == [
        "Kinerja/Kualitas", "Kinerja/Waktu", "Hambatan/Anggaran", "Upaya/Pelatihan"]


def test_json_lists_segment_ids_counts_and_judgements(tmp_path: Path) -> None:
    path = tmp_path / "matriks.json"
    matrix = _matrix()
    write_triangulation_json(matrix, path, labels=ExportLabels("en"))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["layout"] == "source" and data["language"] == "en"
    assert [column["key"] for column in data["columns"]] == ["I1", "I2", "I3", "I5"]
    quality = data["rows"][0]
    assert quality["cells"]["I3"] == {
        "count": 1, "segment_ids": [3], "positive": 0, "negative": 1, "mixed": 0,
        "neutral": 0, "lean": "negative", "quotes": quality["cells"]["I3"]["quotes"]}
    assert quality["judgement"] == "partial" and quality["judged_by"] == "telaah"
    assert quality["reason"] == (
        "3 of 4 informants with data lean positive; I3: negative; observation agrees.")
    assert quality["suggestion"]["phrases"][0] == {
        "key": "majority", "values": {"agree": 3, "count": 4, "unit": "informant",
                                      "lean": "positive"}}
    timing = data["rows"][1]
    assert timing["judgement"] == "converge" and timing["judged_by"] == "analyst"
    assert timing["override"]["rationale"] == "Observasi menguatkan."
    assert timing["suggestion"]["judgement"] == "partial"


@pytest.mark.parametrize("language", ["id", "en"])
def test_label_tables_have_the_same_keys(language: str) -> None:
    from app.io import export_labels

    assert set(export_labels._ID) == set(export_labels._EN)
    assert ExportLabels(language).language == language
    assert ExportLabels("fr").language == "id"


@pytest.mark.parametrize("language, confirming, positive", [("en", "confirming", "positive"),
                                                            ("id", "mendukung", "positif")])
def test_obstacle_rows_say_confirming_where_indicators_say_positive(
        language: str, confirming: str, positive: str) -> None:
    """An obstacle "positive" reads as "good"; its passages confirm or deny it."""
    from app.io.triangulation_text import cell_summary, row_reason

    matrix = build_triangulation_matrix(corpus([
        segment(5, 10, GOOD, None, segment_id=1),  # obstacle, no valence: it is there
        segment(2, 10, GOOD, "positive", segment_id=2),
    ]))
    labels = ExportLabels(language)
    rows = {row.code.path: row for row in matrix.rows}
    obstacle, indicator = rows["Hambatan/Anggaran"], rows["Kinerja/Kualitas"]
    obstacle_text = " ".join([row_reason(obstacle, labels),
                              *(cell_summary(cell, labels) for cell in obstacle.cells)])
    indicator_text = " ".join([row_reason(indicator, labels),
                               *(cell_summary(cell, labels) for cell in indicator.cells)])
    assert confirming in obstacle_text and positive not in obstacle_text
    assert positive in indicator_text and confirming not in indicator_text
