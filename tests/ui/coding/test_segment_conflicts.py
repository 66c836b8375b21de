"""Issue 24 through the segment editor, on SQLite and PostgreSQL: the same coder edits a
segment's memo on two machines; the second is asked (keep mine, keep theirs, edit)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.coders import list_coders
from app.core.ids import CoderId, SegmentId
from app.core.project import Project
from app.core.project_copy import copy_project
from app.core.segments import SegmentView, list_segments, update_segment
from app.errors import EditConflict
from app.ui.shell.workspace import Workspace
from app.ui.widgets.conflict_dialog import EDIT, KEEP_MINE, KEEP_THEIRS


@pytest.fixture
def machines(project_location: str, demo_template: Path) -> Iterator[tuple[Project, Project]]:
    if project_location.endswith(".telaah"):
        shutil.copyfile(demo_template, project_location)
    else:
        copy_project(demo_template, project_location).close()
    laptop, office = Project.open(project_location), Project.open(project_location)
    yield laptop, office
    laptop.close()
    office.close()


def _stored(project: Project, segment_id: int) -> SegmentView:
    return next(s for s in list_segments(project) if s.id == segment_id)


@pytest.mark.parametrize("answer", [KEEP_MINE, KEEP_THEIRS, EDIT])
def test_a_memo_changed_on_another_machine(qtbot: QtBot, machines: tuple[Project, Project],
                                          answer: str) -> None:
    laptop, office = machines
    segment = list_segments(office)[0]
    workspace = Workspace(office, segment.coder)
    qtbot.addWidget(workspace)
    workspace.show_span(segment.source_id, segment.start, segment.end)
    coder = next(c for c in list_coders(laptop) if c.name == segment.coder)
    update_segment(laptop, segment_id=SegmentId(segment.id), actor_id=CoderId(coder.id),
                   memo="Catatan dari laptop")
    asked: list[EditConflict] = []
    workspace.segment_actions.resolve = lambda _parent, conflict: asked.append(
        conflict) or answer
    memos: list[str] = []

    def ask_memo(shown: SegmentView) -> str | None:  # the memo dialog, opened again
        memos.append(shown.memo)
        return shown.memo + " (digabung)"

    workspace.ask_memo = ask_memo  # type: ignore[method-assign]  # the dialog's answer
    changes = workspace.segment_actions.set_memo("Catatan dari kantor", segment)
    assert [c.field_key for c in asked] == ["memo"]
    stored = _stored(laptop, segment.id).memo
    if answer == KEEP_MINE:
        assert changes is not None and stored == "Catatan dari kantor"
        assert workspace.history.stack.undo_name is not None
    elif answer == KEEP_THEIRS:
        assert changes is None and stored == "Catatan dari laptop" and memos == []
    else:  # edit: the memo dialog shows theirs above mine; what it returns is saved
        assert memos == ["Catatan dari laptop\n\nCatatan dari kantor"]
        assert stored == "Catatan dari laptop\n\nCatatan dari kantor (digabung)"
    # The transcript shows what is stored, whichever the answer.
    shown = workspace.transcript.view.segments_by_id()[segment.id]
    assert shown.memo == stored
