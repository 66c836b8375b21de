"""telaah import with PDFs and photos: a scan is refused with the way out, --ocr reads it,
a fake photo is refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.io.pdf_ocr import tesseract_program
from tests.cli.test_cli import run
from tests.conftest import REQUIRE_TOOLS
from tests.io.pdf_builders import photo, scanned_pdf


def test_import_photos_and_refuse_a_fake(capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
    project = tmp_path / "p.telaah"
    assert run(capsys, "new", project, "--codebook", "none")[0] == 0
    picture = photo(tmp_path / "O1_pasar.jpg", taken="2023:03:14 07:20:00")
    code, out, _ = run(capsys, "import", project, picture, "--kind", "observation")
    assert code == 0 and "Imported 1 source(s)" in out
    fake = tmp_path / "foto.jpg"
    fake.write_text("bukan foto")
    code, _out, err = run(capsys, "import", project, fake)
    assert code != 0 and "foto.jpg" in err and len(err.strip().splitlines()) == 1


@pytest.mark.skipif(tesseract_program() is None and not REQUIRE_TOOLS,
                    reason="Tesseract with 'ind' not installed")
def test_import_a_scan_with_ocr(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    project = tmp_path / "p.telaah"
    assert run(capsys, "new", project, "--codebook", "none")[0] == 0
    scan = scanned_pdf(tmp_path / "SK.pdf", ["Surat Keputusan Kepala Dinas"])
    code, _out, err = run(capsys, "import", project, scan, "--kind", "documentation")
    assert code != 0 and "OCR" in err
    code, out, _ = run(capsys, "import", project, scan, "--kind", "documentation", "--ocr")
    assert code == 0 and "Imported 1 source(s)" in out
