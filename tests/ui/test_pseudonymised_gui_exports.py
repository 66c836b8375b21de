"""Every GUI export that quotes transcripts has the pseudonymise box; ticked, the file
leaks nothing and a message box lists what was replaced (issue 17)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.cli import main
from app.core.project import Project
from app.ui.analysis.conclusion_tab import ConclusionTab
from app.ui.analysis.excerpts_dialog import ExcerptsDialog, check_keys
from app.ui.analysis.triangulation_view import TriangulationView
from app.ui.host.analysis_context import AnalysisContext
from app.ui.host.change_hub import ChangeHub
from app.ui.review.review_panel import ReviewPanel
from tests.ui.jobs import finished

LEAKY = ("Informan 4: Waktu itu FAJAR dan Rudi_Hartono datang, NIK 3171012345670001, "
         "surel rudi.hartono@gmail.com, WA +62 812 3456 7890.")
LEAKS = ("FAJAR", "Rudi_Hartono", "3171012345670001", "rudi.hartono@gmail.com",
         "+62 812 3456 7890")
# The demo's informants' names, which citations and headers show.
NAMES = ("Ratna Kusumawati", "Yuliana Marpaung", "Bambang Sutrisno", "Fajar Nugroho",
         "Siti Aminah", "Rudi Hartono")


def _docx_text(path: Path) -> str:
    document = Document(str(path))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


@pytest.fixture
def leaky(demo_path: Path, tmp_path: Path) -> Path:
    transcript = tmp_path / "bocor.txt"
    transcript.write_text("Pewawancara: Siapa?\n" + LEAKY + "\n", encoding="utf-8")
    start = len("Pewawancara: Siapa?\n")
    project = str(demo_path)
    for arguments in (
        ["import", project, str(transcript), "--informant", "I4"],
        ["code", project, "--source", "bocor", "--start", str(start), "--end",
         str(start + len(LEAKY)), "--code", "Kualitas", "--coder", "Annisa"],
        ["coders", project, "--add", "Dosen", "--role", "supervisor"],
    ):
        assert main(["--lang", "en", *arguments]) == 0
    return demo_path


@pytest.fixture
def context(leaky: Path) -> Iterator[AnalysisContext]:
    project = Project.open(leaky)
    yield AnalysisContext(project=project, hub=ChangeHub(), coder_name="Tester",
                          jump_to=lambda *span: None, language="en")
    project.close()


def _check(plain: Path, masked: Path, box: QMessageBox | None) -> None:
    """What the plain export shows is absent from the masked one, and listed in the box."""
    shown = [leak for leak in (*LEAKS, *NAMES) if leak in _docx_text(plain)]
    assert shown, "the plain export shows nothing to mask: the test could not fail"
    text = _docx_text(masked)
    assert [leak for leak in (*LEAKS, *NAMES) if leak in text] == []
    assert box is not None and box.isVisible()
    listed = box.detailedText()
    assert [leak for leak in shown if f"{leak} → " not in listed] == []
    assert "not in the file" in box.text()
    box.close()


def test_excerpts_dialog(qtbot: QtBot, context: AnalysisContext, tmp_path: Path) -> None:
    dialog = ExcerptsDialog(context)
    qtbot.addWidget(dialog)
    check_keys(dialog.codes, {"Kinerja/Kualitas"})
    plain, masked = tmp_path / "plain.docx", tmp_path / "masked.docx"
    for target in (plain, masked):
        dialog.pseudonymise.setChecked(target is masked)
        with qtbot.waitSignal(dialog.export_ended, timeout=20000):
            job = dialog.export(target)
        assert job.outcome == "result"
    assert "FAJAR" in _docx_text(plain)
    _check(plain, masked, dialog.replacements_box)


def test_triangulation_view(qtbot: QtBot, context: AnalysisContext, tmp_path: Path) -> None:
    view = TriangulationView(context)
    qtbot.addWidget(view)
    view.reload()
    plain, masked = tmp_path / "plain.docx", tmp_path / "masked.docx"
    assert finished(qtbot, view.export(plain)) and view.replacements_box is None
    view.pseudonymise.setChecked(True)
    assert finished(qtbot, view.export(masked))
    _check(plain, masked, view.replacements_box)


def test_conclusion_report(qtbot: QtBot, context: AnalysisContext, tmp_path: Path) -> None:
    tab = ConclusionTab(context)
    qtbot.addWidget(tab)
    plain, masked = tmp_path / "plain.docx", tmp_path / "masked.docx"
    assert finished(qtbot, tab.write_report(plain)) and tab.replacements_box is None
    tab.pseudonymise.setChecked(True)
    assert finished(qtbot, tab.write_report(masked))
    _check(plain, masked, tab.replacements_box)


def test_review_summary(qtbot: QtBot, context: AnalysisContext, tmp_path: Path) -> None:
    from app.core.lookup import find_coder
    from app.core.review import comment_on_segment
    from app.core.segments import list_segments

    project = context.project
    segment = next(s for s in list_segments(project) if s.source == "bocor")
    with project.reading() as session:
        author = find_coder(session, "Dosen").id
    comment_on_segment(project, segment_id=segment.id, author_id=author,
                       body="Kata FAJAR, NIK 3171012345670001: cek lagi.")
    panel = ReviewPanel(project, ChangeHub(), "Dosen", lambda *span: None)
    qtbot.addWidget(panel)
    plain, masked = tmp_path / "plain.docx", tmp_path / "masked.docx"
    assert finished(qtbot, panel.export_summary(plain)) and panel.replacements_box is None
    panel.pseudonymise.setChecked(True)
    assert finished(qtbot, panel.export_summary(masked))
    assert "FAJAR" in _docx_text(plain)
    _check(plain, masked, panel.replacements_box)
