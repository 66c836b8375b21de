"""Edit › Undo over a value someone else set since: the window asks, and only Yes replaces
their value (a bare history, with nobody to ask, refuses with the reason as before)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.codes import list_codes
from app.core.project import Project
from app.core.workbench import Workbench
from app.errors import UndoConflict
from app.ui.host.change_hub import ChangeHub
from app.ui.host.edit_history import EditHistory
from app.ui.shell.main_window import MainWindow
from app.ui.widgets.conflict_dialog import overwrite_box
from tests.ui.conftest import identity, keep_shot, show_active


@pytest.mark.parametrize("answer", [True, False])
def test_undo_over_a_later_rename_asks(qtbot: QtBot, demo_path: Path, answer: bool) -> None:
    window = MainWindow(Project.open(demo_path), "Budi", identity)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    workspace, history = window.workspace, window.history
    assert workspace is not None and history is not None
    code = next(c for c in workspace.codebook.codes() if c.codable and c.parent_id)
    workspace.codebook_editor.rename(code.id, "Nama Budi")
    annisa = Workbench(Project.open(demo_path), coder_name="Annisa")
    try:
        annisa.codes.rename(code_id=code.id, new_name="Nama Annisa")
        asked: list[UndoConflict] = []
        history.confirm_overwrite = lambda conflict: asked.append(conflict) or answer
        errors: list[object] = []
        history.failed.connect(errors.append)
        window.actions_by_name["undo"].trigger()
        assert [c.who for c in asked] == ["Annisa"] and errors == []
        name = next(c.name for c in list_codes(annisa.project) if c.id == code.id)
        assert name == (code.name if answer else "Nama Annisa")
        assert (history.stack.redo_name is not None) == answer
    finally:
        annisa.close()
        window.close()


def test_without_anyone_to_ask_undo_refuses(qtbot: QtBot, demo_path: Path) -> None:
    budi = Workbench(Project.open(demo_path), coder_name="Budi")
    annisa = Workbench(Project.open(demo_path), coder_name="Annisa")
    try:
        history = EditHistory(ChangeHub(), workbench=budi)
        code = next(c for c in budi.codes.all() if c.codable and c.parent_id)
        history.run(lambda: budi.codes.rename(code_id=code.id, new_name="Nama Budi",
                                              name="Rename"))
        annisa.codes.rename(code_id=code.id, new_name="Nama Annisa")
        errors: list[object] = []
        history.failed.connect(errors.append)
        assert history.undo() is None
        assert [type(e) for e in errors] == [UndoConflict]
        assert budi.undo_name == "Rename"  # the step stays; nothing changed
        box = overwrite_box(None, errors[0], identity)  # type: ignore[arg-type]
        qtbot.addWidget(box)
        assert "Annisa" in box.text() and "Undo anyway?" in box.informativeText()
        box.show()
        keep_shot(box, "undo-overwrite-question.png")
        box.close()
    finally:
        annisa.close()
        budi.close()
