"""The quote verification dialog on the demo with a draft of exact, altered, miscited and
invented quotations."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.analysis.quote_verification import QuoteStatus
from app.core.project import Project
from app.core.quote_verification import verify_draft_quotes
from app.errors import TelaahError
from app.ui.analysis.quote_check_dialog import QuoteCheckDialog
from app.ui.analysis.quote_check_model import QuoteCheckModel
from app.ui.host.change_hub import ChangeHub
from tests.io.draft_builder import build_draft
from tests.ui.conftest import keep_shot
from tests.ui.jobs import finished


@pytest.fixture
def setup(qtbot: QtBot, demo_project: Project):
    jumps: list[tuple[int, int, int]] = []
    dialog = QuoteCheckDialog(demo_project, ChangeHub(), "Tester",
                              lambda *span: jumps.append(span))
    qtbot.addWidget(dialog)
    return dialog, jumps


def _row(model: QuoteCheckModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_the_table_shows_every_quotation_as_the_core_found_it(
        qtbot: QtBot, setup, demo_project: Project, tmp_path: Path) -> None:
    dialog, jumps = setup
    draft = build_draft(tmp_path / "bab4.docx")
    assert finished(qtbot, dialog.verify(draft))
    checks = dialog.checks
    assert checks == verify_draft_quotes(demo_project, draft_path=draft)
    model = dialog.model
    assert [_row(model, row)[2] for row in range(model.rowCount())] == [
        "Exact", "Exact", "Near match", "Exact", "Not found", "Exact"]
    assert [_row(model, row)[5] for row in range(model.rowCount())] == [
        "yes", "yes", "yes", "NO", "—", "yes"]
    assert "'sangat' → source 'lebih'" in _row(model, 2)[6]
    assert _row(model, 3)[4] == "I2" and "(I4)" in _row(model, 3)[3]
    assert dialog.summary.text() == (
        "6 quotations: 4 exact, 1 near, 1 not found; 1 cite another informant than the one "
        "found.")
    dialog.table.selectRow(2)
    assert "lebih" in dialog.detail.toPlainText()
    dialog.jump_to_current()
    near = checks[2].match
    assert jumps == [(near.source_id, near.start, near.end)]
    dialog.table.selectRow(4)
    assert not dialog.jump_button.isEnabled()
    assert "Not found in any transcript." in dialog.detail.toPlainText()
    dialog.table.selectRow(3)
    assert "The citation names I2, but the quotation is from I4." in \
        dialog.detail.toPlainText()
    assert checks[2].match.status is QuoteStatus.NEAR


def test_a_missing_draft_is_a_message(qtbot: QtBot, setup, monkeypatch: pytest.MonkeyPatch,
                                      tmp_path: Path) -> None:
    dialog, _jumps = setup
    shown: list[TelaahError] = []
    monkeypatch.setattr("app.ui.analysis.quote_check_dialog.show_error",
                        lambda _parent, error, _translate: shown.append(error))
    assert not finished(qtbot, dialog.verify(tmp_path / "nothing.docx"))
    assert len(shown) == 1 and "nothing.docx" in str(shown[0])


def test_the_model_passes_the_model_tester(qtmodeltester, demo_project: Project,
                                           tmp_path: Path) -> None:
    model = QuoteCheckModel()
    model.set_checks(verify_draft_quotes(demo_project,
                                         draft_path=build_draft(tmp_path / "d.docx")))
    qtmodeltester.check(model)


def test_screenshot(qtbot: QtBot, setup, tmp_path: Path) -> None:
    dialog, _jumps = setup
    dialog.show()
    qtbot.waitExposed(dialog)
    assert finished(qtbot, dialog.verify(build_draft(tmp_path / "bab4.docx")))
    dialog.table.selectRow(2)
    keep_shot(dialog, "quote_check.png")
