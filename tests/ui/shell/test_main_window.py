"""The main window: welcome panel, opening projects, coder label, menus, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QImage, QTextDocument
from PySide6.QtWidgets import QLabel, QMenu
from pytestqt.qtbot import QtBot

from app.core.project import Project
from app.core.project_info import get_project_info
from app.errors import ProjectNotFound
from app.ui.shell import language_switch, main_menus, user_guide
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import identity


@pytest.fixture
def empty_window(qtbot: QtBot) -> MainWindow:
    main_window = MainWindow(None, "Tester", identity)
    qtbot.addWidget(main_window)
    return main_window


def test_without_a_project_the_welcome_panel_is_shown(empty_window: MainWindow) -> None:
    assert empty_window.workspace is None and empty_window.welcome is not None
    assert empty_window.centralWidget() is empty_window.welcome
    texts = " ".join(label.text() for label in empty_window.welcome.findChildren(QLabel))
    assert "Welcome to Telaah" in texts
    assert empty_window.welcome.open_button.text() == "Open project…"
    assert empty_window.windowTitle() == "Telaah"


def test_opening_a_project_shows_the_workspace(empty_window: MainWindow,
                                               demo_path: Path) -> None:
    assert empty_window.open_project(demo_path)
    assert empty_window.workspace is not None
    assert empty_window.centralWidget() is empty_window.tabs
    assert empty_window.tabs is not None and empty_window.tabs.widget(0) is empty_window.workspace
    assert empty_window.tabs.tabText(0) == "1 Coding"
    assert empty_window.project is not None
    title = get_project_info(empty_window.project).title
    assert empty_window.windowTitle() == f"{title} — Telaah"
    assert empty_window.workspace.sources.model.rowCount() == 3


def test_a_project_that_cannot_be_opened_is_reported(
    empty_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    reported: list[object] = []
    monkeypatch.setattr("app.ui.shell.main_window.show_error",
                        lambda _parent, error, _translate: reported.append(error))
    assert not empty_window.open_project(tmp_path / "missing.telaah")
    assert len(reported) == 1 and isinstance(reported[0], ProjectNotFound)
    assert empty_window.welcome is not None


def test_status_bar_names_the_coder_and_the_menus_come_in_order(window: MainWindow) -> None:
    assert window.coder_label.text() == "Coder: Tester"
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:4] == ["&File", "&Edit", "&View", "&Coding"]
    file_menu = window.menu("file", "ignored")
    assert isinstance(file_menu, QMenu)
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts[0] == "&New project…" and "&Open project…" in texts and texts[-1] == "&Quit"


def _accelerator(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand)."""
    plain = text.replace("&&", "")
    return plain[plain.index("&") + 1].lower() if "&" in plain else None


def _clashes(actions: list[QAction]) -> list[str]:
    seen: dict[str, str] = {}
    clashes = []
    for action in actions:
        letter = _accelerator(action.text())
        if letter is None or not action.isVisible():
            continue
        if letter in seen:
            clashes.append(f"{seen[letter]!r} and {action.text()!r}")
        seen[letter] = action.text()
    return clashes


@pytest.mark.parametrize("language", ["en", "id"])
def test_menu_accelerators_are_unique_in_both_languages(qtbot: QtBot, demo_path: Path,
                                                        language: str) -> None:
    language_switch.install_translator(language)
    try:
        window = MainWindow(Project.open(demo_path), "Tester", identity, language=language)
        qtbot.addWidget(window)
        bar = window.menuBar().actions()
        assert len(bar) == 8  # File Edit View Coding Analysis Review Tools Help
        assert _clashes(bar) == []
        for title in bar:
            menu = title.menu()
            assert menu.actions(), f"{title.text()} is empty"
            assert _clashes(menu.actions()) == [], title.text()
        window.close()
    finally:
        language_switch.remove_translator()


def test_quit_closes_the_file_menu_and_project_actions_wait_for_a_project(
        empty_window: MainWindow, window: MainWindow) -> None:
    file_actions = [a for a in window.menu("file", "").actions() if not a.isSeparator()]
    assert file_actions[-1].text() == "&Quit"
    assert "&Export REFI-QDA…" in [a.text() for a in file_actions]
    empty_file = {a.text(): a for a in empty_window.menu("file", "").actions()}
    assert not empty_file["&Export REFI-QDA…"].isEnabled()
    assert empty_file["Im&port REFI-QDA…"].isEnabled()
    assert not empty_file["&Backups…"].isEnabled()
    assert {a.text(): a for a in window.menu("file", "").actions()}["&Backups…"].isEnabled()


def test_help_shows_the_guide_in_the_window_language(window: MainWindow) -> None:
    guide = user_guide.show_guide(window)
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "Telaah user guide" in text and "coding view" in text.lower()
    guide.close()
    window.language = "id"
    guide = user_guide.show_guide(window)
    assert guide is not None and "Panduan" in guide.browser.toPlainText()
    guide.close()


def test_the_guide_scales_its_screenshots_to_the_page(window: MainWindow) -> None:
    guide = user_guide.show_guide(window)
    assert guide is not None
    document = guide.browser.document()
    image = document.resource(QTextDocument.ResourceType.ImageResource.value,
                              QUrl("images/coding-view.en.png"))
    assert isinstance(image, QImage) and not image.isNull()
    assert image.width() <= guide.browser.viewport().width()
    guide.close()


def test_a_recent_team_project_asks_for_its_password_again(
        monkeypatch: pytest.MonkeyPatch, empty_window: MainWindow) -> None:
    remembered = "postgresql://annisa:***@db.example:5432/skripsi"
    assert "secret" not in remembered
    opened: list[str] = []
    monkeypatch.setattr(empty_window, "open_project", lambda where: opened.append(where) or True)
    monkeypatch.setattr(main_menus.QInputDialog, "getText",
                        lambda *_args, **_kwargs: ("s3cr@t/x", True))
    assert main_menus.open_recent(empty_window, remembered)
    assert opened == ["postgresql://annisa:s3cr%40t%2Fx@db.example:5432/skripsi"]
    monkeypatch.setattr(main_menus.QInputDialog, "getText", lambda *_a, **_k: ("", False))
    assert not main_menus.open_recent(empty_window, remembered)  # cancelled: nothing opened
    assert len(opened) == 1
    assert main_menus.open_recent(empty_window, "/tmp/x.telaah") and opened[-1] == "/tmp/x.telaah"
