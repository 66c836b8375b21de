"""Issue 24: two real workbench windows on one PostgreSQL project show each other's renames
within the poll interval (the change feed, woken by LISTEN/NOTIFY), and an idle window
asks the server almost nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from app.core.change_watch import current_mark, poll_changes
from app.core.codes import CodeView, list_codes
from app.core.project import Project
from app.core.project_copy import copy_project
from app.ui.shell.main_window import POLL_INTERVAL_MS, MainWindow
from tests.ui.conftest import identity, show_active

MINUTE_OF_POLLS = 60_000 // POLL_INTERVAL_MS


@pytest.fixture
def shared(postgres_url: str, demo_template: Path) -> str:
    copy_project(demo_template, postgres_url).close()
    return postgres_url


def open_window(qtbot: QtBot, location: str, coder: str) -> MainWindow:
    window = MainWindow(Project.open(location), coder, identity)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    return window


@pytest.fixture
def windows(qtbot: QtBot, shared: str) -> Iterator[tuple[MainWindow, MainWindow]]:
    annisa, budi = open_window(qtbot, shared, "Annisa"), open_window(qtbot, shared, "Budi")
    assert annisa.poll_timer.isActive() and budi.poll_timer.isActive()
    yield annisa, budi
    annisa.close()
    budi.close()


def shown_name(window: MainWindow, code_id: int) -> str:
    assert window.workspace is not None
    panel = window.workspace.codebook_editor._panel  # noqa: SLF001 - the panel it edits
    return next(c.name for c in panel.codes() if c.id == code_id)


def a_code(window: MainWindow) -> CodeView:
    assert window.project is not None
    return next(c for c in list_codes(window.project) if c.codable and c.parent_id)


def test_each_window_shows_the_others_rename_within_the_poll_interval(
        qtbot: QtBot, windows: tuple[MainWindow, MainWindow]) -> None:
    annisa, budi = windows
    code = a_code(annisa)
    assert annisa.workspace is not None and budi.workspace is not None
    annisa.workspace.codebook_editor.rename(code.id, "Ketepatan (Annisa)")
    qtbot.waitUntil(lambda: shown_name(budi, code.id) == "Ketepatan (Annisa)",
                    timeout=POLL_INTERVAL_MS + 1500)
    budi.workspace.codebook_editor.rename(code.id, "Ketepatan (Budi)")
    qtbot.waitUntil(lambda: shown_name(annisa, code.id) == "Ketepatan (Budi)",
                    timeout=POLL_INTERVAL_MS + 1500)


def test_an_idle_window_sends_almost_no_statements(
        windows: tuple[MainWindow, MainWindow]) -> None:
    annisa, _budi = windows
    project = annisa.project
    assert project is not None
    statements: list[str] = []

    def counted(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        statements.append(statement)

    mark = current_mark(project)  # listening, as the window's own mark
    start = mark.checked_at
    event.listen(project.engine, "before_cursor_execute", counted)
    try:
        for poll in range(1, MINUTE_OF_POLLS + 1):  # one idle minute at the window's pace
            changes, mark = poll_changes(project, since=mark,
                                         now=start + poll * POLL_INTERVAL_MS / 1000)
            assert changes.empty
    finally:
        event.remove(project.engine, "before_cursor_execute", counted)
        assert mark.listener is not None
        mark.listener.close()
    assert len(statements) == 1, statements  # the once-a-minute safety poll only
    assert "change_log" in statements[0] and "seq >" in statements[0]
