"""Codebook editing on the demo project: names, colours, moves, merge, split, delete."""

from __future__ import annotations

import pytest

from app.core import codebook_editing as editing
from app.core.codes import CodeView, list_codes
from app.core.memos import add_memo
from app.core.project import Project
from app.core.segments import list_segments
from app.errors import DuplicateName, InvalidValue


def codable_with_segments(project: Project) -> list[CodeView]:
    return [c for c in list_codes(project) if c.codable and c.segment_count > 1]


def by_id(project: Project, code_id: int) -> CodeView | None:
    return next((c for c in list_codes(project) if c.id == code_id), None)


def test_add_rename_and_duplicate_sibling_names_are_refused(demo_project: Project) -> None:
    root = list_codes(demo_project)[0]
    changes = editing.add_code(demo_project, name="Baru", parent_id=root.id)
    assert changes.created is not None
    code = by_id(demo_project, changes.created)
    assert code is not None and code.parent_id == root.id and code.color == root.color
    with pytest.raises(DuplicateName):
        editing.add_code(demo_project, name="baru", parent_id=root.id)
    editing.add_code(demo_project, name="Baru")  # another parent: allowed
    sibling = next(c for c in list_codes(demo_project)
                   if c.parent_id == root.id and c.id != changes.created)
    with pytest.raises(DuplicateName):
        editing.rename_code(demo_project, code_id=changes.created, name=sibling.name)
    editing.rename_code(demo_project, code_id=changes.created, name="Lain")
    assert by_id(demo_project, changes.created).name == "Lain"  # type: ignore[union-attr]


def test_recolour_and_document_fields(demo_project: Project) -> None:
    code = codable_with_segments(demo_project)[0]
    editing.recolour_code(demo_project, code_id=code.id, color="#123abc")
    with pytest.raises(InvalidValue):
        editing.recolour_code(demo_project, code_id=code.id, color="red")
    editing.update_code(demo_project, code_id=code.id, definition="D", shortcut=" 7 ")
    fresh = by_id(demo_project, code.id)
    assert fresh is not None
    assert (fresh.color, fresh.definition, fresh.shortcut) == ("#123ABC", "D", "7")
    with pytest.raises(InvalidValue):
        editing.update_code(demo_project, code_id=code.id, name="x")


def test_move_reorders_siblings_and_refuses_moving_under_itself(demo_project: Project) -> None:
    roots = [c for c in list_codes(demo_project) if c.parent_id is None]
    last = roots[-1]
    editing.move_code(demo_project, code_id=last.id, parent_id=None, index=0)
    assert [c for c in list_codes(demo_project) if c.parent_id is None][0].id == last.id
    child = next(c for c in list_codes(demo_project) if c.parent_id == last.id)
    with pytest.raises(InvalidValue):
        editing.move_code(demo_project, code_id=last.id, parent_id=child.id)
    editing.move_code(demo_project, code_id=child.id, parent_id=roots[0].id, index=1)
    assert editing.code_place(demo_project, code_id=child.id) == (roots[0].id, 1)


def test_merge_moves_segments_and_keeps_memos(demo_project: Project) -> None:
    source, target = codable_with_segments(demo_project)[:2]
    add_memo_kwargs = {"title": "M", "body": "kept", "code_id": source.id}
    memo_changes = add_memo(demo_project, **add_memo_kwargs)
    total = source.segment_count + target.segment_count
    editing.merge_codes(demo_project, source_id=source.id, target_id=target.id)
    assert by_id(demo_project, source.id) is None
    assert by_id(demo_project, target.id).segment_count == total  # type: ignore[union-attr]
    contents = editing.code_contents(demo_project, code_id=target.id)
    assert memo_changes.created in contents.memo_ids


def test_split_takes_chosen_segments_only(demo_project: Project) -> None:
    code = codable_with_segments(demo_project)[0]
    segments = list_segments(demo_project, code_ids=frozenset({code.id}))
    chosen = (segments[0].id,)
    changes = editing.split_code(demo_project, code_id=code.id, name="Pecahan",
                                 segment_ids=chosen)
    new = by_id(demo_project, changes.created)  # type: ignore[arg-type]
    assert new is not None and new.parent_id == code.id and new.segment_count == 1
    other = codable_with_segments(demo_project)[-1]
    with pytest.raises(InvalidValue):
        editing.split_code(demo_project, code_id=code.id, name="X",
                           segment_ids=(list_segments(demo_project, code_ids=frozenset(
                               {other.id}))[0].id,))


def test_delete_counts_first_and_restore_brings_everything_back(demo_project: Project) -> None:
    root = next(c for c in list_codes(demo_project) if c.parent_id is None)
    count = editing.count_segments_under(demo_project, root.id)
    assert count > 0
    before = list_segments(demo_project)
    snapshot = editing.snapshot_code_tree(demo_project, code_id=root.id)
    changes = editing.delete_code(demo_project, code_id=root.id)
    assert len(changes.segments) == count
    assert len(list_segments(demo_project)) == len(before) - count
    editing.restore_code_tree(demo_project, snapshot)
    assert sorted((s.id, s.code_id, s.start, s.end) for s in list_segments(demo_project)) == \
        sorted((s.id, s.code_id, s.start, s.end) for s in before)
