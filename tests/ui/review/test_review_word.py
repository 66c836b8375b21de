"""Review › Export for review in Word… and Import review from Word… in the workbench."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.changes import Changes
from app.core.coders import ensure_coder
from app.core.review_exchange import ReviewExport
from app.core.review_exchange_import import ReviewImportReport
from app.core.segments import list_segments
from app.io.docx_review_reader import read_review_document
from app.ui.review.review_word import (
    ExportOptions,
    export_for_review,
    import_from_word,
    import_report_text,
)
from app.ui.shell.main_window import MainWindow
from tests.core.review_word_edits import WordEdits
from tests.ui.conftest import keep_shot
from tests.ui.jobs import finished


def test_export_then_import_from_the_review_menu(qtbot: QtBot, window: MainWindow,
                                                 tmp_path: Path) -> None:
    project, hub = window.project, window.hub
    assert project is not None and hub is not None
    texts = [action.text() for action in window.menu("review", "").actions()]
    assert "Export for review in &Word…" in texts and "&Import review from Word…" in texts
    ensure_coder(project, name="Dr. Sari", role="supervisor")

    options = ExportOptions(project, "Tester", window)
    qtbot.addWidget(options)
    assert options.reviewer.text() == "Dr. Sari"
    options.informant.setCurrentIndex(options.informant.findData("I1"))
    options.coder.setCurrentIndex(options.coder.findData("Bima"))
    keep_shot(options, "review_word_export.png")
    choice = options.choice()
    assert choice.informants == ("I1",) and choice.coders == ("Bima",) and not choice.codes

    exported = tmp_path / "review.docx"
    written: list[ReviewExport] = []
    assert finished(qtbot, export_for_review(window, project, exported, choice,
                                             on_written=written.append))
    result = written[0]
    expected = [s for s in list_segments(project) if s.informant == "I1" and s.coder == "Bima"]
    assert result is not None and result.segments == len(expected) > 0
    marks = {comment.segment_id for comment in read_review_document(exported).comments}
    assert marks == {segment.id for segment in expected}

    edits = WordEdits(exported)
    edits.reply(expected[0].id, "Setuju.")
    back = edits.save(tmp_path / "back.docx")
    heard: list[Changes] = []
    hub.changed.connect(heard.append)
    imported: list[ReviewImportReport] = []
    assert finished(qtbot, import_from_word(window, project, hub, back, "Dr. Sari",
                                            on_imported=imported.append))
    report = imported[0]
    assert report.verdicts == {"accepted": 1}
    assert heard and expected[0].id in heard[-1].segments
    assert "Added 1 review comment(s) (1 with a verdict)" in import_report_text(report)
    status = next(s.review_status for s in list_segments(project) if s.id == expected[0].id)
    assert status == "accepted"
