"""A second project opens in a second window; macOS hands files over as QFileOpenEvent."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.project import Project
from app.ui.shell.main_window import MainWindow
from app.ui.shell.project_windows import (
    handle_file_open_events,
    open_in_window,
    open_windows,
    prepare_application,
    show_in_window,
)
from tests.ui.conftest import identity


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)")
def test_a_second_project_opens_in_a_second_window(qtbot: QtBot, demo_path: Path,
                                                   tmp_path: Path) -> None:
    second = tmp_path / "second.telaah"
    shutil.copyfile(demo_path, second)
    first = MainWindow(None, "Tester", identity, language="en")
    qtbot.addWidget(first)
    assert open_in_window(first, demo_path) is first  # an empty window takes it
    other = open_in_window(first, second)
    try:
        assert other is not None and other is not first
        assert other in open_windows() and other.isVisible()
        assert first.project is not None and Path(first.project.location) == demo_path
        assert other.project is not None and Path(other.project.location) == second
        assert (other.coder_name, other.language) == ("Tester", "en")
        # The same project again: the window that shows it comes forward, no third one.
        assert open_in_window(first, second) is other
        assert len(open_windows()) == 1
    finally:
        if other is not None:
            other.close()
    qtbot.waitUntil(lambda: open_windows() == [])  # closed windows are deleted


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)")
def test_a_project_made_beside_an_open_one_gets_its_own_window(
        qtbot: QtBot, demo_path: Path, tmp_path: Path) -> None:
    first = MainWindow(None, "Tester", identity, language="en")
    qtbot.addWidget(first)
    made = Project.create(tmp_path / "new.telaah", title="New")
    assert show_in_window(first, made) is first  # an empty window shows it
    second = Project.create(tmp_path / "second.telaah", title="Second")
    other = show_in_window(first, second)
    assert other is not first and other.project is second and first.project is made
    other.close()
    qtbot.waitUntil(lambda: open_windows() == [])


def test_a_project_that_cannot_be_opened_leaves_no_window(
        qtbot: QtBot, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reported: list[object] = []
    monkeypatch.setattr("app.ui.shell.main_window.show_error",
                        lambda _parent, error, _translate: reported.append(error))
    first = MainWindow(None, "Tester", identity, language="en")
    qtbot.addWidget(first)
    open_in_window(first, demo_path)
    assert open_in_window(first, tmp_path / "missing.telaah") is None
    assert len(reported) == 1
    qtbot.waitUntil(lambda: open_windows() == [])


def test_a_file_open_event_opens_the_project(qtbot: QtBot, demo_path: Path) -> None:
    window = MainWindow(None, "Tester", identity, language="en")
    qtbot.addWidget(window)
    handler = handle_file_open_events(window)
    application = QApplication.instance()
    assert application is not None
    try:
        with qtbot.waitSignal(window.project_shown):
            QApplication.sendEvent(application, QFileOpenEvent(str(demo_path)))
        assert window.project is not None and Path(window.project.location) == demo_path
    finally:
        application.removeEventFilter(handler)


def test_the_application_gets_its_icon_and_desktop_entry_name(qapp: QApplication) -> None:
    prepare_application(qapp)
    sizes = {size.width() for size in qapp.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert qapp.desktopFileName() == "org.telaah.Telaah"
