"""Codebook to .docx (definitions, criteria, examples) and .xlsx (one row per code)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from openpyxl import load_workbook

from app.io.codebook_entry import CodebookEntry
from app.io.docx_codebook import write_codebook_docx
from app.io.export_labels import ExportLabels
from app.io.xlsx_codebook import write_codebook_xlsx

ROOTS = [
    CodebookEntry(
        name="Kinerja", codable=False, group="indicator", color="#4E79A7",
        definition="Induk indikator.",
        children=[
            CodebookEntry(name="Kualitas", group="indicator", color="#4E79A7",
                          definition="Mutu kerja.", inclusion="Menilai mutu.",
                          exclusion="Jumlah keluaran.", example="“Kualitasnya baik.”",
                          shortcut="1", name_en="Quality", definition_en="Work quality."),
        ],
    ),
    CodebookEntry(name="Catatan", definition="=1+1 bukan rumus"),
]


def test_docx_lists_every_code_with_its_documentation(tmp_path: Path) -> None:
    path = tmp_path / "buku-kode.docx"
    write_codebook_docx(ROOTS, path, labels=ExportLabels("id"), title="Studi uji")
    paragraphs = [(p.style.name, p.text) for p in Document(str(path)).paragraphs]
    assert paragraphs[0] == ("Title", "Buku Kode")
    assert [p for p in paragraphs if p[0].startswith("Heading")] == [
        ("Heading 1", "Kinerja"), ("Heading 2", "Kualitas"), ("Heading 1", "Catatan")]
    texts = [text for _, text in paragraphs]
    for line in ("Definisi: Mutu kerja.", "Kriteria inklusi: Menilai mutu.",
                 "Kriteria eksklusi: Jumlah keluaran.",
                 "Definisi (Inggris): Quality — Work quality.",
                 "Kelompok: Indikator · Kategori (tidak dikodekan langsung)",
                 "Kelompok: Indikator · Pintasan: 1"):
        assert line in texts
    assert ("Quote", "“Kualitasnya baik.”") in paragraphs


def test_xlsx_has_one_row_per_code(tmp_path: Path) -> None:
    path = tmp_path / "codebook.xlsx"
    write_codebook_xlsx(ROOTS, path, labels=ExportLabels("en"))
    sheet = load_workbook(path)["Codebook"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("Code path", "Parent", "Name", "Group", "Colour")
    assert [row[0] for row in rows[1:]] == ["Kinerja", "Kinerja/Kualitas", "Catatan"]
    quality = rows[2]
    assert quality[1] == "Kinerja" and quality[3] == "Indicators" and quality[4] == "#4E79A7"
    assert quality[7:11] == ("Mutu kerja.", "Menilai mutu.", "Jumlah keluaran.",
                             "“Kualitasnya baik.”")
    assert sheet["E3"].fill.fgColor.rgb.endswith("4E79A7")
    assert rows[3][7] == "=1+1 bukan rumus" and sheet["H4"].data_type == "s"
    assert sheet.freeze_panes == "B2"


def test_docx_names_a_code_groups_verdict_scale(tmp_path: Path) -> None:
    roots = [CodebookEntry(name="Hambatan", codable=False, group="obstacle",
                           verdict_scale=("terkonfirmasi kuat", "satu suara"))]
    path = tmp_path / "buku-kode.docx"
    write_codebook_docx(roots, path, labels=ExportLabels("id"))
    texts = [p.text for p in Document(str(path)).paragraphs]
    assert "Skala penilaian (terbaik lebih dulu): terkonfirmasi kuat · satu suara" in texts
