"""Undo in the core: an undo stack of core operations with readable names.

Design (issue 18; the team-editing work of issue 24 builds on it):

- A *builder* (``apply_code``, ``rename_code``...; also ``informant_undo`` and
  ``review_undo``) performs one edit and returns its ``Changes`` with an
  :class:`UndoEntry`: two core calls, ``undo`` and ``redo``, each returning the
  ``Changes`` it made. Builders read what they must remember and write in ONE transaction
  (``Project.writing()`` nests: every core call made inside joins the open session), and
  every ``undo``/``redo`` runs in one transaction too. Rows come back with their original
  ids (``app.core.codebook_editing`` snapshots), so older entries stay valid after any
  sequence of undo and redo.
- :class:`History` is the undo history of one open project: ``perform`` runs a builder in
  one transaction and records its entry with the ``Changes`` it made (``UndoEntry.touched``);
  ``undo``/``redo`` run an entry in one transaction and move the cursor only once that
  transaction has committed, so on any error (a TelaahError, or a database problem) the
  project and the history are both as they were. A compound action (in-vivo coding:
  maybe a category, a code, then a segment) is several builders inside one ``perform``,
  merged with :func:`combine`: one transaction, one entry, undone as one.
- ``History.before_step`` is the hook for "undo that respects others" (issue 24): it is
  called inside the transaction of an undo or redo, before the entry runs, with the entry
  and the direction; raising a TelaahError there refuses the step and changes nothing.
  ``UndoEntry.touched`` says which rows the original edit touched.
- :class:`app.core.workbench.Workbench` owns one History; the Qt ``EditHistory``
  (``app/ui/host/edit_history.py``) only turns it into signals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import wraps
from typing import Any, Literal, ParamSpec

from app.core import codebook_editing as codebook
from app.core.changes import Changes
from app.core.ids import CodeId, CoderId, SegmentId, SourceId
from app.core.project import Project
from app.core.segments import add_segment, remove_segment, update_segment

Operation = Callable[[], Changes]
Built = tuple[Changes, "UndoEntry"]
Direction = Literal["undo", "redo"]
UNDO_LIMIT = 200
_Params = ParamSpec("_Params")


@dataclass(frozen=True)
class UndoEntry:
    name: str  # e.g. "Apply code Kualitas"; the GUI shows "Undo Apply code Kualitas"
    undo: Operation
    redo: Operation
    touched: Changes = field(default_factory=Changes)  # what the edit itself changed
    # The edit changes codes themselves (not only segments): the code tree is re-read.
    codebook: bool = False


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

    def entry_to(self, direction: Direction) -> UndoEntry | None:
        """The entry an undo (or a redo) would run next, if any."""
        if direction == "undo":
            return self._entries[self._index - 1] if self._index > 0 else None
        return self._entries[self._index] if self._index < len(self._entries) else None

    def moved(self, direction: Direction) -> None:
        """Move the cursor after ``entry_to(direction)`` was run successfully."""
        self._index += -1 if direction == "undo" else 1

    def undo(self) -> Changes:
        """Undo the last entry; on error (TelaahError) the stack is unchanged."""
        entry = self.entry_to("undo")
        if entry is None:
            return Changes()
        changes = entry.undo()
        self.moved("undo")
        return changes

    def redo(self) -> Changes:
        entry = self.entry_to("redo")
        if entry is None:
            return Changes()
        changes = entry.redo()
        self.moved("redo")
        return changes


StepCheck = Callable[[UndoEntry, Direction], None]
Extra = Callable[[Changes, UndoEntry], Changes]


class History:
    """The undo history of one open project; every step runs in one transaction.

    ``perform(build)`` runs a builder (a call returning ``(Changes, UndoEntry)``) inside
    one ``project.writing()`` and records its entry; ``undo()``/``redo()`` do the same for
    the entry under the cursor. ``extra`` (optional) runs in the same transaction after the
    step, with its ``Changes`` and entry, and returns the ``Changes`` to hand out (the
    workbench adds fresh views there).
    """

    def __init__(self, project: Project, *, limit: int = UNDO_LIMIT) -> None:
        self.project = project
        self.stack = UndoStack(limit=limit)
        self.before_step: StepCheck | None = None

    @property
    def undo_name(self) -> str | None:
        return self.stack.undo_name

    @property
    def redo_name(self) -> str | None:
        return self.stack.redo_name

    def clear(self) -> None:
        self.stack.clear()

    def perform(self, build: Callable[[], Built], extra: Extra | None = None) -> Changes:
        with self.project.writing():
            changes, entry = build()
            result = extra(changes, entry) if extra is not None else changes
        self.stack.push(replace(entry, touched=changes))
        return result

    def undo(self, extra: Extra | None = None) -> Changes:
        return self._step("undo", extra)

    def redo(self, extra: Extra | None = None) -> Changes:
        return self._step("redo", extra)

    def _step(self, direction: Direction, extra: Extra | None) -> Changes:
        entry = self.stack.entry_to(direction)
        if entry is None:
            return Changes()
        with self.project.writing():
            if self.before_step is not None:
                self.before_step(entry, direction)
            changes = entry.undo() if direction == "undo" else entry.redo()
            result = extra(changes, entry) if extra is not None else changes
        self.stack.moved(direction)
        return result


def one_transaction(builder: Callable[_Params, Built], *,
                    codebook: bool = False) -> Callable[_Params, Built]:
    """Run a builder, and the undo and redo it returns, each in one transaction.

    The builder's first argument is the project. ``codebook``: its edits change codes
    themselves (see ``UndoEntry.codebook``).
    """

    @wraps(builder)
    def run(*args: _Params.args, **kwargs: _Params.kwargs) -> Built:
        project = args[0] if args else kwargs.get("project")
        assert isinstance(project, Project)
        with project.writing():
            changes, entry = builder(*args, **kwargs)
        return changes, replace(entry, undo=_atomic(project, entry.undo),
                                redo=_atomic(project, entry.redo),
                                codebook=codebook or entry.codebook)

    return run


def codebook_edit(builder: Callable[_Params, Built]) -> Callable[_Params, Built]:
    """:func:`one_transaction` for a builder that changes codes themselves."""
    return one_transaction(builder, codebook=True)


def _atomic(project: Project, operation: Operation) -> Operation:
    def run() -> Changes:
        with project.writing():
            return operation()
    return run


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

    return UndoEntry(name=name, undo=undo_all, redo=redo_all,
                     codebook=any(entry.codebook for entry in steps))


# --- segments -------------------------------------------------------------------------


def _remover(project: Project, segment_id: SegmentId, actor_id: CoderId,
             box: dict[str, Any]) -> Operation:
    def remove() -> Changes:
        box["records"] = codebook.snapshot_segments(project, segment_ids=(segment_id,))
        return remove_segment(project, segment_id=segment_id, actor_id=actor_id)
    return remove


@one_transaction
def apply_code(project: Project, *, name: str, source_id: SourceId, code_id: CodeId,
               coder_id: CoderId,
               start: int, end: int, memo: str = "") -> tuple[Changes, UndoEntry]:
    changes = add_segment(project, source_id=source_id, code_id=code_id, coder_id=coder_id,
                          start=start, end=end, memo=memo)
    assert changes.created is not None
    created = SegmentId(changes.created)  # add_segment creates a segment
    box: dict[str, Any] = {}
    return changes, UndoEntry(
        name=name,
        undo=_remover(project, created, coder_id, box),
        redo=lambda: codebook.restore_segments(project, box["records"]),
    )


@one_transaction
def delete_segment(project: Project, *, name: str, segment_id: SegmentId,
                   actor_id: CoderId) -> tuple[Changes, UndoEntry]:
    box: dict[str, Any] = {}
    changes = _remover(project, segment_id, actor_id, box)()
    return changes, UndoEntry(
        name=name,
        undo=lambda: codebook.restore_segments(project, box["records"]),
        redo=_remover(project, segment_id, actor_id, box),
    )


@one_transaction
def edit_segment(project: Project, *, name: str, segment_id: SegmentId, actor_id: CoderId,
                 old: dict[str, Any], new: dict[str, Any]) -> tuple[Changes, UndoEntry]:
    """``old``/``new``: the ``update_segment`` keywords (code_id, start, end, memo) to swap.

    ``old`` is what the editor showed: a field someone else changed since is an
    EditConflict (issue 24: the same coder on two machines)."""
    def to(values: dict[str, Any]) -> Operation:
        return lambda: update_segment(project, segment_id=segment_id, actor_id=actor_id,
                                      **values)
    done = update_segment(project, segment_id=segment_id, actor_id=actor_id,
                          expected={key: old[key] for key in new if key in old}, **new)
    return done, UndoEntry(name=name, undo=to(old), redo=to(new))


# --- codebook -------------------------------------------------------------------------


def _deleter(project: Project, code_id: CodeId, box: dict[str, Any]) -> Operation:
    def remove() -> Changes:
        box["tree"] = codebook.snapshot_code_tree(project, code_id=code_id)
        return codebook.delete_code(project, code_id=code_id)
    return remove


@codebook_edit
def add_code(project: Project, *, name: str, code_name: str,
             **values: Any) -> tuple[Changes, UndoEntry]:
    """``values``: the other keywords of ``codebook_editing.add_code`` (parent_id, color...)."""
    changes = codebook.add_code(project, name=code_name, **values)
    assert changes.created is not None
    box: dict[str, Any] = {}
    return changes, UndoEntry(
        name=name, undo=_deleter(project, CodeId(changes.created), box),  # a code was added
        redo=lambda: codebook.restore_code_tree(project, box["tree"]))


@codebook_edit
def delete_code(project: Project, *, name: str, code_id: CodeId) -> tuple[Changes, UndoEntry]:
    box: dict[str, Any] = {}
    changes = _deleter(project, code_id, box)()
    return changes, UndoEntry(
        name=name, undo=lambda: codebook.restore_code_tree(project, box["tree"]),
        redo=_deleter(project, code_id, box))


@codebook_edit
def rename_code(project: Project, *, name: str, code_id: CodeId, new_name: str,
                expected: str | None = None) -> tuple[Changes, UndoEntry]:
    """``expected``: the name the editor showed (issue 24: a stale name is a conflict)."""
    old_name = dict(codebook.snapshot_code_tree(project, code_id=code_id).codes[0].values)["name"]
    changes = codebook.rename_code(project, code_id=code_id, name=new_name, expected=expected)
    return changes, UndoEntry(
        name=name, undo=lambda: codebook.rename_code(project, code_id=code_id, name=old_name),
        redo=lambda: codebook.rename_code(project, code_id=code_id, name=new_name))


@codebook_edit
def recolour_code(project: Project, *, name: str, code_id: CodeId, color: str,
                  expected: str | None = None) -> tuple[Changes, UndoEntry]:
    old = dict(codebook.snapshot_code_tree(project, code_id=code_id).codes[0].values)["color"]
    changes = codebook.recolour_code(project, code_id=code_id, color=color, expected=expected)
    return changes, UndoEntry(
        name=name, undo=lambda: codebook.recolour_code(project, code_id=code_id, color=old),
        redo=lambda: codebook.recolour_code(project, code_id=code_id, color=color))


@codebook_edit
def update_code(project: Project, *, name: str, code_id: CodeId,
                expected: dict[str, Any] | None = None,
                **values: Any) -> tuple[Changes, UndoEntry]:
    """``expected``: the values the editor showed for the fields sent (issue 24)."""
    before = codebook.code_fields(project, code_id=code_id)
    old = {key: before[key] for key in values}
    changes = codebook.update_code(project, code_id=code_id, expected=expected, **values)
    return changes, UndoEntry(
        name=name, undo=lambda: codebook.update_code(project, code_id=code_id, **old),
        redo=lambda: codebook.update_code(project, code_id=code_id, **values))


@codebook_edit
def move_code(project: Project, *, name: str, code_id: CodeId, parent_id: CodeId | None,
              index: int | None = None) -> tuple[Changes, UndoEntry]:
    old_parent, old_index = codebook.code_place(project, code_id=code_id)
    changes = codebook.move_code(project, code_id=code_id, parent_id=parent_id, index=index)
    return changes, UndoEntry(
        name=name,
        undo=lambda: codebook.move_code(project, code_id=code_id, parent_id=old_parent,
                                        index=old_index),
        redo=lambda: codebook.move_code(project, code_id=code_id, parent_id=parent_id,
                                        index=index))


@codebook_edit
def merge_codes(project: Project, *, name: str, source_id: CodeId,
                target_id: CodeId) -> tuple[Changes, UndoEntry]:
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


@codebook_edit
def split_code(project: Project, *, name: str, code_id: CodeId, new_name: str,
               segment_ids: tuple[SegmentId, ...]) -> tuple[Changes, UndoEntry]:
    changes = codebook.split_code(project, code_id=code_id, name=new_name,
                                  segment_ids=segment_ids)
    assert changes.created is not None
    new_id = CodeId(changes.created)  # split_code creates the new sub-code
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
