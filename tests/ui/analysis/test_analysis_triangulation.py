"""The triangulation view on the demo: layouts, cells, drill-down, judgements, exports."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.core.evidence import load_evidence
from app.core.project import Project
from app.core.triangulation import list_triangulation_judgements
from app.errors import RationaleRequired
from app.ui.analysis.triangulation_view import TriangulationModel, TriangulationView
from app.ui.host.analysis_context import AnalysisContext
from app.ui.host.change_hub import ChangeHub
from tests.ui.jobs import finished


@pytest.fixture
def view(qtbot: QtBot, demo_project: Project) -> Iterator[TriangulationView]:
    context = AnalysisContext(project=demo_project, hub=ChangeHub(), coder_name="Tester",
                              jump_to=lambda *span: None, language="en")
    widget = TriangulationView(context)
    widget.set_evidence({e.id: e for e in load_evidence(demo_project)})
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    yield widget


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[Exception]:
    shown: list[Exception] = []
    monkeypatch.setattr("app.ui.host.analysis_context.show_error",
                        lambda _parent, error, _translate: shown.append(error))
    return shown


def choose(combo, value) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(value))


def test_layouts_switch_between_informants_and_techniques(view: TriangulationView) -> None:
    model = view.model
    matrix = view.matrix()
    # Every code group by default, as ``telaah triangulation`` exports; the view says so.
    assert matrix.layout == "source" and model.rowCount() == 18
    assert view.export_scope.text() == "Exports 18 rows: all code groups"
    assert model.columnCount() == 1 + len(matrix.columns) + 3  # shared, differences, conclusion
    assert model.headerData(1, Qt.Orientation.Horizontal).startswith("I1")
    choose(view.layout_choice, "technique")
    assert [c.key for c in view.matrix().columns] == ["interview", "observation",
                                                      "documentation"]
    assert model.columnCount() == 1 + 3 + 2
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Observation"
    choose(view.group, "indicator")
    assert model.rowCount() == 6
    assert view.export_scope.text() == "Exports 6 rows: indicators"


def test_cells_show_counts_quotes_and_no_data(view: TriangulationView,
                                              demo_project: Project) -> None:
    model = view.model
    matrix = view.matrix()
    for row_number, row in enumerate(matrix.rows):
        for column_number, cell in enumerate(row.cells, start=1):
            index = model.index(row_number, column_number)
            assert index.data(TriangulationModel.CountRole) == cell.count
            if cell.count == 0:
                assert index.data() == "No data"
            else:
                assert index.data().startswith(f"{cell.count} segment")
                assert "“" in index.data()  # at least one quote
    last = model.columnCount() - 1
    assert model.index(0, last).data().split(" (")[0] in {
        "Converge", "Partial", "Diverge", "Silent"}


def test_a_cell_drills_down_to_its_segments(view: TriangulationView) -> None:
    cell = view.matrix().rows[0].cells[0]
    dialog = view.open_cell(view.model.index(0, 1))
    assert dialog is not None and dialog.model.rowCount() == cell.count
    assert {dialog.model.segment(r).id for r in range(cell.count)} == set(cell.segment_ids)
    assert view.open_cell(view.model.index(0, view.model.columnCount() - 1)) is None


def test_a_judgement_needs_a_rationale(qtbot: QtBot, view: TriangulationView,
                                       errors: list[Exception],
                                       demo_project: Project) -> None:
    view.view.setCurrentIndex(view.model.index(0, 0))
    row = view.current_row()
    assert view.suggestion.text()  # the suggestion and its reason are visible
    other = next(j for j in ("converge", "partial", "diverge") if j != row.suggestion.judgement)
    choose(view.judgement, other)
    view.rationale.setPlainText("   ")
    assert not view.save_current_judgement()
    assert isinstance(errors[0], RationaleRequired)
    assert list_triangulation_judgements(demo_project) == []
    view.rationale.setPlainText("Observasi lapangan menunjukkan hal yang berbeda.")
    assert view.save_current_judgement()
    [stored] = list_triangulation_judgements(demo_project)
    assert (stored.code_id, stored.layout, stored.judgement) == (row.code.id, "source", other)
    view.reload()
    assert view.matrix().rows[0].judgement == other
    assert "(Analyst" in view.model.index(0, view.model.columnCount() - 1).data()
    view.view.setCurrentIndex(view.model.index(0, 0))
    view.clear_current_judgement()
    assert list_triangulation_judgements(demo_project) == []


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester,
                                           view: TriangulationView) -> None:
    qtmodeltester.check(view.model, force_py=True)
    choose(view.layout_choice, "technique")
    choose(view.group, "obstacle")


def test_exports_are_written_in_every_format(qtbot: QtBot, view: TriangulationView,
                                             tmp_path: Path) -> None:
    matrix = view.matrix()
    first = matrix.rows[0]
    for suffix in (".docx", ".xlsx", ".csv", ".json"):
        assert finished(qtbot, view.export(tmp_path / f"matrix{suffix}")), suffix
    document = Document(str(tmp_path / "matrix.docx"))
    assert document.tables
    assert any(first.code.name in row.cells[0].text for row in document.tables[0].rows)
    sheet = load_workbook(tmp_path / "matrix.xlsx").active
    assert any(first.code.name in str(c.value) for c in sheet["A"] if c.value)
    with (tmp_path / "matrix.csv").open(encoding="utf-8-sig") as handle:
        assert len(list(csv.reader(handle))) >= len(matrix.rows) + 1
    data = json.loads((tmp_path / "matrix.json").read_text(encoding="utf-8"))
    assert len(data["rows"]) == len(matrix.rows)


def test_an_unknown_export_type_is_an_error(qtbot: QtBot, view: TriangulationView,
                                            tmp_path: Path, errors: list[Exception]) -> None:
    assert not finished(qtbot, view.export(tmp_path / "matrix.pdf"))
    assert len(errors) == 1 and not (tmp_path / "matrix.pdf").exists()

