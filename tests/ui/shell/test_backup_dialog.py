"""Backups (issue 8) and the read-only choice when a project is locked by another session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.project import Project
from app.core.segments import add_segment, list_segments
from app.errors import ProjectLocked
from app.storage.backup import list_backups, take_backup
from app.ui.shell.backup_dialog import BackupDialog, open_backups, project_file
from app.ui.shell.main_window import MainWindow
from app.ui.shell.open_choice import locked_question, open_with_choice
from tests.ui.conftest import identity, keep_shot


@pytest.fixture(autouse=True)
def private_backups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELAAH_BACKUP_DIR", str(tmp_path / "backups"))


# --- open choice ----------------------------------------------------------------------------


def test_a_locked_project_opens_read_only_when_chosen(qtbot: QtBot, demo_path: Path) -> None:
    holder = Project.open(demo_path, exclusive=True)
    asked: list[ProjectLocked] = []
    try:
        def choose_read_only(_parent, locked: ProjectLocked) -> bool:
            asked.append(locked)
            return True

        project = open_with_choice(None, demo_path, ask=choose_read_only)
        assert project is not None and project.read_only
        assert len(asked) == 1 and Path(str(asked[0].path)) == demo_path
        project.close()
        assert open_with_choice(None, demo_path, ask=lambda _parent, _locked: False) is None
    finally:
        holder.close()
    free = open_with_choice(None, demo_path, ask=lambda _parent, _locked: pytest.fail("asked"))
    assert free is not None and not free.read_only
    free.close()


def test_the_real_question_box_names_the_holder(qtbot: QtBot, demo_path: Path) -> None:
    holder = Project.open(demo_path, exclusive=True)
    seen: list[str] = []

    def press_read_only() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_read_only)
            return
        seen.append(box.text())
        keep_shot(box, "open_choice.png")
        button = next(b for b in box.buttons() if b.text() == "Open read-only")
        button.click()

    try:
        QTimer.singleShot(20, press_read_only)
        project = open_with_choice(None, demo_path)
        assert project is not None and project.read_only
        project.close()
    finally:
        holder.close()
    assert seen and demo_path.name in seen[0] and " by " in seen[0]


def test_the_question_text(qtbot: QtBot, demo_path: Path) -> None:
    locked = ProjectLocked(path=demo_path, user="annisa", host="laptop-a", since="09:00")
    box = locked_question(None, locked)
    qtbot.addWidget(box)
    assert "annisa" in box.text() and "laptop-a" in box.text()
    assert [b.text() for b in box.buttons()] == ["Open read-only", "Cancel"]


# --- backups --------------------------------------------------------------------------------


@pytest.fixture
def backed_up(demo_path: Path) -> Iterator[Path]:
    take_backup(demo_path)
    yield demo_path


def test_restoring_closes_restores_and_reopens(qtbot: QtBot, backed_up: Path) -> None:
    before = len(list_segments_of(backed_up))
    project = Project.open(backed_up)
    first = list_segments(project)[0]
    add_segment(project, source_id=first.source_id, code_id=first.code_id,
                coder_id=first.coder_id, start=0, end=5)
    events: list[str] = []
    holder = {"project": project}

    def close_project() -> None:
        events.append("close")
        holder["project"].close()

    def reopen_project(path: Path) -> None:
        events.append("reopen")
        holder["project"] = Project.open(path)

    dialog = BackupDialog(project_file(project), close_project=close_project,
                          reopen_project=reopen_project, confirm=lambda _parent, _backup: True)
    qtbot.addWidget(dialog)
    count = dialog.backups.topLevelItemCount()
    assert count >= 1
    dialog.backups.setCurrentItem(dialog.backups.topLevelItem(count - 1))  # the oldest
    assert dialog.restore_button.isEnabled()
    dialog.show()
    qtbot.waitExposed(dialog)
    keep_shot(dialog, "backup_dialog.png")
    assert dialog.restore_chosen()
    assert events == ["close", "reopen"]
    assert len(list_segments(holder["project"])) == before
    assert "Restored the backup" in dialog.status.text()
    assert "The state before it is kept as backup" in dialog.status.text()
    # plus the safety backup of the state before
    assert dialog.backups.topLevelItemCount() >= count + 1
    holder["project"].close()
    assert len(list_backups(backed_up)) >= count + 1


def list_segments_of(path: Path) -> list:
    with Project.open(path, read_only=True) as project:
        return list_segments(project)


def test_restoring_from_the_main_window_reopens_the_project_there(window: MainWindow) -> None:
    project = window.project
    assert project is not None
    before = len(list_segments(project))
    first = list_segments(project)[0]
    add_segment(project, source_id=first.source_id, code_id=first.code_id,
                coder_id=first.coder_id, start=0, end=5)
    dialog = open_backups(window)
    assert dialog is not None and dialog.backups.topLevelItemCount() >= 1
    oldest = dialog.backups.topLevelItem(dialog.backups.topLevelItemCount() - 1)
    assert dialog.restore(oldest.data(0, Qt.ItemDataRole.UserRole))
    reopened = window.project
    assert reopened is not None and reopened is not project
    assert len(list_segments(reopened)) == before
    assert window.workspace is not None  # the coding view shows the restored project
    dialog.close()


def test_opening_a_damaged_project_offers_its_backups_and_a_restore_opens_it(
        qtbot: QtBot, backed_up: Path) -> None:
    os.truncate(backed_up, backed_up.stat().st_size // 2)
    window = MainWindow(None, "Tester", identity)
    qtbot.addWidget(window)
    questions: list[str] = []

    def press_show_backups() -> None:
        box = next(widget for widget in QApplication.topLevelWidgets()
                   if isinstance(widget, QMessageBox) and widget.isVisible())
        questions.append(box.text())
        box.property("backups_button").click()

    QTimer.singleShot(0, press_show_backups)
    assert not window.open_project(backed_up)
    assert questions == [f"{backed_up.name} is damaged and cannot be opened."]
    dialog = window.backup_offer
    assert dialog is not None and dialog.backups.topLevelItemCount() == 1
    assert dialog.restore(dialog.backups.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole))
    assert window.project is not None and len(list_segments(window.project)) == 429
    assert "The damaged file is kept as" in dialog.status.text()
    assert any(".damaged-" in path.name for path in backed_up.parent.iterdir())
    dialog.close()
    window.close()
