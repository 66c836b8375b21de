"""Quotes holding table rows (tab-separated cells) come out of Word exports as tables."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from app.cli import main
from app.io.docx_report import _key_quote
from app.io.docx_tab_tables import TablePart, TextPart, split_table_rows

SCIENTIST = "\U0001f469\U0001f3fd\u200d\U0001f52c"
ROWS = [["Program", "Target", "Realisasi"], ["Pelatihan", "120", "95"],
        [f"Pendataan Ulang UMKM {SCIENTIST}", "300", "210"]]


def test_table_rows_are_split_from_the_lines_around_them() -> None:
    text = "I: Ini capaiannya:\n\nA\tB\t\nC\tD\tE\n\nJadi belum tercapai.\nSudah."
    assert split_table_rows(text) == [
        TextPart("I: Ini capaiannya:"),
        TablePart((("A", "B", ""), ("C", "D", "E"))),
        TextPart("Jadi belum tercapai.\nSudah."),
    ]
    assert split_table_rows("tanpa tabel") == [TextPart("tanpa tabel")]
    assert split_table_rows("\tx\n\ty") == [TablePart((("", "x"), ("", "y")))]


@pytest.mark.parametrize("text", [
    "P:\tApa kabar?\nI:\tBaik, Dek.",  # a tab after each speaker's label
    "Informan 2:\tYa.\nPewawancara:\tLalu?",
    "Baris satu\nbaris\tdua",  # a lone tab in running text
    "Sebelum\nA\tB\nC\tD\n\nSesudah",  # rows not set off by a blank line
    "A\tB\nC\tD\tE",  # rows of different widths
])
def test_tabs_that_are_not_a_table_stay_text(text: str) -> None:
    assert split_table_rows(text) == [TextPart(text)]


def _transcript(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("P: Bagaimana capaiannya, Bu?")
    document.add_paragraph("I: Ini capaiannya, Dek:")
    table = document.add_table(rows=3, cols=3)
    for row, values in zip(table.rows, ROWS):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_paragraph("I: Jadi pelatihan belum mencapai target.")
    document.save(path)
    return path


def test_an_excerpt_spanning_a_table_exports_it_as_a_word_table(tmp_path: Path) -> None:
    project = tmp_path / "studi.telaah"
    transcript = _transcript(tmp_path / "I7_kepala_seksi.docx")
    assert main(["new", str(project)]) == 0
    assert main(["import", str(project), str(transcript)]) == 0
    from app.core.project import Project
    from app.core.sources import list_sources, read_source

    with Project.open(str(project)) as opened:
        source = list_sources(opened)[0]
        text = read_source(opened, source_id=source.id).text
    start = text.index("Ini capaiannya")
    end = text.index("belum mencapai") + len("belum mencapai")
    assert main(["code", str(project), "--source", source.title, "--start", str(start),
                 "--end", str(end), "--code", "Kinerja/Kuantitas", "--coder", "Annisa"]) == 0
    output = tmp_path / "kutipan.docx"
    assert main(["--lang", "id", "excerpts", str(project), "-o", str(output)]) == 0

    word = docx.Document(str(output))
    assert [[cell.text for cell in row.cells] for row in word.tables[0].rows] == ROWS
    quotes = [paragraph.text for paragraph in word.paragraphs if paragraph.style.name == "Quote"]
    assert quotes == ["Ini capaiannya, Dek:", "I: Jadi pelatihan belum mencapai"]
    # The table stands between the two parts of the quote, in the document's body order.
    body = [child.tag.rsplit("}", 1)[-1] for child in word.element.body.iterchildren()]
    table_at = body.index("tbl")
    texts = [paragraph.text for paragraph in word.paragraphs]
    before = texts.index("Ini capaiannya, Dek:")
    assert body[: table_at].count("p") == before + 1


@pytest.mark.parametrize(("text", "paragraphs"), [
    ("Ini datanya:\n\nA\tB\nC\tD\n\nBegitu.", ["“Ini datanya:", "Begitu.”"]),
    ("A\tB\nC\tD", []),
    ("Tanpa tabel.", ["“Tanpa tabel.”"]),
])
def test_a_key_quote_in_the_report_keeps_its_table(text: str, paragraphs: list[str]) -> None:
    word = docx.Document()
    _key_quote(word, text)
    assert [paragraph.text for paragraph in word.paragraphs] == paragraphs
    tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in word.tables]
    assert tables == ([[["A", "B"], ["C", "D"]]] if "\t" in text else [])
