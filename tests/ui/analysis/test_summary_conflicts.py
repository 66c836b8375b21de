"""Issue 24 through the code summary editor, on SQLite and PostgreSQL: two people write the
summary of one code; the second is asked instead of overwriting the first."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.core.codes import list_codes
from app.core.condensation import code_summary, set_code_summary
from app.core.project import Project
from app.errors import EditConflict
from app.ui.analysis.reduction_summaries import CodeSummaries
from app.ui.host.analysis_context import AnalysisContext
from app.ui.host.change_hub import ChangeHub
from app.ui.widgets.conflict_dialog import EDIT, KEEP_MINE, KEEP_THEIRS


@pytest.mark.parametrize("answer", [KEEP_MINE, KEEP_THEIRS, EDIT])
def test_two_summaries_of_one_code(qtbot: QtBot, projects: tuple[Project, Project],
                                   answer: str) -> None:
    annisa, budi = projects
    editor = CodeSummaries(AnalysisContext(project=budi, hub=ChangeHub(), coder_name="Budi",
                                           jump_to=lambda *span: None))
    qtbot.addWidget(editor)
    codes = list_codes(budi)
    code = next(c for c in codes if c.codable and c.parent_id)
    editor.set_data([], codes)
    assert editor.select_code(code.id)
    set_code_summary(annisa, code_id=code.id, body="Ringkasan Annisa")
    editor.summary.setPlainText("Ringkasan Budi")
    asked: list[EditConflict] = []
    editor.resolve = lambda _parent, conflict: asked.append(conflict) or answer
    editor.save_summary()
    assert [c.who for c in asked] == ["Annisa"]
    stored = code_summary(annisa, code_id=code.id)
    if answer == KEEP_MINE:
        assert stored == "Ringkasan Budi"
    else:
        assert stored == "Ringkasan Annisa"
        shown = editor.summary.toPlainText()
        assert shown == ("Ringkasan Annisa" if answer == KEEP_THEIRS
                         else "Ringkasan Annisa\n\nRingkasan Budi")
        if answer == EDIT:  # saving the merged text now goes through
            editor.save_summary()
            assert code_summary(annisa, code_id=code.id) == shown
