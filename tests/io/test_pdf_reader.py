"""PDFs made by LibreOffice from .docx: text per page in reading order, running headers
and footers set apart; bad PDFs refused with one line."""

from __future__ import annotations

import zlib
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from app.errors import DamagedPdf, EncryptedPdf, PdfStreamTooLarge, PdfTooManyPages
from app.io.pdf_reader import read_pdf_bytes
from tests.io.pdf_builders import make_pdf, marked_paragraphs

HEADER = "Renstra Dinas Koperasi 2021–2026"


@pytest.fixture(scope="module")
def two_columns(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("two-columns")
    return make_pdf(folder, "renstra", marked_paragraphs(30), columns=2, header=HEADER,
                    footer_page_numbers=True)


@pytest.fixture(scope="module")
def one_column(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("one-column")
    return make_pdf(folder, "lakip", marked_paragraphs(12), header="Laporan Kinerja 2023",
                    footer_page_numbers=True, page_breaks_every=3)


def test_each_paragraph_comes_back_whole_and_in_order(two_columns: Path) -> None:
    pdf = read_pdf_bytes(two_columns.read_bytes(), path=two_columns)
    expected = marked_paragraphs(30)
    # A paragraph may run on over a page break, where the page's text ends with "\n".
    running = pdf.text.replace("\n", " ")
    positions = [running.find(paragraph) for paragraph in expected]
    assert -1 not in positions, [p[:12] for p, at in zip(expected, positions) if at < 0]
    assert positions == sorted(positions)
    # Columns are joined where a paragraph runs on: no line breaks beyond paragraphs and
    # page ends.
    assert pdf.text.count("\n") <= len(expected) - 1 + len(pdf.pages) - 1


def test_running_header_and_page_numbers_are_left_out_but_kept(two_columns: Path) -> None:
    pdf = read_pdf_bytes(two_columns.read_bytes(), path=two_columns)
    assert len(pdf.pages) >= 2
    assert HEADER not in pdf.text
    for page in pdf.pages:
        assert page.header == HEADER
        assert page.footer == str(page.number)


def test_pages_cover_the_text_in_order(one_column: Path) -> None:
    pdf = read_pdf_bytes(one_column.read_bytes(), path=one_column)
    assert [page.number for page in pdf.pages] == [1, 2, 3, 4]
    assert pdf.pages[0].start == 0 and pdf.pages[-1].end == len(pdf.text)
    for before, after in zip(pdf.pages, pdf.pages[1:]):
        assert after.start == before.end + 1
    paragraphs = marked_paragraphs(12)
    for number, page in enumerate(pdf.pages):
        page_text = pdf.text[page.start:page.end]
        assert page_text == "\n".join(paragraphs[number * 3:number * 3 + 3])
    assert pdf.pages[0].width == pytest.approx(612, abs=30)


def test_progress_is_told_per_page(one_column: Path) -> None:
    seen: list[tuple[int, int]] = []
    read_pdf_bytes(one_column.read_bytes(), path=one_column,
                   progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_a_password_protected_pdf_is_refused(tmp_path: Path) -> None:
    options = ('{"EncryptFile":{"type":"boolean","value":"true"},'
               '"DocumentOpenPassword":{"type":"string","value":"rahasia"}}')
    pdf = make_pdf(tmp_path, "rahasia", ["Dokumen rahasia."], filter_options=options)
    with pytest.raises(EncryptedPdf) as raised:
        read_pdf_bytes(pdf.read_bytes(), path=pdf)
    assert "rahasia.pdf" in raised.value.message()
    assert "password" in raised.value.message()


def test_a_damaged_pdf_is_refused(one_column: Path, tmp_path: Path) -> None:
    data = one_column.read_bytes()
    for damaged in (data[: len(data) // 3], b"%PDF-1.7\nbukan pdf", b"PK\x03\x04zip"):
        with pytest.raises(DamagedPdf):
            read_pdf_bytes(damaged, path=tmp_path / "rusak.pdf")


def _blank_pdf(pages: int) -> bytes:
    document = pdfium.PdfDocument.new()
    for _ in range(pages):
        document.new_page(595, 842)
    from io import BytesIO

    out = BytesIO()
    document.save(out)
    return out.getvalue()


def test_thousands_of_empty_pages_are_refused(tmp_path: Path) -> None:
    with pytest.raises(PdfTooManyPages) as raised:
        read_pdf_bytes(_blank_pdf(2500), path=tmp_path / "kosong.pdf")
    assert "2500 pages" in raised.value.message()


def test_empty_pages_have_no_text_layer(tmp_path: Path) -> None:
    assert not read_pdf_bytes(_blank_pdf(3), path=tmp_path / "kosong.pdf").has_text


def test_a_huge_compressed_stream_is_refused(tmp_path: Path) -> None:
    packer = zlib.compressobj(9)
    block = b"0 0 m " * (1024 * 1024 // 6)
    bomb = b"".join(packer.compress(block) for _ in range(300)) + packer.flush()
    assert len(bomb) < 2 * 1024 * 1024
    data = (b"%PDF-1.5\n1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode "
            b"/Length " + str(len(bomb)).encode() + b" >>\nstream\n" + bomb +
            b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    with pytest.raises(PdfStreamTooLarge) as raised:
        read_pdf_bytes(data, path=tmp_path / "bom.pdf")
    assert "bom.pdf" in raised.value.message()


def test_a_running_header_of_two_lines_is_left_out_whole(tmp_path: Path) -> None:
    header = ("Rencana Strategis Dinas Koperasi dan Usaha Kecil Menengah 2021–2026, "
              "ringkasan untuk keperluan penelitian lapangan")
    pdf = make_pdf(tmp_path, "renstra", marked_paragraphs(8), header=header,
                   footer_page_numbers=True, page_breaks_every=4)
    read = read_pdf_bytes(pdf.read_bytes(), path=pdf)
    assert [page.header for page in read.pages] == [header] * 2
    assert read.text.startswith("Paragraf 01:")
    assert "penelitian lapangan" not in read.text
