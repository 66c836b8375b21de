"""The agreement view on the demo (Annisa vs Bima): the same figures as the core, the unit
and formulas shown, disagreements side by side with jump and resolve."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from app.analysis.agreement_data import AgreementSettings
from app.core.agreement import CONSENSUS_CODER, AgreementResult, measure_agreement
from app.core.project import Project
from app.core.segments import list_segments
from app.errors import TelaahError
from app.ui.host.change_hub import ChangeHub
from app.ui.review.agreement_model import AgreementFiguresModel, DisagreementModel, statistic_text
from app.ui.review.agreement_view import AgreementView
from tests.ui.conftest import keep_shot
from tests.ui.jobs import finished


def computed(qtbot: QtBot, view: AgreementView) -> AgreementResult | None:
    """Compute as the Compute button does and wait for the result (None: none came)."""
    job = view.compute()
    return view.agreement if job is not None and finished(qtbot, job) else None

CODERS = ("Annisa", "Bima")


@pytest.fixture
def view_and_jumps(qtbot: QtBot,
                   demo_project: Project) -> tuple[AgreementView, list[tuple[int, int, int]]]:
    jumps: list[tuple[int, int, int]] = []
    view = AgreementView(demo_project, ChangeHub(), "Tester", lambda *span: jumps.append(span))
    qtbot.addWidget(view)
    return view, jumps


def _shown(model: AgreementFiguresModel) -> list[list[str]]:
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


@pytest.mark.parametrize("unit", ["segment", "character", "presence"])
def test_the_figures_are_the_cores(
        qtbot: QtBot, view_and_jumps, demo_project: Project, unit: str) -> None:
    view, _jumps = view_and_jumps
    assert view.chosen_coders() == CODERS  # the two coders with segments, by default
    view.unit.setCurrentIndex(view.unit.findData(unit))
    result = computed(qtbot, view)
    assert result is not None
    expected = measure_agreement(demo_project, settings=AgreementSettings(coders=CODERS,
                                                                          unit=unit))
    assert view.tables.count() == len(expected.tables)
    for number, table in enumerate(expected.tables):
        model = view.tables.widget(number).findChild(type(view.disagreements)).model()
        rows = _shown(model)
        assert len(rows) == len(table.rows) + 1
        for shown, row in zip(rows, [*((r.code, r.figures) for r in table.rows),
                                     ("All codes", table.overall)], strict=True):
            label, figures = row
            assert shown[0] == label
            assert shown[1] == str(figures.units)
            assert shown[2:6] == [str(n) for n in figures.two_by_two(*CODERS)]
            assert shown[6:] == [statistic_text(s) for s in figures.statistics]
        description = view.tables.widget(number).findChild(type(view.summary),
                                                           "unit_description")
        assert description.text() == table.description()
    explanation = view.explanation.toPlainText()
    assert "Cohen's kappa" in explanation and "Krippendorff's alpha" in explanation
    assert expected.tables[0].description() in explanation
    assert view.disagreement_model.rowCount() == len(expected.disagreements)


def test_the_models_pass_the_model_tester(qtmodeltester, demo_project: Project) -> None:
    result = measure_agreement(demo_project, settings=AgreementSettings(coders=CODERS))
    figures = AgreementFiguresModel()
    figures.set_table(result.tables[0], CODERS)
    qtmodeltester.check(figures)
    disagreements = DisagreementModel()
    disagreements.set_disagreements(result.disagreements, CODERS)
    qtmodeltester.check(disagreements)


def test_a_disagreement_jumps_to_text_and_is_resolved(qtbot: QtBot, view_and_jumps,
                                                      demo_project: Project) -> None:
    view, jumps = view_and_jumps
    computed(qtbot, view)
    total = view.disagreement_model.rowCount()
    row = next(number for number in range(total)
               if view.disagreement_model.payload(number).kind == "boundaries")
    view.disagreements.selectRow(row)
    disagreement = view.current_disagreement()
    assert disagreement is not None
    view.jump_to_current()
    assert jumps == [(disagreement.source_id, disagreement.start, disagreement.end)]
    assert view.disagreement_model.headers()[3:] == ["Annisa", "Bima"]
    assert re.fullmatch(r"(turn|para\.) \d+",
                        view.disagreement_model.index(row, 1).data())
    with qtbot.waitSignal(view.hub.changed) as blocker:
        assert view.resolve("merge")
    consensus = [s for s in list_segments(demo_project) if s.coder == CONSENSUS_CODER]
    assert len(consensus) == 1 and consensus[0].id in blocker.args[0].segments
    assert consensus[0].start == min(v.start for v in disagreement.versions)
    assert view.disagreement_model.rowCount() == total - 1


def test_one_coder_is_nothing_to_compare(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                         view_and_jumps) -> None:
    view, _jumps = view_and_jumps
    shown: list[TelaahError] = []
    monkeypatch.setattr("app.ui.review.agreement_view.show_error",
                        lambda _parent, error, _translate: shown.append(error))
    view.set_coders(["Annisa"])
    assert computed(qtbot, view) is None  # the choices are not valid: nothing runs
    assert len(shown) == 1 and view.agreement is None


def test_screenshot(qtbot: QtBot, view_and_jumps) -> None:
    view, _jumps = view_and_jumps
    view.show()
    qtbot.waitExposed(view)
    computed(qtbot, view)
    keep_shot(view, "agreement_figures.png")
    view.pages.setCurrentIndex(1)
    keep_shot(view, "agreement_disagreements.png")
