"""One broadcast of what a core call changed; every panel redraws from it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.core.changes import Changes


class ChangeHub(QObject):
    """Panels connect to ``changed``; whoever calls a core mutation publishes its result.

    No widget calls another widget's refresh: a panel decides from the ``Changes`` record
    alone whether it has anything to redraw.
    """

    changed = Signal(object)  # Changes

    def publish(self, changes: Changes) -> None:
        if not changes.empty:
            self.changed.emit(changes)
