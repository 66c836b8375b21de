"""The codebook editor edits a code group's verdict scale on its top-level code, undoably."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from app.core.codes import CodeView, list_codes
from app.core.conclusions import conclusions_for_codes
from app.core.project import Project
from app.ui.coding.codebook_editor import CodeDialog
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import identity, show_active


@pytest.fixture
def bench(qtbot: QtBot, demo_path: Path) -> Iterator[MainWindow]:
    window = MainWindow(Project.open(demo_path), "Tester", identity)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    yield window
    window.close()


def _code(project: Project, name: str) -> CodeView:
    return next(c for c in list_codes(project) if c.name == name)


def test_a_top_level_code_shows_its_groups_scale_and_rule(qtbot: QtBot,
                                                         demo_project: Project) -> None:
    dialog = CodeDialog(_code(demo_project, "Hambatan"))
    qtbot.addWidget(dialog)
    scale = dialog.findChild(QLineEdit, "verdictScale")
    rule = dialog.findChild(QLabel, "verdictRule")
    assert scale is not None and rule is not None
    assert scale.text() == ("terkonfirmasi kuat | terkonfirmasi sebagian | satu suara | "
                            "tidak terkonfirmasi")
    assert rule.text().startswith("Confirmation rule")
    # A code below the top level has no scale of its own.
    child = CodeDialog(_code(demo_project, "Minim Diklat"))
    qtbot.addWidget(child)
    assert child.findChild(QLineEdit, "verdictScale") is None


def test_editing_the_scale_changes_the_groups_conclusions_and_undoes(
        bench: MainWindow, qtbot: QtBot) -> None:
    project = bench.project
    assert project is not None and bench.workspace is not None
    editor = bench.workspace.codebook_editor
    upaya = _code(project, "Upaya")
    dialog = CodeDialog(upaya)
    qtbot.addWidget(dialog)
    dialog.scale.setText("dijalankan | sebagian | rencana | tidak ada")  # type: ignore[union-attr]
    editor.document(upaya.id, upaya.name, dialog.values())

    assert _code(project, "Upaya").verdict_scale == ("dijalankan", "sebagian", "rencana",
                                                     "tidak ada")
    efforts = conclusions_for_codes(project, group="effort")
    assert all(view.scale[0] == "dijalankan" for view in efforts)
    training = next(v for v in efforts if v.target == "Upaya/Pelatihan")
    assert training.suggestion is not None and training.suggestion.verdict == "sebagian"
    # Indicators keep their own scale.
    assert conclusions_for_codes(project)[0].scale[0] == "baik"

    bench.actions_by_name["undo"].trigger()
    assert _code(project, "Upaya").verdict_scale[0] == "terlaksana"
