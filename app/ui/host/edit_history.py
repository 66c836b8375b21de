"""Undo and redo for one open project: the core history, turned into Qt signals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.core.changes import Changes
from app.core.undo import Built, History, UndoStack
from app.core.workbench import Workbench
from app.errors import TelaahError
from app.errors.conflicts import UndoConflict
from app.ui.host.change_hub import ChangeHub

Edit = Callable[[], Built]
Action = Callable[[], Changes]


class EditHistory(QObject):
    """A thin adapter over :class:`~app.core.workbench.Workbench`: the undo history and
    the transactions live in the core; this publishes each action's ``Changes`` on the
    ChangeHub, fires ``changed`` when the undo/redo names may have changed (after anything
    published on the hub), and turns a
    TelaahError into ``failed`` (the project and the history are then as they were).

    ``stack`` is the core :class:`~app.core.undo.History` (``undo_name``, ``redo_name``).
    Without a workbench (a panel or dialog built on its own, as some tests do) edits run
    as their builders run them and are kept on a bare core UndoStack.
    """

    changed = Signal()
    failed = Signal(object)

    def __init__(self, hub: ChangeHub, parent: QObject | None = None, *,
                 workbench: Workbench | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self.workbench = workbench
        self._own = UndoStack()
        # Asks whether to replace another person's value (True: undo anyway); None: refuse
        # with the reason, as a bare history does. The main window sets it.
        self.confirm_overwrite: Callable[[UndoConflict], bool] | None = None
        # Whoever publishes an action's Changes (the code applier does so itself) may have
        # added or taken an undo step: the Edit menu reads the names again.
        hub.changed.connect(self.changed)

    @property
    def stack(self) -> History | UndoStack:
        return self.workbench.history if self.workbench is not None else self._own

    def run(self, action: Action) -> Changes | None:
        """Run a workbench action (``lambda: wb.segments.apply(...)``) and publish it."""
        try:
            changes = action()
        except TelaahError as error:
            self.failed.emit(error)
            return None
        self.done(changes)
        return changes

    def done(self, changes: Changes) -> None:
        """Publish what a workbench action the caller ran itself changed (``changed``
        follows from the hub; an action that changed nothing still says so)."""
        if changes.empty:
            self.changed.emit()
        else:
            self._hub.publish(changes)

    def perform(self, edit: Edit) -> Changes | None:
        """Run an undoable core edit (a builder returning ``(Changes, UndoEntry)``) in one
        transaction through the workbench, and record it."""
        workbench = self.workbench
        if workbench is not None:
            return self.run(lambda: workbench.perform(edit))

        def alone() -> Changes:
            changes, entry = edit()
            self._own.push(entry)
            return changes

        return self.run(alone)

    def undo(self) -> Changes | None:
        if self.workbench is None:
            return self.run(self._own.undo)
        return self._step(self.workbench.undo)

    def redo(self) -> Changes | None:
        if self.workbench is None:
            return self.run(self._own.redo)
        return self._step(self.workbench.redo)

    def _step(self, step: Callable[..., Changes]) -> Changes | None:
        """Undo or redo; when someone else changed a field of the step since, ask
        (``confirm_overwrite``) before replacing their value, instead of only refusing."""
        try:
            changes = step()
        except UndoConflict as conflict:
            if self.confirm_overwrite is None or not self.confirm_overwrite(conflict):
                if self.confirm_overwrite is None:
                    self.failed.emit(conflict)
                return None
            return self.run(lambda: step(overwrite_others=True))
        except TelaahError as error:
            self.failed.emit(error)
            return None
        self.done(changes)
        return changes
