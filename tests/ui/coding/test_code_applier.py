"""The apply-code path, key press to repaint: one write session, no list reloaded.

Counted on the real engine of the open project (SQLAlchemy event listeners) and on the
real item models (model resets), never timed.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from app.core.codes import list_codes
from app.core.segments import list_segments
from app.core.workbench import in_vivo_name
from app.ui.coding.code_tree import CodeTreeModel
from app.ui.coding.source_tree import SourceTreeModel
from app.ui.shell.main_window import MainWindow
from app.ui.shell.workspace import Workspace


@dataclass
class Traffic:
    """What the database and the list models saw during one action."""

    transactions: list[str] = field(default_factory=list)  # the BEGIN each one opens with
    resets: list[str] = field(default_factory=list)
    changed_rows: list[tuple[str, int]] = field(default_factory=list)

    def clear(self) -> None:
        self.transactions.clear()
        self.resets.clear()
        self.changed_rows.clear()


@pytest.fixture
def traffic(window: MainWindow) -> Iterator[Traffic]:
    workspace = window.workspace
    assert workspace is not None and window.project is not None
    seen = Traffic()
    engine = window.project.engine

    def statement(_conn: object, _cursor: object, text: str, *_rest: object) -> None:
        if text.lstrip().upper().startswith("BEGIN"):
            seen.transactions.append(text.strip())

    event.listen(engine, "before_cursor_execute", statement)
    models = {"codebook": workspace.codebook.model, "sources": workspace.sources.model}
    for name, model in models.items():
        model.modelReset.connect(lambda name=name: seen.resets.append(name))
        model.dataChanged.connect(
            lambda top, _bottom, _roles=(), name=name: seen.changed_rows.append(
                (name, top.internalId())))
    yield seen
    event.remove(engine, "before_cursor_execute", statement)


def settle() -> None:
    """Let every pending event run (the panels' deferred reloads would fire here)."""
    for _ in range(3):
        QCoreApplication.processEvents()


def _ready(window: MainWindow) -> Workspace:
    workspace = window.workspace
    assert workspace is not None
    assert workspace.show_first_interview()
    settle()
    return workspace


def test_one_key_press_is_one_write_session_and_no_reload(
        qtbot: QtBot, window: MainWindow, traffic: Traffic) -> None:
    workspace = _ready(window)
    view = workspace.transcript.view
    source_id = workspace.transcript.source_id
    assert source_id is not None
    key, action = next(iter(workspace.shortcut_actions().items()))
    code = next(c for c in workspace.codebook.codes() if c.shortcut == key)
    for press, (start, end) in enumerate(((10, 30), (40, 60))):
        view.select_span(start, end)
        shown = view.highlight_count()
        code_row = workspace.codebook.index_of_code(code.id, CodeTreeModel.SEGMENTS)
        source_row = workspace.sources.model.index_of(("source", source_id),
                                                      SourceTreeModel.SEGMENTS)
        code_count, source_count = int(code_row.data()), int(source_row.data())
        settle()
        traffic.clear()
        with (qtbot.assertNotEmitted(workspace.codebook.codes_loaded),
              qtbot.assertNotEmitted(workspace.sources.reloaded)):
            action.trigger()
            view.viewport().repaint()
            settle()
        # One session, and it is the write: no read session before or after it (the
        # first press also creates the coder, in the same transaction).
        assert traffic.transactions == ["BEGIN IMMEDIATE"], press
        assert traffic.resets == []  # neither list was rebuilt
        assert ("codebook", code_row.internalId()) in traffic.changed_rows
        assert ("sources", source_row.internalId()) in traffic.changed_rows
        assert int(code_row.data()) == code_count + 1
        assert int(source_row.data()) == source_count + 1
        assert view.highlight_count() == shown + 1
    project = window.project
    assert project is not None
    stored = {(s.start, s.end) for s in list_segments(project, source_id=source_id)
              if s.coder == "Tester"}
    assert stored == {(10, 30), (40, 60)}
    # The counts shown are the stored ones.
    assert next(c for c in list_codes(project) if c.id == code.id).segment_count == \
        int(workspace.codebook.index_of_code(code.id, CodeTreeModel.SEGMENTS).data())


def test_undo_of_an_apply_is_one_session_too(qtbot: QtBot, window: MainWindow,
                                             traffic: Traffic) -> None:
    workspace = _ready(window)
    view = workspace.transcript.view
    view.select_span(10, 30)
    shown = view.highlight_count()
    assert workspace.applier.apply(next(c for c in workspace.codebook.codes() if c.codable))
    settle()
    traffic.clear()
    workspace.history.undo()
    settle()
    assert traffic.transactions == ["BEGIN IMMEDIATE"] and traffic.resets == []
    assert view.highlight_count() == shown


def test_a_rename_changes_one_row_in_place(qtbot: QtBot, window: MainWindow,
                                           traffic: Traffic) -> None:
    workspace = _ready(window)
    code = next(c for c in workspace.codebook.codes() if c.codable and c.parent_id)
    row = workspace.codebook.index_of_code(code.id)
    traffic.clear()
    workspace.codebook_editor.rename(code.id, "Nama lain")
    settle()
    assert traffic.resets == []
    assert [number for name, number in traffic.changed_rows if name == "codebook"] == [
        row.internalId()]
    assert traffic.transactions == ["BEGIN IMMEDIATE"]
    assert workspace.codebook.index_of_code(code.id).data() == "Nama lain"
    assert "Nama lain" in {c.name for c in workspace.codebook.codes()}


def test_in_vivo_from_the_transcript_is_one_step(qtbot: QtBot, window: MainWindow,
                                                 traffic: Traffic) -> None:
    workspace = _ready(window)
    view = workspace.transcript.view
    view.select_span(10, 30)
    codes_before = len(workspace.codebook.codes())
    traffic.clear()
    changes = workspace.code_in_vivo()
    settle()
    assert changes is not None and traffic.transactions == ["BEGIN IMMEDIATE"]
    assert len(workspace.codebook.codes()) == codes_before + 2  # "In vivo" and the code
    last = workspace.applier.last_code
    assert last is not None and last.name == in_vivo_name(view.selected_text())
    assert window.statusBar().currentMessage() == (
        f"New in-vivo code “{last.name}” applied.")
    workspace.history.undo()
    settle()
    assert len(workspace.codebook.codes()) == codes_before
    assert not workspace.codebook.index_of_code(last.id).isValid()


def _app_files_on_stack() -> list[str]:
    """The app/ files with a frame on the Python stack now, outermost first."""
    app = Path(__file__).resolve().parents[3] / "app"
    return list(dict.fromkeys(
        Path(frame.filename).relative_to(app).as_posix()
        for frame in traceback.extract_stack() if frame.filename.startswith(str(app))))


def test_the_path_from_key_press_to_each_panel_is_short(
        qtbot: QtBot, window: MainWindow) -> None:
    """Which files an apply runs through, read from the stack: from the key to the stored
    segment, and from the key to each panel's change (the panels listen side by side)."""
    workspace = _ready(window)
    project = window.project
    assert project is not None
    view = workspace.transcript.view
    key, action = next(iter(workspace.shortcut_actions().items()))
    view.select_span(10, 30)
    settle()
    paths: dict[str, list[str]] = {}

    def statement(_conn: object, _cursor: object, text: str, *_rest: object) -> None:
        if text.lstrip().upper().startswith("INSERT INTO CODED_SEGMENTS"):
            paths["stored"] = _app_files_on_stack()

    event.listen(project.engine, "before_cursor_execute", statement)
    workspace.codebook.model.dataChanged.connect(
        lambda *_: paths.setdefault("codebook", _app_files_on_stack()))
    workspace.sources.model.dataChanged.connect(
        lambda *_: paths.setdefault("sources", _app_files_on_stack()))
    redraw = view.update_segments

    def update_segments(*args: Any, **kwargs: Any) -> Any:
        paths.setdefault("transcript", _app_files_on_stack())
        return redraw(*args, **kwargs)

    view.update_segments = update_segments  # type: ignore[method-assign]  # a spy on one widget
    try:
        action.trigger()
        settle()
    finally:
        event.remove(project.engine, "before_cursor_execute", statement)
    core = ["ui/coding/code_applier.py", "core/workbench.py", "core/undo.py",
            "core/segments.py"]
    assert paths["stored"] == core
    hub = ["ui/coding/code_applier.py", "ui/host/change_hub.py"]
    assert paths["codebook"] == hub + ["ui/coding/codebook_panel.py", "ui/coding/code_tree.py",
                                       "ui/widgets/tree_model.py"]
    assert paths["sources"] == hub + ["ui/coding/source_panel.py", "ui/coding/source_tree.py",
                                      "ui/widgets/tree_model.py"]
    assert paths["transcript"] == hub + ["ui/coding/transcript_panel.py"]
    for panel in ("codebook", "sources", "transcript"):
        assert len(set(paths["stored"]) | set(paths[panel])) <= 8, panel
