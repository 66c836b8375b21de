"""Undo and redo for one open project: a core UndoStack, broadcast through the ChangeHub."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.core.changes import Changes
from app.core.undo import UndoEntry, UndoStack
from app.errors import TelaahError
from app.ui.shell.change_hub import ChangeHub

Edit = Callable[[], tuple[Changes, UndoEntry]]


class EditHistory(QObject):
    """Runs undoable edits; ``changed`` fires whenever undo/redo names change.

    Errors become ``failed`` (a TelaahError) and leave the stack as it was.
    """

    changed = Signal()
    failed = Signal(object)

    def __init__(self, hub: ChangeHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self.stack = UndoStack()

    def perform(self, edit: Edit) -> Changes | None:
        try:
            changes, entry = edit()
        except TelaahError as error:
            self.failed.emit(error)
            return None
        self.stack.push(entry)
        self._hub.publish(changes)
        self.changed.emit()
        return changes

    def undo(self) -> Changes | None:
        return self._step(self.stack.undo)

    def redo(self) -> Changes | None:
        return self._step(self.stack.redo)

    def _step(self, step: Callable[[], Changes]) -> Changes | None:
        try:
            changes = step()
        except TelaahError as error:
            self.failed.emit(error)
            return None
        self._hub.publish(changes)
        self.changed.emit()
        return changes
