"""The workbench's codebook: ``wb.codes`` (see :mod:`app.core.workbench`).

Every edit of a code is one undoable step (``app.core.undo``'s builders) run through the
workbench, so it is one transaction that brings the code tree back with its Changes.
"""

from __future__ import annotations

from pathlib import Path

from app.core import undo
from app.core.changes import Changes
from app.core.codebook_editing import code_place, count_segments_under
from app.core.codes import CodeView, export_codebook, import_codebook, list_codes
from app.core.ids import CodeId, SegmentId
from app.core.undo import Built, UndoEntry
from app.core.workbench_parts import WorkbenchCore


class Codes:
    """The codebook: list, add, rename, recolour, document, move, merge, split, delete."""

    def __init__(self, workbench: WorkbenchCore) -> None:
        self._wb = workbench

    def all(self) -> list[CodeView]:
        return list_codes(self._wb.project)

    def get(self, code_id: CodeId) -> CodeView | None:
        return next((code for code in self.all() if code.id == code_id), None)

    def place(self, code_id: CodeId) -> tuple[CodeId | None, int]:
        """(parent id, index among its siblings)."""
        return code_place(self._wb.project, code_id=code_id)

    def count_segments_under(self, code_id: CodeId) -> int:
        return count_segments_under(self._wb.project, code_id)

    def add(self, *, code_name: str, parent_id: CodeId | None = None, name: str = "",
            **values: object) -> Changes:
        return self._wb.perform(lambda: undo.add_code(
            self._wb.project, name=name, code_name=code_name, parent_id=parent_id, **values))

    def rename(self, *, code_id: CodeId, new_name: str, name: str = "",
               expected: str | None = None) -> Changes:
        return self._wb.perform(lambda: undo.rename_code(
            self._wb.project, name=name, code_id=code_id, new_name=new_name,
            expected=expected))

    def recolour(self, *, code_id: CodeId, color: str, name: str = "",
                 expected: str | None = None) -> Changes:
        return self._wb.perform(lambda: undo.recolour_code(
            self._wb.project, name=name, code_id=code_id, color=color, expected=expected))

    def document(self, *, code_id: CodeId, values: dict[str, object],
                 new_name: str | None = None, name: str = "",
                 expected: dict[str, object] | None = None) -> Changes:
        """Change a code's documentation fields and perhaps its name: one step.

        Send only the fields the user changed; ``expected``: the values the dialog showed
        for them (``name`` too), so that a field someone else changed meanwhile is an
        EditConflict instead of being overwritten (issue 24)."""
        project = self._wb.project
        shown = dict(expected) if expected is not None else None

        def build() -> Built:
            entries: list[UndoEntry] = []
            total = Changes()
            if values:
                changes, entry = undo.update_code(
                    project, name="", code_id=code_id, expected=None if shown is None else {
                        key: value for key, value in shown.items() if key in values},
                    **values)
                total, entries = total | changes, [*entries, entry]
            if new_name is not None:
                changes, entry = undo.rename_code(
                    project, name="", code_id=code_id, new_name=new_name,
                    expected=None if shown is None else str(shown.get("name", "")) or None)
                total, entries = total | changes, [*entries, entry]
            return total, undo.combine(name, entries)

        return self._wb.perform(build)

    def move(self, *, code_id: CodeId, parent_id: CodeId | None, index: int | None = None,
             name: str = "") -> Changes:
        return self._wb.perform(lambda: undo.move_code(
            self._wb.project, name=name, code_id=code_id, parent_id=parent_id, index=index))

    def merge(self, *, source_id: CodeId, target_id: CodeId, name: str = "") -> Changes:
        return self._wb.perform(lambda: undo.merge_codes(
            self._wb.project, name=name, source_id=source_id, target_id=target_id))

    def split(self, *, code_id: CodeId, new_name: str, segment_ids: tuple[SegmentId, ...],
              name: str = "") -> Changes:
        return self._wb.perform(lambda: undo.split_code(
            self._wb.project, name=name, code_id=code_id, new_name=new_name,
            segment_ids=segment_ids))

    def delete(self, *, code_id: CodeId, name: str = "") -> Changes:
        return self._wb.perform(lambda: undo.delete_code(
            self._wb.project, name=name, code_id=code_id))

    def import_file(self, *, path: Path) -> Changes:
        """Add the codes of a .qdc codebook (not undoable)."""
        return self._wb.change(lambda: import_codebook(self._wb.project, path=path),
                               codebook=True)

    def export_file(self, *, path: Path) -> None:
        export_codebook(self._wb.project, path=path)
