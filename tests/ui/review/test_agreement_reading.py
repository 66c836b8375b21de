"""Agreement a supervisor can read: bands with sources, the note on % vs κ, disagreements by
turn and words, the same count as the command line, exports to .docx and .xlsx."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from app.commands.agreement import result_lines
from app.core.agreement import AgreementResult
from app.core.agreement_coders import resolved_disagreements
from app.core.coders import ensure_coder
from app.core.project import Project
from app.ui.host.change_hub import ChangeHub
from app.ui.review.agreement_view import AgreementView
from tests.ui.conftest import keep_shot
from tests.ui.jobs import finished


def computed(qtbot: QtBot, view: AgreementView) -> AgreementResult | None:
    """Compute as the Compute button does and wait for the result (None: none came)."""
    job = view.compute()
    return view.agreement if job is not None and finished(qtbot, job) else None


@pytest.fixture
def view(qtbot: QtBot, demo_project: Project) -> AgreementView:
    ensure_coder(demo_project, name="Dr. Sari", role="supervisor")
    agreement = AgreementView(demo_project, ChangeHub(), "Dr. Sari", lambda *_span: None)
    qtbot.addWidget(agreement)
    return agreement


def _offered(view: AgreementView) -> list[str]:
    return [view.coders.item(row).data(256) for row in range(view.coders.count())]


def test_bands_with_their_sources_and_the_percent_kappa_note(
        qtbot: QtBot, view: AgreementView) -> None:
    view.unit.setCurrentIndex(view.unit.findData("character"))
    result = computed(qtbot, view)
    assert result is not None
    reading = html.unescape(view.reading.text())
    assert "Landis & Koch 1977" in reading and "Krippendorff 2004" in reading
    assert re.search(r"Cohen's kappa: 0\.\d{3} — (slight|fair|moderate|substantial)", reading)
    assert "neither coder coded" in reading
    explanation = view.explanation.toPlainText()
    assert "Biometrics, 33(1), 159–174" in explanation and "0.667" in explanation
    table = view.tables.widget(0).findChild(type(view.disagreements)).model()
    alpha = table.index(table.rowCount() - 1, table.columnCount() - 1)
    assert "Krippendorff 2004" in alpha.data(3)  # the tooltip names band and source
    keep_shot(view, "agreement_reading.png")


def test_consensus_and_supervisors_without_coding_are_not_offered(
        qtbot: QtBot, view: AgreementView, demo_project: Project) -> None:
    assert _offered(view) == ["Annisa", "Bima"]
    computed(qtbot, view)
    view.pages.setCurrentIndex(1)
    view.disagreements.selectRow(0)
    assert view.resolve("merge")
    again = AgreementView(demo_project, ChangeHub(), "Dr. Sari", lambda *_span: None)
    try:
        assert _offered(again) == ["Annisa", "Bima"]  # not "Konsensus" either
    finally:
        again.deleteLater()


def test_disagreements_say_source_turn_and_words(qtbot: QtBot, view: AgreementView) -> None:
    computed(qtbot, view)
    model = view.disagreement_model
    assert model.rowCount() > 0
    for row in range(min(model.rowCount(), 30)):
        where = model.index(row, 1).data()
        assert re.fullmatch(r"(turn|para\.) \d+", where)
        for column in range(model.columnCount()):
            assert not re.search(r"\d+\s*[–-]\s*\d+\]?", model.index(row, column).data() or "")


def test_after_resolving_the_gui_and_the_command_line_count_alike(
        qtbot: QtBot, view: AgreementView, demo_project: Project) -> None:
    result = computed(qtbot, view)
    assert result is not None
    total = len(result.disagreements)
    view.disagreements.selectRow(0)
    assert view.resolve("merge")
    assert view.pages.tabText(1) == f"Disagreements ({total - 1} open of {total})"
    resolved = resolved_disagreements(demo_project)
    assert len(resolved) == 1
    again = computed(qtbot, view)  # computed afresh: the resolved one is still not listed
    assert again is not None and view.disagreement_model.rowCount() == total - 1
    lines = result_lines(again, str, resolved=resolved)
    assert view.disagreement_count in lines
    assert view.disagreement_count == f"Disagreements: {total} (1 resolved, {total - 1} open)"


def test_consensus_segments_are_not_pending_in_the_review_queue(
        qtbot: QtBot, view: AgreementView, demo_project: Project) -> None:
    from app.core.review import OPEN_STATUSES
    from app.core.review_feedback import review_queue

    before = len(review_queue(demo_project, review_statuses=OPEN_STATUSES))
    computed(qtbot, view)
    view.disagreements.selectRow(0)
    assert view.resolve("keep_both")
    assert len(review_queue(demo_project, review_statuses=OPEN_STATUSES)) == before


def test_the_export_for_the_appendix(qtbot: QtBot, view: AgreementView, tmp_path: Path) -> None:
    view.unit.setCurrentIndex(view.unit.findData("character"))
    assert computed(qtbot, view) is not None
    word, excel = tmp_path / "kesepakatan.docx", tmp_path / "kesepakatan.xlsx"
    assert finished(qtbot, view.export(word)) and str(word) in view.saved_label.text()
    assert finished(qtbot, view.export(excel))
    document = Document(str(word))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Coders: Annisa, Bima" in text and "Unit: character" in text
    assert "Sources compared: I1_kepala_dinas" in text
    assert "Landis, J. R., & Koch, G. G. (1977)" in text and "Krippendorff, K. (2004)" in text
    assert "κ_BP" in text or "P_o" in text  # the formulas
    assert "neither coder coded" in text
    header = [cell.text for cell in document.tables[0].rows[0].cells]
    assert header[:2] == ["Code", "Units"] and "Cohen κ" in header
    bands = [cell.text for cell in document.tables[1].rows[0].cells]
    assert "Band (Landis & Koch 1977)" in bands and "Band (Krippendorff 2004)" in bands
    sheet = load_workbook(str(excel)).active
    values = [cell.value for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert "Intercoder agreement" in values
    assert any(isinstance(value, float) and 0 < value < 1 for value in values)
    assert any(isinstance(value, str) and "Landis & Koch 1977" in value for value in values)
