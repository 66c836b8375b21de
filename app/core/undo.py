"""An undo stack of core operations with readable names.

Each :class:`UndoEntry` holds two core calls, ``undo`` and ``redo``, that return the
``Changes`` they made, so the GUI broadcasts them like any other edit. The builders below
perform an operation, then return its ``Changes`` and the entry that reverses it. Rows
come back with their original ids (see ``app.core.codebook_editing`` snapshots), so older
entries stay valid after any sequence of undo and redo.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.core import codebook_editing as codebook
from app.core.changes import Changes
from app.core.project import Project
from app.core.segments import add_segment, remove_segment, update_segment

Operation = Callable[[], Changes]
UNDO_LIMIT = 200


@dataclass(frozen=True)
class UndoEntry:
    name: str  # e.g. "Apply code Kualitas"; the GUI shows "Undo Apply code Kualitas"
    undo: Operation
    redo: Operation


@dataclass
class UndoStack:
    """Entries before ``_index`` are done; those from it on were undone (redo-able)."""

    limit: int = UNDO_LIMIT
    _entries: list[UndoEntry] = field(default_factory=list)
    _index: int = 0

    def push(self, entry: UndoEntry) -> None:
        """Record an operation that was just done; drops whatever could be redone."""
        del self._entries[self._index:]
        self._entries.append(entry)
        if len(self._entries) > self.limit:
            del self._entries[0]
        self._index = len(self._entries)

    def clear(self) -> None:
        self._entries.clear()
        self._index = 0

    @property
    def undo_name(self) -> str | None:
        return self._entries[self._index - 1].name if self._index > 0 else None

    @property
    def redo_name(self) -> str | None:
        return self._entries[self._index].name if self._index < len(self._entries) else None

    def undo(self) -> Changes:
        """Undo the last entry; on error (TelaahError) the stack is unchanged."""
        if self._index == 0:
            return Changes()
        changes = self._entries[self._index - 1].undo()
        self._index -= 1
        return changes

    def redo(self) -> Changes:
        if self._index >= len(self._entries):
            return Changes()
        changes = self._entries[self._index].redo()
        self._index += 1
        return changes


def combine(name: str, entries: list[UndoEntry]) -> UndoEntry:
    """One entry for several done in order: undone in reverse, redone in order."""
    steps = list(entries)

    def undo_all() -> Changes:
        changes = Changes()
        for entry in reversed(steps):
            changes |= entry.undo()
        return changes

    def redo_all() -> Changes:
        changes = Changes()
        for entry in steps:
            changes |= entry.redo()
        return changes

    return UndoEntry(name=name, undo=undo_all, redo=redo_all)


# --- segments -------------------------------------------------------------------------


def _remover(project: Project, segment_id: int, actor_id: int,
             box: dict[str, Any]) -> Operation:
    def remove() -> Changes:
        box["records"] = codebook.snapshot_segments(project, segment_ids=(segment_id,))
        return remove_segment(project, segment_id=segment_id, actor_id=actor_id)
    return remove


def apply_code(project: Project, *, name: str, source_id: int, code_id: int, coder_id: int,
               start: int, end: int, memo: str = "") -> tuple[Changes, UndoEntry]:
    changes = add_segment(project, source_id=source_id, code_id=code_id, coder_id=coder_id,
                          start=start, end=end, memo=memo)
    assert changes.created is not None
    box: dict[str, Any] = {}
    return changes, UndoEntry(
        name=name,
        undo=_remover(project, changes.created, coder_id, box),
        redo=lambda: codebook.restore_segments(project, box["records"]),
    )


def delete_segment(project: Project, *, name: str, segment_id: int,
                   actor_id: int) -> tuple[Changes, UndoEntry]:
    box: dict[str, Any] = {}
    changes = _remover(project, segment_id, actor_id, box)()
    return changes, UndoEntry(
        name=name,
        undo=lambda: codebook.restore_segments(project, box["records"]),
        redo=_remover(project, segment_id, actor_id, box),
    )


def edit_segment(project: Project, *, name: str, segment_id: int, actor_id: int,
                 old: dict[str, Any], new: dict[str, Any]) -> tuple[Changes, UndoEntry]:
    """``old``/``new``: the ``update_segment`` keywords (code_id, start, end, memo) to swap."""
    def to(values: dict[str, Any]) -> Operation:
        return lambda: update_segment(project, segment_id=segment_id, actor_id=actor_id,
                                      **values)
    return to(new)(), UndoEntry(name=name, undo=to(old), redo=to(new))


# --- codebook -------------------------------------------------------------------------


def _deleter(project: Project, code_id: int, box: dict[str, Any]) -> Operation:
    def remove() -> Changes:
        box["tree"] = codebook.snapshot_code_tree(project, code_id=code_id)
        return codebook.delete_code(project, code_id=code_id)
    return remove


def add_code(project: Project, *, name: str, code_name: str,
             **values: Any) -> tuple[Changes, UndoEntry]:
    """``values``: the other keywords of ``codebook_editing.add_code`` (parent_id, color...)."""
    changes = codebook.add_code(project, name=code_name, **values)
    assert changes.created is not None
    box: dict[str, Any] = {}
    return changes, UndoEntry(
        name=name, undo=_deleter(project, changes.created, box),
        redo=lambda: codebook.restore_code_tree(project, box["tree"]))


def delete_code(project: Project, *, name: str, code_id: int) -> tuple[Changes, UndoEntry]:
    box: dict[str, Any] = {}
    changes = _deleter(project, code_id, box)()
    return changes, UndoEntry(
        name=name, undo=lambda: codebook.restore_code_tree(project, box["tree"]),
        redo=_deleter(project, code_id, box))


def rename_code(project: Project, *, name: str, code_id: int,
                new_name: str) -> tuple[Changes, UndoEntry]:
    old_name = dict(codebook.snapshot_code_tree(project, code_id=code_id).codes[0].values)["name"]
    changes = codebook.rename_code(project, code_id=code_id, name=new_name)
    return changes, UndoEntry(
        name=name, undo=lambda: codebook.rename_code(project, code_id=code_id, name=old_name),
        redo=lambda: codebook.rename_code(project, code_id=code_id, name=new_name))


def recolour_code(project: Project, *, name: str, code_id: int,
                  color: str) -> tuple[Changes, UndoEntry]:
    old = dict(codebook.snapshot_code_tree(project, code_id=code_id).codes[0].values)["color"]
    changes = codebook.recolour_code(project, code_id=code_id, color=color)
    return changes, UndoEntry(
        name=name, undo=lambda: codebook.recolour_code(project, code_id=code_id, color=old),
        redo=lambda: codebook.recolour_code(project, code_id=code_id, color=color))


def update_code(project: Project, *, name: str, code_id: int,
                **values: Any) -> tuple[Changes, UndoEntry]:
    before = codebook.code_fields(project, code_id=code_id)
    old = {key: before[key] for key in values}
    changes = codebook.update_code(project, code_id=code_id, **values)
    return changes, UndoEntry(
        name=name, undo=lambda: codebook.update_code(project, code_id=code_id, **old),
        redo=lambda: codebook.update_code(project, code_id=code_id, **values))


def move_code(project: Project, *, name: str, code_id: int, parent_id: int | None,
              index: int | None = None) -> tuple[Changes, UndoEntry]:
    old_parent, old_index = codebook.code_place(project, code_id=code_id)
    changes = codebook.move_code(project, code_id=code_id, parent_id=parent_id, index=index)
    return changes, UndoEntry(
        name=name,
        undo=lambda: codebook.move_code(project, code_id=code_id, parent_id=old_parent,
                                        index=old_index),
        redo=lambda: codebook.move_code(project, code_id=code_id, parent_id=parent_id,
                                        index=index))


def merge_codes(project: Project, *, name: str, source_id: int,
                target_id: int) -> tuple[Changes, UndoEntry]:
    box: dict[str, Any] = {}

    def merge() -> Changes:
        box["contents"] = codebook.code_contents(project, code_id=source_id)
        box["code"] = codebook.snapshot_code_tree(project, code_id=source_id).codes[0]
        box["codable"] = codebook.code_fields(project, code_id=target_id)["codable"]
        return codebook.merge_codes(project, source_id=source_id, target_id=target_id)

    def unmerge() -> Changes:
        contents = box["contents"]
        restored = codebook.restore_code_tree(
            project, codebook.CodeTreeSnapshot(codes=(box["code"],), segments=(), memo_links=()))
        return (restored
                | codebook.reassign(project, code_id=source_id, segment_ids=contents.segment_ids,
                                    memo_ids=contents.memo_ids, child_ids=contents.child_ids)
                | codebook.update_code(project, code_id=target_id, codable=box["codable"]))

    return merge(), UndoEntry(name=name, undo=unmerge, redo=merge)


def split_code(project: Project, *, name: str, code_id: int, new_name: str,
               segment_ids: tuple[int, ...]) -> tuple[Changes, UndoEntry]:
    changes = codebook.split_code(project, code_id=code_id, name=new_name,
                                  segment_ids=segment_ids)
    new_id = changes.created
    assert new_id is not None
    box: dict[str, Any] = {}

    def unsplit() -> Changes:
        box["tree"] = codebook.snapshot_code_tree(project, code_id=new_id)
        moved = codebook.reassign(project, code_id=code_id, segment_ids=segment_ids)
        return moved | codebook.delete_code(project, code_id=new_id)

    def resplit() -> Changes:
        tree = box["tree"]
        empty = codebook.CodeTreeSnapshot(codes=tree.codes, segments=(), memo_links=())
        return (codebook.restore_code_tree(project, empty)
                | codebook.reassign(project, code_id=new_id, segment_ids=segment_ids))

    return changes, UndoEntry(name=name, undo=unsplit, redo=resplit)
