"""Informant edits undo and redo through the undo stack, on a real project file."""

from __future__ import annotations

from app.core import informant_undo
from app.core.informants import list_informants
from app.core.project import Project
from app.core.segments import list_segments
from app.core.sources import list_sources
from app.core.summary_grid import summary_cells, write_summary_cell
from app.core.undo import UndoStack


def state(project: Project) -> tuple[object, object]:
    informants = sorted((i.id, i.label, i.pseudonym, i.role, i.informant_type,
                         tuple(i.attributes.items()), i.real_name, i.source_count)
                        for i in list_informants(project))
    sources = sorted((s.id, s.informant_id) for s in list_sources(project))
    return informants, sources


def test_add_edit_link_remove_undo_to_the_start_and_redo_to_the_end(
    demo_project: Project,
) -> None:
    project = demo_project
    stack = UndoStack()
    start = state(project)
    source = next(s for s in list_sources(project) if s.informant_id is not None)
    changes, entry = informant_undo.add_informant(
        project, name="Add I7", label="I7", pseudonym="Bu Sari", role="Guru",
        informant_type="pendukung", real_name="Sari W.")
    stack.push(entry)
    new_id = changes.created
    assert new_id is not None
    steps = [state(project)]
    for build in (
        lambda: informant_undo.edit_informant(project, name="Edit I7", informant_id=new_id,
                                              pseudonym="Bu Sri", attributes={"usia": 50}),
        lambda: informant_undo.link_source(project, name="Link", source_id=source.id,
                                           informant_id=new_id),
        lambda: informant_undo.remove_informant(project, name="Remove I7",
                                                informant_id=new_id, unlink_sources=True),
    ):
        _changes, entry = build()
        stack.push(entry)
        steps.append(state(project))
    assert all(step != start for step in steps)
    for expected in reversed([start, *steps[:-1]]):
        stack.undo()
        assert state(project) == expected
    for expected in steps:
        stack.redo()
        assert state(project) == expected


def test_undoing_a_removal_restores_links_and_summary_cells(demo_project: Project) -> None:
    project = demo_project
    informant = next(i for i in list_informants(project) if i.source_count)
    code_id = next(s.code_id for s in list_segments(project)
                   if s.informant == informant.label)
    write_summary_cell(project, code_id=code_id, informant_id=informant.id, body="Ringkas.")
    cells_before = summary_cells(project)
    before = state(project)
    _changes, entry = informant_undo.remove_informant(
        project, name="Remove", informant_id=informant.id, unlink_sources=True)
    assert informant.id not in {i.id for i in list_informants(project)}
    entry.undo()
    assert state(project) == before
    assert summary_cells(project) == cells_before
    assert any(cell.body == "Ringkas." and cell.linked_segment_ids for cell in cells_before)
    entry.redo()
    assert not [cell for cell in summary_cells(project) if cell.informant_id == informant.id]
