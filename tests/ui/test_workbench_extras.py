"""Language switching, sources and informants editing, cancellable import, new project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QPushButton
from pytestqt.qtbot import QtBot

from app.core.codes import list_codes
from app.core.project import Project
from app.core.sources import list_sources
from app.ui.coding.sources_dialog import SourcesDialog, parse_attributes
from app.ui.shell import language_switch
from app.ui.shell.main_window import MainWindow
from app.ui.shell.project_actions import create_project, import_paths
from app.ui.widgets.settings import stored_language


def test_switching_language_rebuilds_the_window_in_indonesian(window: MainWindow) -> None:
    project = window.project
    try:
        rebuilt = language_switch.switch_language(window, "id")
        assert rebuilt is not window and rebuilt.project is project
        assert rebuilt.coder_label.text() == "Pengode: Tester"  # the Indonesian catalogue
        assert rebuilt.tabs is not None
        assert QCoreApplication.translate("MainWindow", "1 Coding") == rebuilt.tabs.tabText(0)
        assert stored_language() == "id"
        back = language_switch.switch_language(rebuilt, "en")
        assert [a.text() for a in back.menuBar().actions()][0] == "&File"
        assert back.coder_label.text() == "Coder: Tester"
        back.close()
    finally:
        language_switch.remove_translator()


def test_sources_and_informants_are_edited_in_the_dialog(window: MainWindow) -> None:
    assert window.project is not None and window.hub is not None
    dialog = SourcesDialog(window.project, window.hub, lambda error: None, window)
    source_id = list_sources(window.project)[0].id
    dialog.sources.item(0, 2).setText("2024-01-31")
    kinds = dialog.sources.cellWidget(0, 1)
    assert isinstance(kinds, QComboBox)
    kinds.setCurrentIndex(1)
    with_changes: list[object] = []
    window.hub.changed.connect(with_changes.append)
    assert dialog.save()
    first = next(s for s in list_sources(window.project) if s.id == source_id)
    assert first.source_date is not None and first.source_date.isoformat() == "2024-01-31"
    assert first.kind == "observation"
    assert with_changes
    assert parse_attributes("") == {}
    assert parse_attributes("usia=45; jabatan=kepala") == {"usia": 45, "jabatan": "kepala"}


def test_a_cancelled_import_changes_nothing(qtbot: QtBot, window: MainWindow,
                                            tmp_path: Path) -> None:
    files = []
    for number in range(3):
        path = tmp_path / f"wawancara_{number}.txt"
        path.write_text("Informan: Ya.\n", encoding="utf-8")
        files.append(path)
    assert window.project is not None
    before = len(list_sources(window.project))
    job = import_paths(window, files)
    assert job is not None and job.progress_dialog is not None
    cancel = job.progress_dialog.findChild(QPushButton)
    assert cancel is not None
    cancel.click()  # the dialog's Cancel, before the work began
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    assert job.outcome == "cancelled"
    assert "cancelled" in window.statusBar().currentMessage()
    assert len(list_sources(window.project)) == before
    job = import_paths(window, files)
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    assert job.outcome == "result"
    assert len(list_sources(window.project)) == before + 3
    assert "3 sources imported" in window.statusBar().currentMessage()


def test_a_new_project_starts_with_the_kasmir_codebook(tmp_path: Path, qtbot: QtBot) -> None:
    project = create_project(tmp_path / "baru.telaah")
    try:
        names = [code.name for code in list_codes(project)]
        assert "Kinerja" in names and "Kualitas" in names
    finally:
        project.close()
    assert Project.open(tmp_path / "baru.telaah").location.endswith("baru.telaah")
