"""Issue 24 through the codebook editor's own dialog, on SQLite and PostgreSQL: the
"Edit name and definition" dialog sends only what its user changed, and a field someone
else changed meanwhile is a conflict the user resolves (keep mine, keep theirs, edit)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from app.core.codes import CodeView
from app.core.project import Project
from app.core.project_copy import copy_project
from app.core.workbench import Workbench
from app.errors import EditConflict
from app.ui.coding.codebook_editor import CodebookEditor, CodeDialog
from app.ui.shell.main_window import MainWindow
from app.ui.widgets.conflict_dialog import EDIT, KEEP_MINE, KEEP_THEIRS, conflict_box
from tests.ui.conftest import identity, show_active


@pytest.fixture
def location(project_location: str, demo_template: Path) -> str:
    if project_location.endswith(".telaah"):
        shutil.copyfile(demo_template, project_location)
    else:
        copy_project(demo_template, project_location).close()
    return project_location


@pytest.fixture
def budi(qtbot: QtBot, location: str) -> Iterator[MainWindow]:
    window = MainWindow(Project.open(location), "Budi", identity)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    yield window
    window.close()


@pytest.fixture
def annisa(location: str) -> Iterator[Workbench]:
    bench = Workbench(Project.open(location), coder_name="Annisa")
    yield bench
    bench.close()


def editor_of(window: MainWindow) -> CodebookEditor:
    assert window.workspace is not None
    return window.workspace.codebook_editor


def a_code(bench: Workbench) -> CodeView:
    return next(c for c in bench.codes.all() if c.codable and c.parent_id)


def test_the_dialog_sends_only_what_its_user_changed(
        qtbot: QtBot, budi: MainWindow, annisa: Workbench) -> None:
    code = a_code(annisa)
    dialog = CodeDialog(code)  # Budi opens "Edit name and definition…"
    qtbot.addWidget(dialog)
    annisa.codes.rename(code_id=code.id, new_name="Ketepatan (Annisa)")
    annisa.codes.document(code_id=code.id, values={"definition": "definisi Annisa"})
    dialog.texts["example"].setPlainText("contoh Budi")  # Budi changes only the example
    editor_of(budi).document(code.id, dialog.name.text(), dialog.values(), dialog.loaded)
    now = annisa.codes.get(code.id)
    assert now is not None
    assert (now.name, now.definition, now.example) == (
        "Ketepatan (Annisa)", "definisi Annisa", "contoh Budi")


@pytest.mark.parametrize("answer", [KEEP_MINE, KEEP_THEIRS])
def test_a_rename_over_anothers_rename_asks(
        qtbot: QtBot, budi: MainWindow, annisa: Workbench, answer: str) -> None:
    code = a_code(annisa)
    dialog = CodeDialog(code)
    qtbot.addWidget(dialog)
    annisa.codes.rename(code_id=code.id, new_name="Nama Annisa")
    dialog.name.setText("Nama Budi")
    dialog.texts["inclusion"].setPlainText("pakai bila Budi")
    asked: list[EditConflict] = []
    editor = editor_of(budi)
    editor.resolve = lambda _parent, conflict: asked.append(conflict) or answer
    editor.document(code.id, dialog.name.text(), dialog.values(), dialog.loaded)
    [conflict] = asked
    assert (conflict.who, conflict.theirs, conflict.mine) == ("Annisa", "Nama Annisa",
                                                              "Nama Budi")
    now = annisa.codes.get(code.id)
    assert now is not None and now.inclusion == "pakai bila Budi"
    assert now.name == ("Nama Budi" if answer == KEEP_MINE else "Nama Annisa")


def test_edit_shows_theirs_with_mine_put_back(
        qtbot: QtBot, budi: MainWindow, annisa: Workbench) -> None:
    code = a_code(annisa)
    dialog = CodeDialog(code)
    qtbot.addWidget(dialog)
    annisa.codes.document(code_id=code.id, values={"definition": "definisi Annisa"},
                          expected={"definition": code.definition})
    dialog.texts["definition"].setPlainText("definisi Budi")
    editor = editor_of(budi)
    answers = [EDIT]  # once: a second conflict would be cancelled, not asked again
    editor.resolve = lambda _parent, _conflict: answers.pop() if answers else None
    seen: list[tuple[str, str]] = []

    def merge_by_hand() -> None:
        again = QApplication.activeModalWidget()
        if not isinstance(again, CodeDialog):  # not shown yet: look again shortly
            QTimer.singleShot(10, merge_by_hand)
            return
        seen.append((again.loaded.definition, again.texts["definition"].toPlainText()))
        again.texts["definition"].setPlainText("definisi Annisa dan Budi")
        again.accept()

    QTimer.singleShot(0, merge_by_hand)
    editor.document(code.id, dialog.name.text(), dialog.values(), dialog.loaded)
    assert seen == [("definisi Annisa", "definisi Budi")]  # theirs loaded, mine shown
    assert annisa.codes.get(code.id).definition == "definisi Annisa dan Budi"  # type: ignore[union-attr]


def test_the_conflict_dialog_names_who_when_theirs_and_mine(
        qtbot: QtBot, annisa: Workbench, location: str, tmp_path: Path) -> None:
    code = a_code(annisa)
    budi = Workbench(Project.open(location), coder_name="Budi")
    try:
        annisa.codes.rename(code_id=code.id, new_name="Nama Annisa", expected=code.name)
        with pytest.raises(EditConflict) as caught:
            budi.codes.rename(code_id=code.id, new_name="Nama Budi", expected=code.name)
    finally:
        budi.close()
    box = conflict_box(None, caught.value, identity)
    qtbot.addWidget(box)
    text = box.text()
    assert "Annisa" in text and "Nama Annisa" in text and "Nama Budi" in text
    assert "Kinerja/Nama Annisa" in text and " UTC" in text  # the code as it is now
    labels = {b.objectName(): b.text() for b in box.findChildren(QPushButton)}
    assert {KEEP_MINE, KEEP_THEIRS, EDIT} <= set(labels)
    box.show()
    qtbot.waitExposed(box)
    box.grab().save(str(tmp_path / "conflict.png"))
