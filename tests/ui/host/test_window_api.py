"""The main window's API for other features: menus, stage tabs, project_shown, jump_to."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.core.change_watch import current_mark
from app.core.coders import ensure_coder
from app.core.codes import list_codes
from app.core.project import Project
from app.core.segments import add_segment
from app.core.sources import list_sources
from app.ui.shell import extensions
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import identity


def test_menus_by_key_are_created_once_in_stage_order(window: MainWindow) -> None:
    review = window.menu("review", "&Review")
    analysis = window.menu("analysis", "&Analysis")
    assert window.menu("review", "other title") is review
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles.index("&Analysis") < titles.index("&Review")
    assert titles.index("&Coding") < titles.index("&Analysis")
    assert analysis.title() == "&Analysis"
    tools = window.menu("tools", "&Tools")
    help_menu = window.menu("help", "&Help")
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[-2:] == [tools.title(), help_menu.title()]


def test_extensions_run_once_and_see_every_shown_project(
    qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[object] = []

    def install(window: MainWindow) -> None:
        assert window.menu("file", "x") is not None  # menus exist already

        def shown(project: Project | None) -> None:
            seen.append(project)
            assert window.hub is not None and window.workspace is not None
            window.add_stage_tab("2 Next", QLabel("stage two"))

        window.project_shown.connect(shown)

    monkeypatch.setattr(extensions, "EXTENSIONS", [install])
    main_window = MainWindow(Project.open(demo_path), "Tester", identity)
    qtbot.addWidget(main_window)
    assert len(seen) == 1 and seen[0] is main_window.project
    assert main_window.tabs is not None and main_window.tabs.count() == 2
    assert main_window.tabs.tabText(1) == "2 Next"
    assert main_window.coder_name == "Tester"
    main_window.close()


def test_jump_to_selects_the_coding_tab_source_and_span(window: MainWindow) -> None:
    assert window.project is not None and window.tabs is not None
    window.add_stage_tab("Other", QLabel("x"))
    window.tabs.setCurrentIndex(1)
    source = list_sources(window.project)[2]
    window.jump_to(source.id, 10, 30)
    assert window.tabs.currentIndex() == 0
    assert window.workspace is not None
    assert window.workspace.transcript.source_id == source.id
    assert window.workspace.transcript.view.selected_span() == (10, 30)


def test_poll_publishes_what_another_process_changed(window: MainWindow, demo_path: Path,
                                                     qtbot: QtBot) -> None:
    assert window.hub is not None and window.project is not None
    assert current_mark(window.project) is not None
    with Project.open(demo_path) as other:
        coder = ensure_coder(other, name="Someone").created
        code = next(c for c in list_codes(other) if c.codable)
        source = list_sources(other)[0]
        assert coder is not None
        add_segment(other, source_id=source.id, code_id=code.id, coder_id=coder,
                    start=0, end=4)
    with qtbot.waitSignal(window.hub.changed, timeout=2000) as blocker:
        window.poll_now()
    assert blocker.args[0].segments
