"""Open a project for this session alone, or read-only when someone else has it open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.project import Project
from app.errors import ProjectLocked

CONTEXT = "OpenChoice"
# Asked when the project is locked: True opens it read-only, False cancels.
AskReadOnly = Callable[[QWidget | None, ProjectLocked], bool]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def locked_question(parent: QWidget | None, locked: ProjectLocked) -> QMessageBox:
    """The question box: who holds the project, and the two ways on."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Project in use"))
    box.setText(_tr("{path} is already open in Telaah by {user} on {host} (since {since}).")
                .format(path=Path(str(locked.path)).name, user=locked.user, host=locked.host,
                        since=locked.since))
    box.setInformativeText(_tr(
        "You can open it read-only to look at it without changing anything, or cancel and "
        "ask them to close it first."))
    read_only = box.addButton(_tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.setProperty("read_only_button", read_only)
    return box


def ask_read_only(parent: QWidget | None, locked: ProjectLocked) -> bool:
    box = locked_question(parent, locked)
    box.exec()
    return box.clickedButton() is box.property("read_only_button")


def open_with_choice(parent: QWidget | None, location: Path | str, *,
                     ask: AskReadOnly = ask_read_only) -> Project | None:
    """The project opened exclusively; when another session holds it, the person chooses
    read-only (returned) or cancel (None). Other errors reach the caller."""
    try:
        return Project.open(location, exclusive=True)
    except ProjectLocked as locked:
        if not ask(parent, locked):
            return None
        return Project.open(location, read_only=True)
