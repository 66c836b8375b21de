"""The question a person answers when someone else changed what they were editing:
keep mine, keep theirs, or edit again. One dialog for every editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors.conflicts import EditConflict, UndoConflict

CONTEXT = "ConflictDialog"
KEEP_MINE, KEEP_THEIRS, EDIT = "mine", "theirs", "edit"
Translate = Callable[[str], str]
# How an editor asks; tests put an answer in its place.
Resolve = Callable[[QWidget | None, EditConflict], str | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def installed_catalogue(text: str) -> str:
    """An error template or word in the language of the installed catalogue (templates
    live in the "errors" context, the words of messages in "cli")."""
    for context in ("errors", "cli"):
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text


def conflict_box(parent: QWidget | None, conflict: EditConflict,
                 translate: Translate) -> QMessageBox:
    """The dialog: the translated message (the object, who changed it and when, their
    value and yours) and three choices; Escape cancels (nothing is saved)."""
    box = QMessageBox(parent)
    box.setObjectName("conflictDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Someone else changed this"))
    box.setText(conflict.message(translate))
    box.setInformativeText(_tr("Keep mine saves your value over theirs; keep theirs drops "
                               "your change of this field; edit shows their version with "
                               "yours beside it."))
    for choice, label, role in (
            (KEEP_MINE, _tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole),
            (KEEP_THEIRS, _tr("Keep theirs"), QMessageBox.ButtonRole.DestructiveRole),
            (EDIT, _tr("Edit…"), QMessageBox.ButtonRole.ActionRole)):
        button = box.addButton(label, role)
        button.setObjectName(choice)
    box.addButton(QMessageBox.StandardButton.Cancel)
    return box


def ask_resolution(parent: QWidget | None, conflict: EditConflict,
                   translate: Translate = installed_catalogue) -> str | None:
    """KEEP_MINE, KEEP_THEIRS, EDIT, or None (cancelled)."""
    box = conflict_box(parent, conflict, translate)
    box.exec()
    clicked = box.clickedButton()
    choice = clicked.objectName() if clicked is not None else ""
    box.deleteLater()
    return choice if choice in (KEEP_MINE, KEEP_THEIRS, EDIT) else None


def overwrite_box(parent: QWidget | None, conflict: UndoConflict,
                  translate: Translate) -> QMessageBox:
    """Undo or redo over a value someone else set since: the reason, then the question;
    No (the default) leaves everything as it is."""
    box = QMessageBox(parent)
    box.setObjectName("undoOverwriteDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Someone else changed this"))
    box.setText(conflict.message(translate))
    box.setInformativeText(_tr("Undo anyway? Their value is replaced by the one from before "
                               "your change."))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box


def ask_overwrite(parent: QWidget | None, conflict: UndoConflict,
                  translate: Translate = installed_catalogue) -> bool:
    """True when the person chooses to undo over the other person's value."""
    box = overwrite_box(parent, conflict, translate)
    answer = box.exec()
    box.deleteLater()
    return answer == QMessageBox.StandardButton.Yes
