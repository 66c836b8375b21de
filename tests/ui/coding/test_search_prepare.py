"""The main window builds the project's search index in the background once the project is
shown (issue 19): the first search finds it ready and shows no progress dialog."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QProgressDialog
from pytestqt.qtbot import QtBot

from app.core.project import Project
from app.core.search import SearchHit
from app.core.search_index import has_search_index, project_search_index
from app.ui.coding.search_panel import open_search
from app.ui.shell.main_window import MainWindow


def test_the_index_is_ready_before_the_first_search(qtbot: QtBot, window: MainWindow) -> None:
    project = window.project
    assert project is not None
    qtbot.waitUntil(lambda: has_search_index(project), timeout=60_000)
    kept = project_search_index(project)

    panel = open_search(window)
    assert panel is not None
    panel.query.setText("kinerdja")
    panel.mode.setCurrentIndex(panel.mode.findData("fuzzy"))
    with qtbot.waitSignal(panel.searched, timeout=60_000) as blocker:
        panel.search()
        assert panel.findChildren(QProgressDialog) == []  # a wait cursor at most
    hits: list[SearchHit] = blocker.args[0]

    assert hits and any("kinerja" in hit.text.lower() for hit in hits)
    assert project_search_index(project) is kept  # the same index, not another one
    panel.close()


def test_showing_another_project_drops_the_index_of_the_closed_one(
        qtbot: QtBot, window: MainWindow, demo_template: Path, tmp_path: Path) -> None:
    first = window.project
    assert first is not None
    qtbot.waitUntil(lambda: has_search_index(first), timeout=60_000)
    copy = tmp_path / "second.telaah"
    shutil.copyfile(demo_template, copy)
    second = Project.open(copy)

    window.show_project(second)

    assert not has_search_index(first)
    qtbot.waitUntil(lambda: has_search_index(second), timeout=60_000)


def test_a_destroyed_window_drops_the_index_of_its_project(
        qtbot: QtBot, demo_path: Path) -> None:
    from shiboken6 import delete

    project = Project.open(demo_path)
    window = MainWindow(project, "Tester", lambda text: text)
    window.show()
    qtbot.waitUntil(lambda: has_search_index(project), timeout=60_000)
    window.close()
    delete(window)  # what WA_DeleteOnClose or the application's end does
    assert not has_search_index(project)
