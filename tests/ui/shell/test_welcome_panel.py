"""The start screen: New project, Open, the demo study, the user guide, recent projects."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.resources import demo_location
from app.ui.shell.main_window import MainWindow
from app.ui.shell.user_guide import GuideDialog
from app.ui.shell.welcome_panel import WelcomePanel
from app.ui.widgets.settings import remember_project, user_settings
from tests.ui.conftest import identity


@pytest.fixture
def empty_window(qtbot: QtBot) -> MainWindow:
    user_settings().remove("recent/projects")  # other tests opened projects before
    window = MainWindow(None, "Tester", identity, language="en")
    qtbot.addWidget(window)
    return window


def test_the_welcome_screen_offers_four_ways_to_start(empty_window: MainWindow) -> None:
    welcome = empty_window.welcome
    assert isinstance(welcome, WelcomePanel)
    texts = [button.text() for button in (welcome.new_button, welcome.open_button,
                                          welcome.demo_button, welcome.guide_button)]
    assert texts == ["New project…", "Open project…", "Open the demo study", "User guide"]
    assert welcome.no_recent.isVisibleTo(welcome) and not welcome.recent.isVisibleTo(welcome)


def test_the_demo_button_builds_and_opens_the_demo_study(
        qtbot: QtBot, empty_window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert empty_window.welcome is not None
    with qtbot.waitSignal(empty_window.project_shown, timeout=60_000):
        empty_window.welcome.demo_button.click()
    assert empty_window.project is not None
    assert Path(empty_window.project.location) == demo_location()
    assert demo_location().is_relative_to(tmp_path)


def test_the_guide_button_opens_the_user_guide(empty_window: MainWindow) -> None:
    assert empty_window.welcome is not None
    empty_window.welcome.guide_button.click()
    guides = [dialog for dialog in empty_window.findChildren(GuideDialog) if dialog.isVisible()]
    assert len(guides) == 1 and "Telaah user guide" in guides[0].browser.toPlainText()
    guides[0].close()


def test_recent_projects_are_listed_and_open_on_activation(
        qtbot: QtBot, demo_path: Path) -> None:
    remember_project(str(demo_path))
    window = MainWindow(None, "Tester", identity, language="en")
    qtbot.addWidget(window)
    welcome = window.welcome
    assert welcome is not None and welcome.recent.isVisibleTo(welcome)
    assert welcome.recent.item(0).text() == str(demo_path)
    with qtbot.waitSignal(window.project_shown):
        welcome.recent.itemActivated.emit(welcome.recent.item(0))
    assert window.project is not None and Path(window.project.location) == demo_path
    window.close()
