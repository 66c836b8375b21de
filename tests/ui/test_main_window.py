"""The main window: welcome panel, opening projects, coder label, menus, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMenu
from pytestqt.qtbot import QtBot

from app.core.project_info import get_project_info
from app.errors import ProjectNotFound
from app.ui.main_window import MainWindow
from tests.ui.conftest import identity


@pytest.fixture
def empty_window(qtbot: QtBot) -> MainWindow:
    main_window = MainWindow(None, "Tester", identity)
    qtbot.addWidget(main_window)
    return main_window


def test_without_a_project_the_welcome_panel_explains_the_demo(empty_window: MainWindow) -> None:
    assert empty_window.workspace is None and empty_window.welcome is not None
    assert empty_window.centralWidget() is empty_window.welcome
    texts = " ".join(label.text() for label in empty_window.welcome.findChildren(QLabel))
    assert "telaah demo demo.telaah" in texts
    assert empty_window.welcome.open_button.text() == "Open project…"
    assert empty_window.windowTitle() == "Telaah"


def test_opening_a_project_shows_the_workspace(empty_window: MainWindow,
                                               demo_path: Path) -> None:
    assert empty_window.open_project(demo_path)
    assert empty_window.workspace is not None
    assert empty_window.centralWidget() is empty_window.workspace
    assert empty_window.project is not None
    title = get_project_info(empty_window.project).title
    assert empty_window.windowTitle() == f"{title} — Telaah"
    assert empty_window.workspace.sources.model.rowCount() == 3


def test_a_project_that_cannot_be_opened_is_reported(
    empty_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    reported: list[object] = []
    monkeypatch.setattr("app.ui.main_window.show_error",
                        lambda _parent, error, _translate: reported.append(error))
    assert not empty_window.open_project(tmp_path / "missing.telaah")
    assert len(reported) == 1 and isinstance(reported[0], ProjectNotFound)
    assert empty_window.welcome is not None


def test_status_bar_names_the_coder_and_file_menu_offers_open_and_quit(
    window: MainWindow,
) -> None:
    assert window.coder_label.text() == "Coder: Tester"
    (file_menu,) = [action.menu() for action in window.menuBar().actions()]
    assert isinstance(file_menu, QMenu)
    assert [a.text() for a in file_menu.actions() if not a.isSeparator()] == [
        "&Open project…", "&Quit"]
