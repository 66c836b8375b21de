"""Coding every hit of a search is one step of the core history: undone and redone whole."""

from __future__ import annotations

from app.core.codes import list_codes
from app.core.ids import CodeId
from app.core.project import Project
from app.core.search import search_project
from app.core.segments import list_segments
from app.core.workbench import Workbench


def _mine(project: Project) -> set[tuple[int, int, int, int]]:
    return {(s.id, s.source_id, s.start, s.end) for s in list_segments(project)
            if s.coder == "Pencari"}


def test_code_all_hits_undoes_and_redoes_as_one_step(demo_project: Project) -> None:
    wb = Workbench(demo_project, coder_name="Pencari")
    hits = search_project(demo_project, query="anggaran", mode="word")
    assert len(hits) > 3
    code = next(c for c in list_codes(demo_project) if c.codable)
    changes = wb.segments.code_hits(hits=hits, code_id=CodeId(code.id),
                                    name="Code hits with anggaran")
    coded = _mine(demo_project)
    assert {(s, a, b) for _id, s, a, b in coded} == {(h.source_id, h.start, h.end)
                                                    for h in hits}
    assert {segment_id for segment_id, *_ in coded} == set(changes.segments)
    assert changes.fresh is not None and len(changes.fresh.segments) == len(hits)
    assert wb.undo_name == "Code hits with anggaran"
    undone = wb.undo()
    assert _mine(demo_project) == set() and set(changes.segments) <= undone.segments
    wb.redo()
    assert _mine(demo_project) == coded  # the same segments, with their ids


def test_coding_hits_twice_adds_nothing_the_second_time(demo_project: Project) -> None:
    wb = Workbench(demo_project, coder_name="Pencari")
    hits = search_project(demo_project, query="anggaran", mode="word")
    code = next(c for c in list_codes(demo_project) if c.codable)
    wb.segments.code_hits(hits=hits, code_id=CodeId(code.id), name="first")
    coded = _mine(demo_project)
    again = wb.segments.code_hits(hits=hits, code_id=CodeId(code.id), name="second")
    assert again.segments == frozenset()
    wb.undo()  # the second step created nothing, so taking it back removes nothing
    assert _mine(demo_project) == coded
