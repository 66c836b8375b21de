"""Undo over someone else's later value, when the person chooses to (issue 24: undo used
to refuse and leave it there). Only a changed field may be overwritten: another person's
comments, verdicts and deletions still refuse the step. SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.coders import ensure_coder
from app.core.codes import CodeView
from app.core.project import Project
from app.core.project_copy import copy_project
from app.core.review import review_thread
from app.core.workbench import Workbench
from app.errors import UndoConflict, UndoKeepsOthersWork


@pytest.fixture
def pair(project_location: str, demo_template: Path) -> Iterator[tuple[Workbench, Workbench]]:
    if project_location.endswith(".telaah"):
        shutil.copyfile(demo_template, project_location)
    else:
        copy_project(demo_template, project_location).close()
    annisa = Workbench(Project.open(project_location), coder_name="Annisa")
    budi = Workbench(Project.open(project_location), coder_name="Budi")
    yield annisa, budi
    annisa.close()
    budi.close()


def _code(bench: Workbench) -> CodeView:
    return next(c for c in bench.codes.all() if c.codable and c.parent_id)


def test_undo_over_a_later_rename_when_chosen(pair: tuple[Workbench, Workbench]) -> None:
    annisa, budi = pair
    code = _code(annisa)
    annisa.codes.rename(code_id=code.id, new_name="Nama A", name="Rename")
    budi.codes.rename(code_id=code.id, new_name="Nama B")
    with pytest.raises(UndoConflict):
        annisa.undo()
    annisa.undo(overwrite_others=True)
    assert annisa.codes.get(code.id).name == code.name  # type: ignore[union-attr]
    assert annisa.redo_name == "Rename"
    # The choice held for that step only: the next conflict refuses again.
    budi.codes.rename(code_id=code.id, new_name="Nama B lagi")
    with pytest.raises(UndoConflict):
        annisa.redo()


def test_choosing_to_overwrite_never_deletes_a_supervisors_verdict(
        pair: tuple[Workbench, Workbench]) -> None:
    annisa, _budi = pair
    supervisor = Workbench(annisa.project, coder_name="Dr Sari")
    ensure_coder(annisa.project, name="Dr Sari", role="supervisor")
    source_id = annisa.sources.all()[0].id
    segment_id = annisa.segments.apply(source_id=source_id, code_id=_code(annisa).id,
                                       start=10, end=40, name="Apply").created
    assert segment_id is not None
    supervisor.review.give_verdict(segment_id=segment_id, verdict="needs_revision",
                                   comment="Potong di titik")
    annisa.project.actor = "Annisa"  # the supervisor's workbench shares this handle
    with pytest.raises(UndoKeepsOthersWork):
        annisa.undo(overwrite_others=True)
    assert [c.body for c in review_thread(annisa.project, segment_id=segment_id)] == [
        "Potong di titik"]
