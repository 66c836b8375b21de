"""File › Merge project…: bring a coder's copy into the open project (issue 22).

The merge is previewed first (a dry run: what would be added, what differs, what cannot be
placed); only Merge in the preview changes the project, in one transaction, after which
every panel redraws from the one broadcast of its changes.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.merge_notes import report_lines
from app.core.project import Project
from app.core.project_merge import MergeReport, merge_project
from app.errors import TelaahError
from app.ui.analysis.analysis_context import Translate, same_text
from app.ui.exchange.exchange_progress import run_with_progress
from app.ui.shell.change_hub import ChangeHub
from app.ui.shell.error_messages import show_error

CONTEXT = "MergeProject"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def report_text(report: MergeReport, project: Project, translate: Translate = same_text) -> str:
    """The report in the user's language; project files are named without their folders."""
    location = project.location
    if not project.is_shared:
        location = Path(location).name
        if "://" not in report.other:
            report = replace(report, other=Path(report.other).name)
    return "\n".join(report_lines(report, location, translate))


class MergePreview(QDialog):
    """The dry run's report; Merge applies it, Cancel (the default) leaves all as it is."""

    def __init__(self, text: str, can_merge: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Merge project"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("Merging changes nothing until you press Merge. A backup "
                                    "of this project is taken first."), self))
        self.report = QPlainTextEdit(text, self)
        self.report.setReadOnly(True)
        layout.addWidget(self.report, 1)
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(_tr("Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(can_merge)
        self.merge_button.setAutoDefault(False)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 420)


def preview_merge(parent: QWidget | None, project: Project, other: Path, *,
                  translate_error: Translate = same_text) -> MergeReport | None:
    """What merging ``other`` would do; None when it failed (the message is shown)."""
    try:
        return run_with_progress(
            parent, _tr("Merge project"), _tr("Comparing the two copies…"),
            lambda _progress, _cancel: merge_project(project, other, dry_run=True))
    except TelaahError as error:
        show_error(parent, error, translate_error)
        return None


def apply_merge(parent: QWidget | None, project: Project, hub: ChangeHub, other: Path, *,
                translate_error: Translate = same_text) -> MergeReport | None:
    """Merge ``other`` into ``project`` and tell every panel; None when it failed."""
    try:
        report: MergeReport | None = run_with_progress(
            parent, _tr("Merge project"), _tr("Merging…"),
            lambda _progress, _cancel: merge_project(project, other))
    except TelaahError as error:
        show_error(parent, error, translate_error)
        return None
    if report is not None:
        hub.publish(report.changes)
    return report


def choose_merge(window: QWidget, other: Path | None = None) -> MergeReport | None:
    from app.ui.shell.team_window import feature_context

    context = feature_context(window)
    if context is None:
        return None
    if other is None:
        path, _filter = QFileDialog.getOpenFileName(
            window, _tr("Merge a coder's copy of this project"), "",
            _tr("Telaah projects (*.telaah)"))
        if not path:
            return None
        other = Path(path)
    translate = context.translate_error
    preview = preview_merge(window, context.project, other, translate_error=translate)
    if preview is None:
        return None
    dialog = MergePreview(report_text(preview, context.project, translate),
                          preview.added_anything, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    report = apply_merge(window, context.project, context.hub, other, translate_error=translate)
    if report is not None:
        QMessageBox.information(window, _tr("Merge project"),
                                report_text(report, context.project, translate))
    return report


def install(window: QWidget) -> None:
    from app.ui.shell.team_window import add_menu_action

    add_menu_action(window, "file", _tr("&Merge project…"), lambda: choose_merge(window))
