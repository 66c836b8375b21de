"""Stage 3 on the demo: matrix cells against segments, summary grid, co-occurrence, chart."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.core.changes import Changes
from app.core.coders import list_coders
from app.core.displays import CodeMatrix
from app.core.evidence import load_evidence
from app.core.project import Project
from app.core.segments import add_segment
from app.core.summary_grid import summary_cells
from app.ui.analysis.display_chart import BY_GROUP, PRINT_DPI
from app.ui.analysis.display_tab import DisplayTab
from app.ui.analysis.display_table_model import DisplayTableModel
from app.ui.host.analysis_context import AnalysisContext
from app.ui.host.change_hub import ChangeHub
from tests.ui.jobs import finished


@pytest.fixture
def context(demo_project: Project) -> AnalysisContext:
    return AnalysisContext(project=demo_project, hub=ChangeHub(), coder_name="Tester",
                           jump_to=lambda *span: None, language="en")


@pytest.fixture
def tab(qtbot: QtBot, context: AnalysisContext) -> Iterator[DisplayTab]:
    widget = DisplayTab(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    with qtbot.waitExposed(widget):
        widget.show()  # a stage tab loads when it is first shown
    yield widget


def choose(combo, value) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def _passages(evidence):  # type: ignore[no-untyped-def]
    """Overlapping segments of one code in one source, whoever coded them, as one."""
    passages = []
    for e in sorted(evidence, key=lambda e: (e.source_id, e.code_id, e.start)):
        last = passages[-1] if passages else None
        if last and (last[0].source_id, last[0].code_id) == (e.source_id, e.code_id) \
                and e.start < last[1]:
            last[1] = max(last[1], e.end)
        else:
            passages.append([e, e.end])
    return [first for first, _end in passages]


def test_only_the_page_in_front_is_computed(tab: DisplayTab, demo_project: Project) -> None:
    """Opening the tab computes the matrix (and the summary grid the progress line counts);
    another page when it comes to the front; passages when a cell is opened (issue 19)."""
    assert tab.matrix.model.rowCount() > 0 and tab.summaries.model.rowCount() > 0
    assert tab.co_occurrence.model.rowCount() == 0 and tab.triangulation.model.rowCount() == 0
    assert not tab.passages.loaded
    tab.pages.setCurrentWidget(tab.triangulation)
    assert tab.triangulation.model.rowCount() > 0 and tab.co_occurrence.model.rowCount() == 0
    tab.pages.setCurrentWidget(tab.matrix)
    dialog = tab.matrix.open_cell(tab.matrix.model.index(0, 1))
    assert dialog is not None and tab.passages.loaded
    dialog.close()


def test_every_matrix_cell_counts_its_passages(tab: DisplayTab, demo_project: Project) -> None:
    evidence = _passages(e for e in load_evidence(demo_project) if e.review_status != "rejected")
    assert len(evidence) == 353
    view = tab.matrix
    matrix = view.matrix()
    model = view.model
    assert model.rowCount() == len(matrix.rows) == 18
    checked = 0
    for row_number, row in enumerate(matrix.rows):
        for column_number, column in enumerate(matrix.columns, start=1):
            expected = sum(1 for e in evidence
                           if e.code_id == row.code_id and e.informant == column.label)
            index = model.index(row_number, column_number)
            assert index.data(DisplayTableModel.ValueRole) == expected
            assert index.data() == str(expected)
            checked += 1
    assert checked == 18 * 6
    assert [c.label for c in matrix.columns] == ["I1", "I2", "I3", "I4", "I5", "I6"]


def test_a_cell_opens_exactly_its_segments(tab: DisplayTab) -> None:
    view = tab.matrix
    index = view.model.index(0, 1)
    dialog = view.open_cell(index)
    assert dialog is not None
    cell = view.matrix().rows[0].cells[0]
    assert dialog.model.rowCount() == cell.count > 0
    assert {dialog.model.segment(r).id for r in range(cell.count)} == set(cell.segment_ids)
    dialog.close()
    assert view.open_cell(view.model.index(0, 0)) is None  # the code column


def test_matrix_values_and_groups_switch(tab: DisplayTab) -> None:
    view = tab.matrix
    choose(view.value, "share")
    assert view.model.index(0, 1).data().endswith("%")
    choose(view.value, "statements")
    assert view.model.index(0, 1).data().startswith("• ")
    choose(view.group, "indicator")
    assert view.model.rowCount() == 6


def test_display_models_pass_the_model_tester(qtmodeltester: ModelTester,
                                              tab: DisplayTab) -> None:
    qtmodeltester.check(tab.matrix.model, force_py=True)
    choose(tab.matrix.value, "statements")
    tab.pages.setCurrentWidget(tab.co_occurrence)
    qtmodeltester.check(tab.co_occurrence.model, force_py=True)
    qtmodeltester.check(tab.summaries.model, force_py=True)


def test_matrix_exports_to_xlsx_and_docx(qtbot: QtBot, tab: DisplayTab, tmp_path: Path) -> None:
    view = tab.matrix
    assert finished(qtbot, view.exports.export(tmp_path / "matrix.xlsx"))
    assert finished(qtbot, view.exports.export(tmp_path / "matrix.docx"))
    sheet = load_workbook(tmp_path / "matrix.xlsx").active
    first = view.matrix().rows[0]
    assert sheet.cell(row=2, column=1).value == first.code
    assert sheet.cell(row=2, column=2).value == first.cells[0].count
    table = Document(str(tmp_path / "matrix.docx")).tables[0]
    assert table.rows[1].cells[0].text == first.code
    assert table.rows[1].cells[1].text == str(first.cells[0].count)


def test_co_occurrence_exports_full_code_names(qtbot: QtBot, tab: DisplayTab,
                                               tmp_path: Path) -> None:
    view = tab.co_occurrence
    tab.pages.setCurrentWidget(view)
    assert view.model.headerData(1, Qt.Orientation.Horizontal) == "1"
    assert finished(qtbot, view.exports.export(tmp_path / "co.xlsx"))
    sheet = load_workbook(tmp_path / "co.xlsx").active
    assert sheet.cell(row=1, column=2).value == view.table().columns[1]
    assert "/" in sheet.cell(row=1, column=2).value
    choose(view.mode, "turn")
    assert view.model.rowCount() > 0


def test_summary_cells_are_written_and_flagged_stale(qtbot: QtBot, tab: DisplayTab,
                                                     demo_project: Project) -> None:
    grid = tab.summaries
    assert tab.progress.text().startswith("Display: 0 of ")
    grid.select_cell(0, 1)
    assert grid.save.isEnabled()
    grid.editor.setPlainText("Kepala dinas menilai kualitas belum maksimal.")
    grid.save.click()
    qtbot.waitUntil(lambda: tab.progress.text().startswith("Display: 1 of "))
    [cell] = summary_cells(demo_project)
    assert not cell.stale and cell.body.startswith("Kepala dinas")
    assert grid.model.index(0, 1).data() == cell.body
    # A new segment joins the cell: the summary may be stale now.
    linked = next(e for e in load_evidence(demo_project) if e.id == cell.linked_segment_ids[0])
    coder_id = next(c.id for c in list_coders(demo_project) if c.name == linked.coder)
    tab._context.publish(add_segment(
        demo_project, source_id=linked.source_id, code_id=linked.code_id, coder_id=coder_id,
        start=linked.start, end=linked.start + 5))
    qtbot.waitUntil(lambda: grid.model.index(0, 1).data().startswith("⚠ "))
    assert "may be stale" in tab.progress.text()
    grid.select_cell(0, 1)
    assert grid.stale_note.text()


def test_chart_exports_png_at_print_resolution_and_svg(qtbot: QtBot, tab: DisplayTab,
                                                        tmp_path: Path) -> None:
    chart = tab.chart
    tab.pages.setCurrentWidget(chart)
    data = chart.data()
    assert data.categories[0] == "Kinerja/Kualitas"
    assert [s.name for s in data.series][:6] == ["I1", "I2", "I3", "I4", "I5", "I6"]
    assert sum(data.totals()) == sum(
        1 for e in _passages(load_evidence(tab._context.project))
        if e.code.startswith("Kinerja/") and e.review_status != "rejected") == 147
    assert finished(qtbot, chart.export(tmp_path / "chart.png"))
    image = QImage(str(tmp_path / "chart.png"))
    assert image.width() >= 3000
    assert round(image.dotsPerMeterX() * 0.0254) == PRINT_DPI
    assert finished(qtbot, chart.export(tmp_path / "chart.svg"))
    svg = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "Kinerja/Kualitas" in svg
    choose(chart.by, BY_GROUP)
    assert "Key informants" in [s.name for s in chart.data().series]



def test_the_matrix_says_which_interviews_it_leaves_out(qtbot: QtBot, tab: DisplayTab,
                                                        demo_project: Project) -> None:
    from app.core.source_editing import link_source_by_name

    assert not tab.matrix.unlinked.isVisible()  # every demo interview has its informant
    changes = link_source_by_name(demo_project, title="I6_pemilik_umkm_batik", informant=None)
    tab._context.hub.publish(changes)  # the tab reloads at the next turn of the loop
    qtbot.waitUntil(tab.matrix.unlinked.isVisible)
    assert "I6_pemilik_umkm_batik" in tab.matrix.unlinked.text()


def test_a_display_is_written_off_the_gui_thread(
    qtbot: QtBot, tab: DisplayTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from app.ui.analysis import display_exports

    threads: list[int] = []
    write = display_exports.write_display

    def recording(*args: object, **kwargs: object) -> None:
        threads.append(threading.get_ident())
        write(*args, **kwargs)  # type: ignore[arg-type]  # (passed on unchanged)

    monkeypatch.setattr(display_exports, "write_display", recording)
    assert finished(qtbot, tab.matrix.exports.export(tmp_path / "matrix.xlsx"))
    assert threads and threads[0] != threading.get_ident()
    assert (tmp_path / "matrix.xlsx").stat().st_size > 0


def test_the_matrix_and_the_summary_grid_share_one_reading(
        qtbot: QtBot, tab: DisplayTab, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both show the code × informant matrix (of different groups): the passages are read
    once per reload, and anew after a change (issue 19)."""
    import app.ui.analysis.matrix_memo as memo

    readings: list[Project] = []
    real = memo.code_matrices

    def counting(project: Project) -> Callable[[str | None], CodeMatrix]:
        readings.append(project)
        return real(project)

    monkeypatch.setattr(memo, "code_matrices", counting)
    tab.reload()
    assert len(readings) == 1
    assert tab.matrix.model.rowCount() > tab.summaries.model.rowCount() > 0  # two groups
    tab._context.hub.publish(Changes(segments=frozenset({1})))
    qtbot.waitUntil(lambda: len(readings) == 2)
