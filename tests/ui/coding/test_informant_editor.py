"""The informant editor in *Sources and informants* and choosing informants while importing:
real widgets over a real project file, undo through the window's edit history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.core.informants import list_informants
from app.core.sources import import_sources, list_sources
from app.ui.coding.import_dialog import ImportDialog
from app.ui.coding.informant_form import InformantForm
from app.ui.coding.sources_dialog import SourcesDialog
from app.ui.shell import project_actions
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import identity, keep_shot, show_active


@pytest.fixture
def study(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """A new project (not the demo) with two transcripts and no informant."""
    project = project_actions.create_project(tmp_path / "studi.telaah")
    window = MainWindow(project, "Tester", identity)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    for name in ("I7_wawancara", "W3 Bu Sari"):
        (tmp_path / f"{name}.txt").write_text(
            "Pewawancara: Bagaimana pelatihannya?\n\nInforman: Masih jarang, Dek.\n", "utf-8")
    yield window
    window.close()


def open_sources(window: MainWindow) -> SourcesDialog:
    dialog = project_actions.edit_sources(window)
    assert isinstance(dialog, SourcesDialog) and dialog.objectName() == "sourcesDialog"
    return dialog


def informants(window: MainWindow) -> list[tuple[str, str, str, str, int]]:
    assert window.project is not None
    return [(i.label, i.pseudonym, i.role, i.informant_type, i.source_count)
            for i in list_informants(window.project)]


def add_through_the_form(qtbot: QtBot, dialog: SourcesDialog, **values: str) -> None:
    dialog.findChild(QPushButton, "addInformant").click()
    form = dialog.form
    assert isinstance(form, InformantForm) and form.isVisible()
    for name, text in values.items():
        line = form.findChild(QLineEdit, name)
        assert line is not None, name
        qtbot.keyClicks(line, text)
    form.buttons.button(form.buttons.StandardButton.Ok).click()


def test_add_edit_and_remove_informants_with_undo(qtbot: QtBot, study: MainWindow) -> None:
    dialog = open_sources(study)
    add_through_the_form(qtbot, dialog, informantId="I7", informantPseudonym="Bu Sari",
                         informantRole="Guru", informantRealName="Sari Wulandari")
    assert dialog.form is None
    assert informants(study) == [("I7", "Bu Sari", "Guru", "utama", 0)]
    assert dialog.informants.item(0, 3).text() == "Main informant (utama)"
    assert list_informants(study.project)[0].real_name == "Sari Wulandari"  # type: ignore[arg-type]
    dialog.select_informant("I7")
    dialog.findChild(QPushButton, "editInformant").click()
    form = dialog.form
    assert form is not None and form.label.text() == "I7"
    form.fill(role="Kepala Sekolah", informant_type="kunci", attributes="usia=41")
    form.submit()
    assert informants(study) == [("I7", "Bu Sari", "Kepala Sekolah", "kunci", 0)]
    assert study.history is not None
    assert study.history.stack.undo_name == "Edit informant I7"
    study.history.undo()
    assert informants(study) == [("I7", "Bu Sari", "Guru", "utama", 0)]
    study.history.undo()
    assert informants(study) == []
    study.history.redo()
    study.history.redo()
    assert informants(study) == [("I7", "Bu Sari", "Kepala Sekolah", "kunci", 0)]
    dialog.reject()


def test_the_form_keeps_a_bad_informant_open_and_says_why(qtbot: QtBot,
                                                          study: MainWindow) -> None:
    dialog = open_sources(study)
    add_through_the_form(qtbot, dialog, informantId="I1")
    add_through_the_form(qtbot, dialog, informantId="I1")
    form = dialog.form
    assert form is not None and form.isVisible()
    problem = form.findChild(QLabel, "informantFormProblem")
    assert problem is not None and "I1" in problem.text() and "already exists" in problem.text()
    form.fill(label="", attributes="usia")
    form.submit()
    assert "empty" in problem.text()
    form.reject()
    assert [row[0] for row in informants(study)] == ["I1"]


def test_link_a_source_then_remove_its_informant_after_being_asked(
    qtbot: QtBot, study: MainWindow, tmp_path: Path,
) -> None:
    assert study.project is not None
    import_sources(study.project, paths=[tmp_path / "I7_wawancara.txt"])
    dialog = open_sources(study)
    add_through_the_form(qtbot, dialog, informantId="I8", informantPseudonym="Pak Joko")
    dialog.link("I7_wawancara", "I8")  # the suggested new I7 was changed to I8
    assert dialog.save()
    assert informants(study)[-1] == ("I8", "Pak Joko", "", "utama", 1)
    dialog = open_sources(study)
    dialog.select_informant("I8")
    questions: list[str] = []
    dialog.confirm = lambda question: questions.append(question) is not None  # answers No
    dialog.findChild(QPushButton, "removeInformant").click()
    assert questions == ["1 source(s) are linked to I8; remove anyway? They stay, without "
                         "informant. Edit ▸ Undo brings it back."]
    assert "I8" in [row[0] for row in informants(study)]
    dialog.confirm = lambda question: True
    assert dialog.remove_informant()
    assert "I8" not in [row[0] for row in informants(study)]
    assert {s.title: s.informant_label for s in list_sources(study.project)}[
        "I7_wawancara"] is None
    assert dialog.informant_combo(dialog.source_row("I7_wawancara")).currentData() is None
    assert study.history is not None
    study.history.undo()
    assert {s.title: s.informant_label for s in list_sources(study.project)}[
        "I7_wawancara"] == "I8"


def test_import_suggests_informants_and_creates_them(qtbot: QtBot, study: MainWindow,
                                                     tmp_path: Path) -> None:
    assert study.project is not None
    paths = [tmp_path / "I7_wawancara.txt", tmp_path / "W3 Bu Sari.txt"]
    dialog = project_actions.open_import_dialog(study, paths)
    assert isinstance(dialog, ImportDialog) and dialog.objectName() == "importDialog"
    assert [dialog.chosen(0), dialog.chosen(1)] == ["new:I7", "new:I3"]
    assert dialog.informant_combo(1).currentText() == "New: I3 – Bu Sari"
    dialog.table.selectRow(0)
    dialog.findChild(QPushButton, "informantDetails").click()
    form = dialog.form
    assert form is not None and form.label.text() == "I7"
    form.fill(pseudonym="Pak Budi", role="Kepala Bidang", informant_type="kunci")
    form.submit()
    assert dialog.informant_combo(0).currentText() == "New: I7 – Pak Budi"
    keep_shot(dialog, "import-dialog.png")
    with qtbot.waitSignal(dialog.finished):
        dialog.findChild(QPushButton, "importSources").click()
    linked = {s.title: s.informant_label for s in list_sources(study.project)}
    assert linked == {"I7_wawancara": "I7", "W3 Bu Sari": "I3"}
    assert informants(study) == [("I3", "Bu Sari", "", "utama", 1),
                                 ("I7", "Pak Budi", "Kepala Bidang", "kunci", 1)]
    # Importing the same files again: the titles are taken, the dialog stays and says so.
    again = project_actions.open_import_dialog(study, paths)
    assert again is not None
    assert [again.chosen(0), again.chosen(1)] == ["I7", "I3"]  # now existing informants
    again.request_import()

    def problem_shown() -> bool:
        problem = again.findChild(QLabel, "importProblem")
        return problem is not None and "already exists" in problem.text()

    qtbot.waitUntil(problem_shown, timeout=30_000)
    assert again.isVisible()
    assert len(list_sources(study.project)) == 2
    again.reject()


def test_import_creates_a_new_informant_from_the_form(qtbot: QtBot, study: MainWindow,
                                                      tmp_path: Path) -> None:
    notes = tmp_path / "observasi_kantor.txt"
    notes.write_text("Pukul 08.00 pegawai datang.\n", "utf-8")
    dialog = project_actions.open_import_dialog(study, [tmp_path / "W3 Bu Sari.txt", notes])
    assert dialog is not None
    assert dialog.kind_combo(1).currentData() == "observation" and dialog.chosen(1) is None
    dialog.table.selectRow(0)
    dialog.findChild(QPushButton, "newInformant").click()
    assert dialog.form is not None
    dialog.form.fill(label="I9", pseudonym="Bu Sari", role="Guru")
    dialog.form.submit()
    assert dialog.chosen(0) == "new:I9"
    sources, drafts = dialog.plan()
    assert [d.label for d in drafts] == ["I9"]  # the unused suggestion I3 is not created
    with qtbot.waitSignal(dialog.finished):
        dialog.request_import()
    assert informants(study) == [("I9", "Bu Sari", "Guru", "utama", 1)]
    assert {s.title: (s.kind, s.informant_label) for s in list_sources(study.project)} == {
        "W3 Bu Sari": ("interview", "I9"), "observasi_kantor": ("observation", None)}
