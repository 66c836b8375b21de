"""Importing a scanned PDF from the GUI: the message offers OCR; Yes recognises the text in
the background and imports it, marked as machine-made."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.sources import list_sources, read_source
from app.io.pdf_ocr import tesseract_program
from app.ui.shell import project_actions
from app.ui.shell.main_window import MainWindow
from tests.conftest import REQUIRE_TOOLS
from tests.io.pdf_builders import scanned_pdf


def _offer() -> QMessageBox | None:
    return next((widget for widget in QApplication.topLevelWidgets()
                 if isinstance(widget, QMessageBox) and widget.isVisible()), None)


@pytest.mark.skipif(tesseract_program() is None and not REQUIRE_TOOLS,
                    reason="Tesseract with 'ind' not installed")
def test_a_scan_is_offered_ocr_and_imported(qtbot: QtBot, window: MainWindow,
                                            tmp_path: Path) -> None:
    assert window.project is not None
    before = len(list_sources(window.project))
    scan = scanned_pdf(tmp_path / "SK_pindaian.pdf", ["Surat Keputusan Kepala Dinas",
                                                      "tentang pendampingan usaha mikro"])
    dialog = project_actions.open_import_dialog(window, [scan])
    assert dialog is not None
    dialog.request_import()
    qtbot.waitUntil(lambda: _offer() is not None, timeout=60_000)
    box = _offer()
    assert box is not None
    assert "SK_pindaian.pdf" in box.text() and "OCR" in box.text()
    yes = box.button(QMessageBox.StandardButton.Yes)
    assert yes is not None
    yes.click()
    qtbot.waitUntil(lambda: len(list_sources(window.project)) == before + 1,  # type: ignore[arg-type]
                    timeout=120_000)
    source = next(source for source in list_sources(window.project)
                  if source.title == "SK_pindaian")
    assert "pendampingan usaha mikro" in read_source(window.project, source_id=source.id).text
