"""File › Merge project…: preview first, Merge applies, panels hear of it; Cancel changes
nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.changes import Changes
from app.core.coders import ensure_coder
from app.core.project_copy import copy_project
from app.core.project_merge import MergeReport
from app.core.segments import add_segment, list_segments
from app.ui.exchange.exchange_merge import MergePreview, choose_merge
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import keep_shot


def _copy_with_work(window: MainWindow, tmp_path: Path) -> Path:
    assert window.project is not None
    target = tmp_path / "coder-b.telaah"
    with copy_project(window.project.location, target) as other:
        citra = ensure_coder(other, name="Citra").created
        first = list_segments(other)[0]
        add_segment(other, source_id=first.source_id, code_id=first.code_id, coder_id=citra,
                    start=first.start, end=first.end)
    return target


def _answer(qtbot: QtBot, press_merge: bool, seen: list[str]) -> None:
    """Answer the preview (Merge or Cancel), then close the report box that follows.

    Each call answers exactly one preview (and, after Merge, one report box) and then stops
    polling, so a later call's dialogs are never answered by an earlier one."""
    answered = {"preview": False}

    def step() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, MergePreview) and not answered["preview"]:
            answered["preview"] = True
            seen.append(modal.report.toPlainText())
            keep_shot(modal, "merge_preview.png")
            assert not modal.merge_button.isDefault()
            if not press_merge:
                modal.reject()
                return
            modal.accept()
        elif isinstance(modal, QMessageBox) and answered["preview"]:
            seen.append(modal.text())
            modal.accept()
            return
        QTimer.singleShot(10, step)

    QTimer.singleShot(10, step)


def test_merge_from_the_file_menu_previews_then_merges(qtbot: QtBot, window: MainWindow,
                                                       tmp_path: Path) -> None:
    texts = [action.text() for action in window.menu("file", "").actions()]
    assert "&Merge project…" in texts
    other = _copy_with_work(window, tmp_path)
    assert window.project is not None
    before = len(list_segments(window.project))
    heard: list[Changes] = []
    window.hub.changed.connect(heard.append)

    seen: list[str] = []
    _answer(qtbot, press_merge=False, seen=seen)
    ended: list[MergeReport | None] = []
    choose_merge(window, other, on_end=ended.append)
    qtbot.waitUntil(lambda: bool(ended), timeout=60_000)
    assert ended == [None]
    assert "Dry run" in seen[0] and "coded segments: 1" in seen[0]
    assert len(list_segments(window.project)) == before and not heard

    seen.clear()
    _answer(qtbot, press_merge=True, seen=seen)
    ended.clear()
    choose_merge(window, other, on_end=ended.append)
    qtbot.waitUntil(lambda: bool(ended), timeout=60_000)
    report = ended[0]
    assert report is not None and report.added["segments"] == 1
    assert len(list_segments(window.project)) == before + 1
    assert heard and heard[-1].project
    assert seen[-1].startswith("Merged ")
