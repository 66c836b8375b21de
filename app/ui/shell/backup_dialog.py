"""Backups of the open project file: list them and restore one (issue 8).

Restoring needs the project closed: the dialog gets ``close_project`` (closes it in the
window and returns its path) and ``reopen_project(path)`` callbacks, restores in between,
and reopens the file either way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.backups import BackupFile, project_backups, restore_project
from app.core.project import Project
from app.errors import ProjectDamaged, ProjectNotFound, TelaahError
from app.ui.host.analysis_context import Translate, same_text
from app.ui.host.error_messages import show_error
from app.ui.widgets.window_size import fit_window

CONTEXT = "BackupDialog"
CloseProject = Callable[[], None]
ReopenProject = Callable[[Path], object]
Confirm = Callable[[QWidget, BackupFile], bool]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def confirm_restore(parent: QWidget, backup: BackupFile) -> bool:
    answer = QMessageBox.question(
        parent, _tr("Restore backup"),
        _tr("Replace the project with the backup of {when}? The project is closed, the "
            "current state is backed up first, and the project is opened again.").format(
            when=_when(backup)))
    return answer == QMessageBox.StandardButton.Yes


def _when(backup: BackupFile) -> str:
    return backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def project_file(project: Project) -> Path | None:
    """The project's file, or None for a PostgreSQL project (which has no backups here)."""
    if project.is_shared:
        return None
    return Path(project.location)


class BackupDialog(QDialog):
    def __init__(self, project_path: Path, *, close_project: CloseProject,
                 reopen_project: ReopenProject, translate_error: Translate = same_text,
                 confirm: Confirm = confirm_restore, parent: QWidget | None = None,
                 reopen_after_error: bool = True) -> None:
        super().__init__(parent)
        self.project_path = project_path
        self._reopen_after_error = reopen_after_error
        self._close_project = close_project
        self._reopen_project = reopen_project
        self._translate_error = translate_error
        self._confirm = confirm
        self.setWindowTitle(_tr("Backups"))
        fit_window(self, "backups", (720, 420))
        self.intro = QLabel(_tr("Backups of {name}, newest first. Telaah takes one before "
                                "the first change of each session, when the project changed "
                                "since the last backup.").format(
                                    name=project_path.name), self)
        self.intro.setWordWrap(True)
        self.backups = QTreeWidget(self)
        self.backups.setRootIsDecorated(False)
        self.backups.setHeaderLabels([_tr("Taken"), _tr("Size"), _tr("File")])
        self.backups.setColumnWidth(0, 180)
        self.backups.setColumnWidth(1, 100)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.restore_button = QPushButton(_tr("Restore…"), self)
        close_button = QPushButton(_tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.backups, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.restore_button.clicked.connect(self.restore_chosen)
        close_button.clicked.connect(self.accept)
        self.backups.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.backups.clear()
        try:
            backups = project_backups(self.project_path)
        except ProjectNotFound:  # neither the file nor a backup of it (any more)
            backups = []
        for backup in backups:
            item = QTreeWidgetItem([_when(backup), QLocale().formattedDataSize(backup.size),
                                    backup.path.name])
            item.setData(0, Qt.ItemDataRole.UserRole, backup)
            self.backups.addTopLevelItem(item)
        if self.backups.topLevelItemCount() == 0:
            self.status.setText(_tr("No backups yet."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> BackupFile | None:
        item = self.backups.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def restore_chosen(self) -> bool:
        backup = self.chosen()
        if backup is None or not self._confirm(self, backup):
            return False
        return self.restore(backup)

    def restore(self, backup: BackupFile) -> bool:
        """Close the project, restore, reopen it; on error the project is reopened as it was."""
        self._close_project()
        try:
            restored = restore_project(self.project_path, backup=str(backup.path))
        except TelaahError as error:
            if self._reopen_after_error:
                self._reopen_project(self.project_path)
            show_error(self, error, self._translate_error)
            return False
        self._reopen_project(self.project_path)
        note = _tr("Restored the backup of {when}.").format(when=_when(backup))
        if restored.safety is not None:
            note += " " + _tr("The state before it is kept as backup {name}.").format(
                name=restored.safety.path.name)
        if restored.kept_aside is not None:
            note += " " + _tr("The damaged file is kept as {name}.").format(
                name=restored.kept_aside.name)
        self.reload()
        self.status.setText(note)
        return True


def open_backups(window: QWidget) -> BackupDialog | None:
    """The dialog for the window's open project file, wired to close and reopen it there."""
    from app.ui.host.team_window import feature_context, window_host

    context, host = feature_context(window), window_host(window)
    if context is None:
        return None
    path = project_file(context.project)
    if path is None:
        QMessageBox.information(window, _tr("Backups"), _tr(
            "Team projects on a database server are backed up by the server, not by Telaah."))
        return None

    dialog = BackupDialog(path, close_project=host.close_project,
                          reopen_project=host.open_project,
                          translate_error=context.translate_error, parent=window)
    dialog.show()
    return dialog


def install(window: QWidget) -> None:
    from app.ui.host.team_window import add_menu_action

    add_menu_action(window, "file", _tr("&Backups…"), lambda: open_backups(window))


def damaged_question(parent: QWidget | None, damaged: ProjectDamaged) -> QMessageBox:
    """What opening a damaged project file asks: look at its backups, or cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Damaged project"))
    box.setText(_tr("{name} is damaged and cannot be opened.").format(
        name=Path(str(damaged.path)).name))
    box.setInformativeText(_tr(
        "Telaah keeps backups of earlier states. Restoring one keeps the damaged file aside "
        "under a new name; nothing is deleted."))
    backups = box.addButton(_tr("Show backups…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setProperty("backups_button", backups)
    return box


def offer_backups_of_damaged(window: QWidget, damaged: ProjectDamaged,
                             reopen_project: ReopenProject,
                             translate_error: Translate = same_text,
                             ask: Callable[[QMessageBox], object] = QMessageBox.exec,
                             ) -> BackupDialog | None:
    """Opening failed because the file is damaged: offer its backups; a restore opens it."""
    box = damaged_question(window, damaged)
    ask(box)
    if box.clickedButton() is not box.property("backups_button"):
        return None
    dialog = BackupDialog(Path(str(damaged.path)), close_project=lambda: None,
                          reopen_project=reopen_project, translate_error=translate_error,
                          parent=window, reopen_after_error=False)
    dialog.show()
    return dialog
