"""The review window's keyboard: a shortcut per action, shown on its button and in its
tooltip; buttons Enter never presses; Enter on a queue row moves to the segment to read."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

KEYS = {"accepted": "Ctrl+1", "needs_revision": "Ctrl+2", "rejected": "Ctrl+3",
        "reply": "Ctrl+4", "pending": "Ctrl+0", "undo": "Ctrl+Z", "jump": "Ctrl+T"}
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def key_text(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_button(parent: QWidget, label: str, key: str, tip: str) -> QPushButton:
    """A button that Enter never presses, with its shortcut on it and in its tooltip."""
    button = QPushButton(f"{label}  ({key_text(key)})", parent)
    button.setAutoDefault(False)
    button.setDefault(False)
    button.setShortcut(QKeySequence(key))
    button.setToolTip(f"{tip} ({key_text(key)})")
    return button


class EnterMovesFocus(QObject):
    """Installed on a view: Enter or Return there moves the focus to ``target`` (and is
    not passed on, so the dialog never treats it as pressing a button)."""

    def __init__(self, view: QWidget, target: QWidget) -> None:
        super().__init__(view)
        self._target = target
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in ENTER_KEYS and event.modifiers() in (
                    Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            self._target.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False
