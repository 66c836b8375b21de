"""Stage 2 on the demo: retrieved-segment filters and queries, paraphrases, memos."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.analysis.retrieval import coded_with
from app.core.condensation import code_summary
from app.core.evidence import load_evidence
from app.core.memos import list_memos
from app.core.project import Project
from app.core.segments import list_segments, update_segment
from app.ui.analysis.reduction_memos import MemoTableModel
from app.ui.analysis.reduction_segments import ALL, WITH, WITHOUT
from app.ui.analysis.reduction_tab import ReductionTab
from app.ui.host.analysis_context import AnalysisContext
from app.ui.host.change_hub import ChangeHub


@pytest.fixture
def jumps() -> list[tuple[int, int, int]]:
    return []


@pytest.fixture
def context(demo_project: Project, jumps: list[tuple[int, int, int]]) -> AnalysisContext:
    return AnalysisContext(project=demo_project, hub=ChangeHub(), coder_name="Tester",
                           jump_to=lambda *span: jumps.append(span), language="en")


@pytest.fixture
def tab(qtbot: QtBot, context: AnalysisContext) -> Iterator[ReductionTab]:
    widget = ReductionTab(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    with qtbot.waitExposed(widget):
        widget.show()  # a stage tab loads when it is first shown
    yield widget


def choose(combo, value) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def code_id(demo_project: Project, path: str) -> int:
    return next(e.code_id for e in load_evidence(demo_project) if e.code == path)


def test_every_segment_is_listed_and_the_progress_shows(tab: ReductionTab,
                                                        demo_project: Project) -> None:
    total = len(load_evidence(demo_project))
    assert tab.segments.model.rowCount() == total == 429
    assert tab.progress.text() == f"Reduction: 0 of {total} segments condensed"


def test_the_segment_model_passes_the_model_tester(qtmodeltester: ModelTester,
                                                   tab: ReductionTab) -> None:
    qtmodeltester.check(tab.segments.model, force_py=True)
    choose(tab.segments.coder, "Bima")


def test_filters_change_the_row_count(tab: ReductionTab, demo_project: Project) -> None:
    evidence = load_evidence(demo_project)
    panel = tab.segments
    choose(panel.coder, "Bima")
    assert panel.model.rowCount() == 101
    choose(panel.informant, "I2")
    assert panel.model.rowCount() == sum(
        1 for e in evidence if e.coder == "Bima" and e.informant == "I2")
    choose(panel.coder, None)
    choose(panel.informant, None)
    choose(panel.source_kind, "observation")
    observed = [e for e in evidence if e.source_kind == "observation"]
    assert panel.model.rowCount() == len(observed) > 0
    choose(panel.source_kind, None)
    choose(panel.informant_type, "kunci")
    assert panel.model.rowCount() == sum(1 for e in evidence if e.informant_type == "kunci")
    choose(panel.informant_type, None)
    panel.text.setText("KUALITAS")
    assert panel.model.rowCount() == sum(1 for e in evidence if "kualitas" in e.text.casefold())
    panel.text.clear()
    choose(panel.status, "accepted")
    assert panel.model.rowCount() == sum(1 for e in evidence if e.review_status == "accepted")


def test_a_category_selects_its_codes(tab: ReductionTab, demo_project: Project) -> None:
    evidence = load_evidence(demo_project)
    kinerja = next(c for c in tab.segments._codes if c.path == "Kinerja")
    choose(tab.segments.code_a, kinerja.id)
    assert tab.segments.model.rowCount() == sum(1 for e in evidence
                                                if e.code.startswith("Kinerja/"))


def test_with_and_but_not_queries_split_a_code(tab: ReductionTab,
                                               demo_project: Project) -> None:
    evidence = load_evidence(demo_project)
    quality = code_id(demo_project, "Kinerja/Kualitas")
    competence = code_id(demo_project, "Hambatan/Kualitas dan Kompetensi ASN")
    panel = tab.segments
    choose(panel.code_a, quality)
    all_quality = panel.model.rowCount()
    choose(panel.code_b, competence)
    choose(panel.query, WITH)
    expected = {e.id for e in coded_with(evidence, quality, competence)}
    shown = {panel.model.segment(row).id for row in range(panel.model.rowCount())}
    assert shown == expected and expected
    choose(panel.query, WITHOUT)
    without = panel.model.rowCount()
    assert without + len(expected) == all_quality
    choose(panel.query, ALL)
    assert panel.model.rowCount() == all_quality


def test_double_click_jumps_to_the_passage(qtbot: QtBot, tab: ReductionTab,
                                           jumps: list[tuple[int, int, int]]) -> None:
    view = tab.segments.view
    index = tab.segments.model.index(3, 1)
    segment = tab.segments.model.segment(3)
    centre = view.visualRect(index).center()
    # Qt's item views take a double-click only on the item pressed just before.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert jumps == [(segment.source_id, segment.start, segment.end)]


def test_an_edited_paraphrase_is_stored_and_counted(qtbot: QtBot, tab: ReductionTab,
                                                    demo_path, demo_project: Project) -> None:
    panel = tab.segments
    panel.view.selectRow(0)
    segment = panel.selected_segment()
    panel.paraphrase.setPlainText("  Kualitas pelayanan belum sesuai standar.  ")
    panel.save_paraphrase.click()
    stored = next(e for e in load_evidence(demo_project) if e.id == segment.id)
    assert stored.paraphrase == "Kualitas pelayanan belum sesuai standar."
    qtbot.waitUntil(lambda: tab.progress.text().startswith("Reduction: 1 of 429"))
    reopened = Project.open(demo_path)
    try:
        assert next(e for e in load_evidence(reopened) if e.id == segment.id).paraphrase
    finally:
        reopened.close()
    # In the table too (F2 editing goes through setData).
    index = panel.model.index(1, panel.model.PARAPHRASE)
    assert panel.model.setData(index, "Parafrase-unik-kedua")
    second = panel.model.segment(1)
    assert next(e for e in load_evidence(demo_project) if e.id == second.id).paraphrase == (
        "Parafrase-unik-kedua")
    panel.text.setText("Parafrase-unik-kedua")
    assert panel.model.rowCount() == 1


def test_a_code_summary_is_saved_and_coverage_shown(tab: ReductionTab,
                                                    demo_project: Project) -> None:
    summaries = tab.summaries
    quality = code_id(demo_project, "Kinerja/Kualitas")
    assert summaries.select_code(quality)
    assert "none" in summaries.coverage.text()
    summaries.summary.setPlainText("Kualitas belum maksimal menurut semua informan.")
    summaries.save.click()
    assert code_summary(demo_project, code_id=quality) == (
        "Kualitas belum maksimal menurut semua informan.")
    cost = code_id(demo_project, "Kinerja/Penekanan Biaya")
    assert summaries.select_code(cost)
    assert "I5" in summaries.coverage.text()  # the matrix shows I5 has no segment here


def test_memos_are_added_listed_and_searched(qtbot: QtBot, qtmodeltester: ModelTester,
                                             tab: ReductionTab,
                                             demo_project: Project) -> None:
    memos = tab.memos
    before = len(list_memos(demo_project))
    rows = memos.model.rowCount()  # the project's memos and the segment memos
    memos.new_title.setText("Saturasi data kualitas")
    choose(memos.new_type, "reflexive")
    memos.new_body.setPlainText("Perlu cek ulang dengan I4.")
    memos.add_button.click()
    qtbot.waitUntil(lambda: memos.model.rowCount() == rows + 1)
    assert len(list_memos(demo_project)) == before + 1
    memos.search.setText("saturasi")
    assert [m.title for m in memos.shown_memos()] == ["Saturasi data kualitas"]
    choose(memos.type_filter, "analytic")
    assert memos.shown_memos() == []
    choose(memos.type_filter, None)
    qtmodeltester.check(memos.model, force_py=True)
    assert isinstance(memos.model, MemoTableModel)


def test_a_memo_can_be_attached_to_the_selected_segment(qtbot: QtBot, tab: ReductionTab,
                                                        demo_project: Project) -> None:
    tab.segments.view.selectRow(2)
    segment = tab.segments.selected_segment()
    memos = tab.memos
    memos.new_title.setText("Tentang segmen ini")
    choose(memos.attach, "segment")
    memos.add_button.click()
    stored = [m for m in list_memos(demo_project) if m.title == "Tentang segmen ini"]
    assert [m.segment_id for m in stored] == [segment.id]


def test_an_empty_memo_title_shows_an_error(monkeypatch: pytest.MonkeyPatch,
                                            tab: ReductionTab, demo_project: Project) -> None:
    shown: list[Exception] = []
    monkeypatch.setattr("app.ui.host.analysis_context.show_error",
                        lambda _parent, error, _translate: shown.append(error))
    before = len(list_memos(demo_project))
    tab.memos.add_button.click()
    assert len(shown) == 1 and len(list_memos(demo_project)) == before


def test_segment_memos_from_coding_appear_among_the_memos(qtbot: QtBot, tab: ReductionTab,
                                                          demo_project: Project) -> None:
    segment = next(s for s in list_segments(demo_project) if not s.memo)
    changes = update_segment(demo_project, segment_id=segment.id, actor_id=segment.coder_id,
                             memo="Perlu dibandingkan dengan notulen rapat.")
    tab._context.publish(changes)
    memos = tab.memos
    qtbot.waitUntil(lambda: any(m.segment_id == segment.id for m in memos.shown_memos()))
    choose(memos.type_filter, "segment")
    shown = memos.shown_memos()
    assert shown and all(m.memo_type == "segment" for m in shown)
    row = next(r for r, m in enumerate(shown) if m.segment_id == segment.id)
    assert memos.model.index(row, MemoTableModel.TITLE).data() == segment.code
    assert memos.model.index(row, MemoTableModel.TYPE).data() == "segment memo"
    attached = memos.model.index(row, MemoTableModel.ATTACHED).data()
    assert attached.startswith(f"{segment.source}, turn ")
    memos.search.setText("notulen")
    assert [m.segment_id for m in memos.shown_memos()] == [segment.id]
