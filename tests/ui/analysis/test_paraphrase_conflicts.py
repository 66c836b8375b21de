"""Issue 24 through the condensed-statement (paraphrase) editor, on SQLite and PostgreSQL:
two people condense one segment; the second is asked (keep mine, keep theirs, edit)
instead of being told only that nothing was saved."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.core.codes import list_codes
from app.core.condensation import segment_paraphrase, set_paraphrase
from app.core.evidence import load_evidence
from app.core.ids import SegmentId
from app.core.project import Project
from app.errors import EditConflict
from app.ui.analysis.reduction_segments import RetrievedSegments
from app.ui.host.analysis_context import AnalysisContext
from app.ui.host.analysis_segments import SegmentTableModel
from app.ui.host.change_hub import ChangeHub
from app.ui.widgets.conflict_dialog import EDIT, KEEP_MINE, KEEP_THEIRS


@pytest.mark.parametrize("answer", [KEEP_MINE, KEEP_THEIRS, EDIT])
def test_two_statements_of_one_segment(qtbot: QtBot, projects: tuple[Project, Project],
                                       answer: str) -> None:
    annisa, budi = projects
    table = RetrievedSegments(AnalysisContext(project=budi, hub=ChangeHub(),
                                              coder_name="Budi", jump_to=lambda *span: None))
    qtbot.addWidget(table)
    table.set_data(load_evidence(budi), list_codes(budi))
    table.view.selectRow(0)
    segment = table.selected_segment()
    assert segment is not None
    segment_id = SegmentId(segment.id)
    set_paraphrase(annisa, segment_id=segment_id, paraphrase="Pernyataan Annisa")
    asked: list[EditConflict] = []
    table.resolve = lambda _parent, conflict: asked.append(conflict) or answer
    cell = table.model.index(0, SegmentTableModel.PARAPHRASE)
    table.model.setData(cell, "Pernyataan Budi")  # as typing in the table does
    assert [c.who for c in asked] == ["Annisa"]
    stored = segment_paraphrase(annisa, segment_id=segment_id)
    if answer == KEEP_MINE:
        assert stored == "Pernyataan Budi"
        assert cell.data() == "Pernyataan Budi"
        return
    assert stored == "Pernyataan Annisa"
    assert cell.data() == "Pernyataan Annisa"  # the table shows what is stored
    shown = table.paraphrase.toPlainText()
    assert shown == ("Pernyataan Annisa" if answer == KEEP_THEIRS
                     else "Pernyataan Annisa\n\nPernyataan Budi")
    if answer == EDIT:  # saving the merged text now goes through, without asking again
        table.model.setData(cell, shown)
        assert segment_paraphrase(annisa, segment_id=segment_id) == shown
        assert len(asked) == 1
