"""The coded-excerpts dialog on the demo: choices, preview sections, export with progress."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from app.core.project import Project
from app.ui.analysis.excerpts_dialog import ExcerptsDialog, check_keys
from app.ui.host.analysis_context import AnalysisContext
from app.ui.host.change_hub import ChangeHub


@pytest.fixture
def dialog(qtbot: QtBot, demo_project: Project) -> Iterator[ExcerptsDialog]:
    context = AnalysisContext(project=demo_project, hub=ChangeHub(), coder_name="Tester",
                              jump_to=lambda *span: None, language="en")
    widget = ExcerptsDialog(context)
    qtbot.addWidget(widget)
    yield widget


def test_the_preview_lists_one_section_per_chosen_code(dialog: ExcerptsDialog) -> None:
    check_keys(dialog.codes, {"Kinerja/Kualitas", "Kinerja/Waktu"})
    document = dialog.preview()
    assert document is not None
    assert [s.subject.path for s in document.sections] == ["Kinerja/Kualitas", "Kinerja/Waktu"]
    html = dialog.preview_view.toPlainText()
    assert "Kinerja/Kualitas" in html and "Kinerja/Waktu" in html
    assert "Informant 1 (I1)" in html
    total = sum(s.excerpt_count for s in document.sections)
    assert dialog.summary.text() == f"2 sections, {total} excerpts"


def test_a_category_brings_its_codes_and_informants_narrow_it(dialog: ExcerptsDialog) -> None:
    check_keys(dialog.codes, {"Kinerja"})
    check_keys(dialog.informants, {"I3"})
    document = dialog.preview()
    assert document is not None and len(document.sections) == 6
    for section in document.sections:
        assert [g.subject.label for g in section.groups] == ["I3"]


def test_grouping_by_informant_and_pseudonymising(dialog: ExcerptsDialog) -> None:
    dialog.group_by.setCurrentIndex(dialog.group_by.findData("informant"))
    dialog.pseudonymise.setChecked(True)
    document = dialog.preview()
    assert document is not None and document.selection.pseudonymised
    assert type(document.sections[0].subject).__name__ == "InformantSubject"


def test_the_export_writes_a_word_document(qtbot: QtBot, dialog: ExcerptsDialog,
                                           tmp_path: Path) -> None:
    check_keys(dialog.codes, {"Kinerja/Kualitas"})
    check_keys(dialog.coders, {"Annisa"})
    target = tmp_path / "kutipan.docx"
    with qtbot.waitSignal(dialog.export_ended, timeout=20000):
        job = dialog.export(target)
    assert job.outcome == "result" and dialog.written is not None
    assert dialog.summary.text().startswith("Written: ")
    document = Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Kinerja/Kualitas" in text and "Kinerja/Waktu" not in text
    assert "(Informant 1, Ratna Kusumawati, Kepala Dinas" in text


def test_an_export_to_another_type_is_an_error(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                               dialog: ExcerptsDialog, tmp_path: Path) -> None:
    shown: list[Exception] = []
    monkeypatch.setattr("app.ui.host.analysis_context.show_error",
                        lambda _parent, error, _translate: shown.append(error))
    with qtbot.waitSignal(dialog.export_ended, timeout=20000):
        job = dialog.export(tmp_path / "kutipan.txt")
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert job.outcome == "error" and dialog.written is None
    assert not (tmp_path / "kutipan.txt").exists()


def test_a_cancelled_export_writes_nothing(qtbot: QtBot, dialog: ExcerptsDialog,
                                          tmp_path: Path) -> None:
    target = tmp_path / "batal.docx"
    with qtbot.waitSignal(dialog.export_ended, timeout=20000):
        job = dialog.export(target)
        progress = dialog.findChildren(QProgressDialog)[-1]
        progress.findChild(QPushButton).click()  # the person presses Cancel
    assert job.outcome == "cancelled" and dialog.written is None
    assert not target.exists()
