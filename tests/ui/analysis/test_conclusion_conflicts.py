"""Issue 24 through the conclusion editor, on SQLite and PostgreSQL: saving sends only the
fields its user changed, so an older editor never wipes another person's verdict, reason,
status or tactic; a statement both changed is a conflict the user resolves."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.conclusions import conclusion_of_code, save_conclusion
from app.core.project import Project
from app.core.project_copy import copy_project
from app.core.workbench import Workbench
from app.errors import EditConflict, TelaahError
from app.ui.analysis.conclusion_editor import ConclusionEditor
from app.ui.host.analysis_context import AnalysisContext
from app.ui.host.change_hub import ChangeHub
from app.ui.widgets.conflict_dialog import KEEP_MINE, KEEP_THEIRS


@pytest.fixture
def location(project_location: str, demo_template: Path) -> str:
    if project_location.endswith(".telaah"):
        shutil.copyfile(demo_template, project_location)
    else:
        copy_project(demo_template, project_location).close()
    return project_location


@pytest.fixture
def annisa(location: str) -> Iterator[Workbench]:
    bench = Workbench(Project.open(location), coder_name="Annisa")
    yield bench
    bench.close()


@pytest.fixture
def budi_project(location: str) -> Iterator[Project]:
    project = Project.open(location)
    project.actor = "Budi"
    yield project
    project.close()


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[TelaahError]:
    shown: list[TelaahError] = []
    monkeypatch.setattr("app.ui.host.analysis_context.show_error",
                        lambda _parent, error, _translate: shown.append(error))
    return shown


def editor_for(qtbot: QtBot, project: Project) -> ConclusionEditor:
    context = AnalysisContext(project=project, hub=ChangeHub(), coder_name="Budi",
                              jump_to=lambda *span: None, language="id")
    editor = ConclusionEditor(context)
    qtbot.addWidget(editor)
    return editor


def indicator(bench: Workbench) -> int:
    return next(c.id for c in bench.codes.all() if c.codable and c.group == "indicator")


def test_an_older_editor_keeps_verdict_reason_status_and_tactic(
        qtbot: QtBot, annisa: Workbench, budi_project: Project,
        errors: list[TelaahError]) -> None:
    code_id = indicator(annisa)
    editor = editor_for(qtbot, budi_project)
    loaded = conclusion_of_code(budi_project, code_id=code_id)
    editor.show_conclusion(loaded, loaded.scale)  # Budi's editor, filled earlier
    word = next(w for w in loaded.scale
                if not loaded.suggestion or w != loaded.suggestion.verdict)
    save_conclusion(annisa.project, code_id=code_id, verdict=word,
                    override_reason="Observasi menunjukkan lain", status="tentative",
                    tactics={"member_check": True})
    editor.statement.setPlainText("Pernyataan Budi")
    assert editor.save() and errors == []
    now = conclusion_of_code(annisa.project, code_id=code_id)
    assert (now.statement, now.verdict, now.override_reason, now.status) == (
        "Pernyataan Budi", word, "Observasi menunjukkan lain", "tentative")
    assert now.tactics["member_check"]


@pytest.mark.parametrize("answer", [KEEP_MINE, KEEP_THEIRS])
def test_both_write_the_statement(qtbot: QtBot, annisa: Workbench, budi_project: Project,
                                  errors: list[TelaahError], answer: str) -> None:
    code_id = indicator(annisa)
    editor = editor_for(qtbot, budi_project)
    loaded = conclusion_of_code(budi_project, code_id=code_id)
    editor.show_conclusion(loaded, loaded.scale)
    save_conclusion(annisa.project, code_id=code_id, statement="Versi Annisa")
    editor.statement.setPlainText("Versi Budi")
    editor.status.setCurrentIndex(editor.status.findData("verified"))
    asked: list[EditConflict] = []
    editor.resolve = lambda _parent, conflict: asked.append(conflict) or answer
    editor.save()
    [conflict] = asked
    assert (conflict.who, conflict.theirs, conflict.mine) == ("Annisa", "Versi Annisa",
                                                              "Versi Budi")
    now = conclusion_of_code(annisa.project, code_id=code_id)
    assert now.statement == ("Versi Budi" if answer == KEEP_MINE else "Versi Annisa")
    assert now.status == "verified" and errors == []
