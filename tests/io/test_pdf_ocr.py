"""A scanned PDF (a picture of typed text, no text layer) read by Tesseract."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import Cancelled, OcrUnavailable, PdfWithoutText
from app.io.pdf_ocr import ocr_pdf_bytes, tesseract_program
from app.io.pdf_reader import read_pdf_bytes
from app.io.source_file import read_source_file
from tests.conftest import REQUIRE_TOOLS
from tests.io.pdf_builders import scanned_pdf

LINES = ["Standar Operasional Prosedur", "Pelayanan izin usaha mikro",
         "diselesaikan dalam tiga hari kerja."]


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    return scanned_pdf(tmp_path / "sop_pindaian.pdf", LINES)


def test_a_scan_has_no_text_layer(scan: Path) -> None:
    assert not read_pdf_bytes(scan.read_bytes(), path=scan).has_text


def test_importing_a_scan_without_ocr_says_so(scan: Path) -> None:
    expected = PdfWithoutText if tesseract_program() else OcrUnavailable
    with pytest.raises(expected) as raised:
        read_source_file(scan)
    assert "sop_pindaian.pdf" in raised.value.message()


def test_without_tesseract_the_message_names_the_packages(
        scan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(OcrUnavailable) as raised:
        read_source_file(scan, ocr=True)
    assert "tesseract-ocr-ind" in raised.value.message()


@pytest.mark.skipif(tesseract_program() is None and not REQUIRE_TOOLS,
                    reason="Tesseract with 'ind' not installed")
def test_ocr_reads_the_scan(scan: Path) -> None:
    seen: list[tuple[int, int]] = []
    source = read_source_file(scan, ocr=True, progress=lambda *step: seen.append(step))
    assert source.machine_made
    assert "izin usaha mikro" in source.text
    assert "tiga hari kerja" in source.text
    assert source.pages[0].end == len(source.text)
    assert seen[-1] == (1, 1)


@pytest.mark.skipif(tesseract_program() is None and not REQUIRE_TOOLS,
                    reason="Tesseract with 'ind' not installed")
def test_ocr_can_be_cancelled(scan: Path) -> None:
    def cancel(done: int, total: int) -> None:
        raise Cancelled()

    with pytest.raises(Cancelled):
        ocr_pdf_bytes(scan.read_bytes(), path=scan, progress=cancel)
