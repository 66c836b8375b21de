"""run_gui in screenshot mode: a PNG of the real window, or a clear error and exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer, qWarning
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.logging import _QtMessageCapture as QtMessageCapture

from app.ui.shell.launch import PLATFORM_NOTE, WINDOW_SIZE, _ask_coder, run_gui
from app.ui.widgets.settings import store_coder, stored_coder


def test_screenshot_of_a_project(qapp: object, demo_path: Path, tmp_path: Path) -> None:
    png = tmp_path / "shot.png"
    assert run_gui(demo_path, coder="Annisa", language="en", screenshot=png) == 0
    assert png.stat().st_size > 10_000
    image = QImage(str(png))
    assert (image.width(), image.height()) == WINDOW_SIZE


def test_screenshot_without_a_project_shows_the_welcome_panel(qapp: object,
                                                              tmp_path: Path) -> None:
    png = tmp_path / "welcome.png"
    assert run_gui(None, coder="Annisa", language="en", screenshot=png) == 0
    assert QImage(str(png)).width() == WINDOW_SIZE[0]


def test_the_translator_is_removed_again(qapp: object, demo_path: Path,
                                         tmp_path: Path) -> None:
    run_gui(demo_path, coder="Annisa", language="id", screenshot=tmp_path / "id.png")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_a_project_that_cannot_be_opened(qapp: object, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    png = tmp_path / "never.png"
    missing = tmp_path / "missing.telaah"
    assert run_gui(missing, coder="Annisa", language="en", screenshot=png) == 2
    error = capsys.readouterr().err
    assert error.startswith("telaah: ") and "missing.telaah" in error
    assert "Traceback" not in error
    assert not png.exists()


@pytest.mark.qt_log_ignore("after the screenshot")
def test_qt_messages_reach_their_handler_again_afterwards(
    qapp: object, demo_path: Path, tmp_path: Path, qtlog: QtMessageCapture,
) -> None:
    run_gui(demo_path, coder="Annisa", language="en", screenshot=tmp_path / "shot.png")
    qWarning("after the screenshot")
    messages = [record.message for record in qtlog.records]
    assert "after the screenshot" in messages
    assert not any(message.startswith(PLATFORM_NOTE) for message in messages)


def test_the_first_start_asks_who_is_coding_and_remembers_it(qapp: object) -> None:
    store_coder("")  # as on a first start (the settings folder is the tests' own)
    assert stored_coder() is None

    def answer() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QInputDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        dialog.setTextValue("  Annisa  ")
        dialog.accept()

    QTimer.singleShot(10, answer)
    assert _ask_coder() == "Annisa"
    assert stored_coder() == "Annisa"
    store_coder("")  # leave the settings as found for the other tests


def test_a_cancelled_first_start_stores_no_name(qapp: object) -> None:
    store_coder("")
    def cancel() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QInputDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(10, cancel)
            return
        dialog.reject()

    QTimer.singleShot(10, cancel)
    assert _ask_coder() is None and not stored_coder()
