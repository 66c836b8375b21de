"""Stage 4 on the demo: verdicts beside suggestions, override reasons, evidence, report."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.core.conclusions import conclusions_for_codes
from app.core.project import Project
from app.errors import OverrideReasonRequired
from app.ui.analysis.conclusion_tab import ConclusionTab
from app.ui.host.analysis_context import AnalysisContext
from app.ui.host.change_hub import ChangeHub
from tests.ui.jobs import finished


@pytest.fixture
def context(demo_project: Project) -> AnalysisContext:
    return AnalysisContext(project=demo_project, hub=ChangeHub(), coder_name="Tester",
                           jump_to=lambda *span: None, language="id")


@pytest.fixture
def tab(qtbot: QtBot, context: AnalysisContext) -> Iterator[ConclusionTab]:
    widget = ConclusionTab(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    with qtbot.waitExposed(widget):
        widget.show()  # a stage tab loads when it is first shown
    yield widget


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[Exception]:
    shown: list[Exception] = []
    monkeypatch.setattr("app.ui.host.analysis_context.show_error",
                        lambda _parent, error, _translate: shown.append(error))
    return shown


def stored(project: Project, path: str):  # type: ignore[no-untyped-def]
    return next(v for v in conclusions_for_codes(project) if v.target == path)


def test_one_row_per_indicator_with_its_suggestion(tab: ConclusionTab) -> None:
    assert tab.targets.count() == 6
    assert tab.progress.text() == "Conclusions: 0 of 6 indicators concluded, 0 verified"
    editor = tab.editor
    assert editor.target.text() == "<b>Kinerja/Kualitas</b>"
    # The demo's quality indicator leans negative: "belum maksimal", and the rule is shown.
    # In the context's language (Indonesian here), as in every export.
    assert editor.suggestion.text().startswith(
        "belum maksimal — aturan kinerja: skor bersih \u22120,72")
    assert "Evidence from 6 informants (key, main, supporting)" in editor.checks.text()
    assert "not yet linked" in editor.checks.text()  # a warning, translated
    assert editor.evidence_model.rowCount() == len(tab.views()[0].evidence)


def test_an_override_without_a_reason_shows_an_error_and_stores_nothing(
    tab: ConclusionTab, errors: list[Exception], demo_project: Project,
) -> None:
    editor = tab.editor
    editor.statement.setPlainText("Kualitas kerja sudah baik.")
    editor.verdict.setCurrentIndex(editor.verdict.findData("baik"))
    assert "border" in editor.override_reason.styleSheet()  # the reason is asked for
    assert not editor.save()
    assert len(errors) == 1 and isinstance(errors[0], OverrideReasonRequired)
    view = stored(demo_project, "Kinerja/Kualitas")
    assert view.conclusion_id is None and view.verdict is None and view.statement == ""
    # With a reason it is stored, and the reason with it.
    editor.override_reason.setText("Observasi menunjukkan perbaikan pada 2023.")
    assert editor.save()
    view = stored(demo_project, "Kinerja/Kualitas")
    assert (view.verdict, view.override_reason) == (
        "baik", "Observasi menunjukkan perbaikan pada 2023.")


def test_confirming_the_suggestion_counts_the_indicator(
    qtbot: QtBot, tab: ConclusionTab, errors: list[Exception], demo_project: Project,
) -> None:
    editor = tab.editor
    editor.statement.setPlainText("Kualitas kerja pegawai belum maksimal.")
    editor.use_suggestion.click()
    editor.status.setCurrentIndex(editor.status.findData("verified"))
    editor.tactics["triangulated"].setChecked(True)
    assert editor.save() and errors == []
    qtbot.waitUntil(lambda: tab.progress.text().startswith("Conclusions: 1 of 6"))
    assert tab.progress.text().endswith("1 verified")
    view = stored(demo_project, "Kinerja/Kualitas")
    assert view.verdict == "belum maksimal" and view.override_reason == ""
    assert view.tactics["triangulated"] and not view.tactics["member_check"]
    assert "belum maksimal" in tab.targets.item(0).text()


def test_evidence_is_linked_as_supporting_or_contradicting(
    qtbot: QtBot, qtmodeltester: ModelTester, tab: ConclusionTab, errors: list[Exception],
    demo_project: Project,
) -> None:
    editor = tab.editor
    qtmodeltester.check(editor.evidence_model, force_py=True)
    first = editor.evidence_model.segment(0)
    second = editor.evidence_model.segment(1)
    editor.evidence.selectRow(0)
    assert editor.link_selected("supporting")  # creates the conclusion on the way
    qtbot.waitUntil(lambda: first.id in tab.views()[0].supporting)
    row = editor.evidence_model.row_of(second.id)
    # Only this row, whatever keyboard modifier an earlier test left pressed: selectRow
    # extends the selection while Qt thinks Ctrl is held.
    editor.evidence.clearSelection()
    editor.evidence.selectRow(row)
    assert editor.link_selected("contradicting")
    view = stored(demo_project, "Kinerja/Kualitas")
    assert view.supporting == (first.id,) and view.contradicting == (second.id,)
    qtbot.waitUntil(lambda: editor.evidence_model.index(
        editor.evidence_model.row_of(second.id), 0).data() == "contradicting")
    editor.evidence.clearSelection()
    editor.evidence.selectRow(editor.evidence_model.row_of(first.id))
    assert editor.link_selected(None)
    assert stored(demo_project, "Kinerja/Kualitas").supporting == ()
    assert errors == []


def test_other_code_groups_can_be_concluded(tab: ConclusionTab) -> None:
    tab.group.setCurrentIndex(tab.group.findData("obstacle"))
    assert tab.targets.count() == 7
    assert tab.editor.target.text().startswith("<b>Hambatan/")
    # An obstacle is judged on how well it is confirmed, never on good or bad.
    verdicts = [tab.editor.verdict.itemData(i) for i in range(tab.editor.verdict.count())]
    assert verdicts[1:] == ["terkonfirmasi kuat", "terkonfirmasi sebagian", "satu suara",
                            "tidak terkonfirmasi"]
    assert tab.editor.suggestion.text().startswith(
        "terkonfirmasi kuat — aturan konfirmasi: dikonfirmasi 8 sumber")
    tab.group.setCurrentIndex(tab.group.findData("effort"))
    assert tab.editor.verdict.itemData(1) == "terlaksana"
    assert tab.progress.text().startswith("Conclusions: 0 of 6 indicators")


def test_the_report_is_written_and_reads_back(qtbot: QtBot, tab: ConclusionTab,
                                              tmp_path: Path, errors: list[Exception]) -> None:
    tab.editor.statement.setPlainText("Kualitas kerja pegawai belum maksimal.")
    tab.editor.use_suggestion.click()
    assert tab.editor.save()
    target = tmp_path / "hasil.docx"
    assert finished(qtbot, tab.write_report(target))
    document = Document(str(target))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "Kualitas kerja pegawai belum maksimal." in text
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert any("Kualitas" in heading for heading in headings)
    assert any("Kuantitas" in heading for heading in headings)
    assert document.tables, "each indicator has its display table"
    assert errors == []
