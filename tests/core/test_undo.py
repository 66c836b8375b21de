"""The undo stack over real core calls: coding and codebook edits undo and redo cleanly."""

from __future__ import annotations

from app.core import undo
from app.core.coders import ensure_coder
from app.core.codes import list_codes
from app.core.project import Project
from app.core.segments import list_segments
from app.core.sources import list_sources


def state(project: Project) -> tuple[object, object]:
    segments = sorted((s.id, s.code_id, s.start, s.end, s.memo) for s in list_segments(project))
    codes = sorted((c.id, c.parent_id, c.name, c.color, c.definition) for c in list_codes(project))
    return segments, codes


def test_a_sequence_of_edits_undoes_to_the_start_and_redoes_to_the_end(
    demo_project: Project,
) -> None:
    project = demo_project
    coder = ensure_coder(project, name="Tester").created
    assert coder is not None
    source = list_sources(project)[0].id
    codable = [c for c in list_codes(project) if c.codable and c.segment_count > 1]
    stack = undo.UndoStack()
    start_state = state(project)
    steps = []
    changes, entry = undo.apply_code(project, name="Apply code A", source_id=source,
                                     code_id=codable[0].id, coder_id=coder, start=0, end=5)
    stack.push(entry)
    segment = changes.created
    assert segment is not None
    for builder in (
        lambda: undo.edit_segment(project, name="Edit", segment_id=segment, actor_id=coder,
                                  old={"end": 5, "memo": ""}, new={"end": 9, "memo": "m"}),
        lambda: undo.rename_code(project, name="Rename", code_id=codable[0].id, new_name="Z"),
        lambda: undo.recolour_code(project, name="Recolour", code_id=codable[0].id,
                                   color="#010203"),
        lambda: undo.update_code(project, name="Doc", code_id=codable[0].id, definition="x"),
        lambda: undo.add_code(project, name="Add code", code_name="Baru",
                              parent_id=codable[0].parent_id),
        lambda: undo.move_code(project, name="Move", code_id=codable[1].id, parent_id=None,
                               index=0),
        lambda: undo.split_code(project, name="Split", code_id=codable[2].id, new_name="S",
                                segment_ids=(list_segments(project, code_ids=frozenset(
                                    {codable[2].id}))[0].id,)),
        lambda: undo.merge_codes(project, name="Merge", source_id=codable[3].id,
                                 target_id=codable[4].id),
        lambda: undo.delete_code(project, name="Delete", code_id=codable[5].id),
        lambda: undo.delete_segment(project, name="Remove", segment_id=segment,
                                    actor_id=coder),
    ):
        steps.append(state(project))
        _changes, entry = builder()
        stack.push(entry)
    end_state = state(project)
    assert stack.undo_name == "Remove"
    for expected in reversed(steps):
        assert not stack.undo().empty
        assert state(project) == expected
    stack.undo()
    assert state(project) == start_state
    assert stack.undo_name is None and stack.redo_name == "Apply code A"
    for _ in range(len(steps) + 1):
        stack.redo()
    assert state(project) == end_state
    # and back again: ids were restored, so the old entries still apply
    for _ in range(len(steps) + 1):
        stack.undo()
    assert state(project) == start_state


def test_pushing_after_undo_drops_the_redo_branch(demo_project: Project) -> None:
    stack = undo.UndoStack()
    code = list_codes(demo_project)[0]
    for colour in ("#111111", "#222222"):
        stack.push(undo.recolour_code(demo_project, name=colour, code_id=code.id,
                                      color=colour)[1])
    stack.undo()
    assert stack.redo_name == "#222222"
    stack.push(undo.recolour_code(demo_project, name="#333333", code_id=code.id,
                                  color="#333333")[1])
    assert stack.redo_name is None and stack.undo_name == "#333333"
