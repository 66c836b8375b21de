"""The apply-code path, key press to repaint: one write session, no list reloaded.

Counted on the real engine of the open project (SQLAlchemy event listeners) and on the
real item models (model resets), never timed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

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
