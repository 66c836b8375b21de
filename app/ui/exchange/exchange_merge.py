"""File › Merge project…: bring a coder's copy into the open project (issue 22).

The merge is previewed first (a dry run: what would be added, what differs, what cannot be
placed); only Merge in the preview changes the project, in one transaction, after which
every panel redraws from the one broadcast of its changes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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
from app.ui.host.analysis_context import Translate, same_text
from app.ui.host.change_hub import ChangeHub
from app.ui.host.error_messages import show_error
from app.ui.widgets.work_runner import Job, ProgressOptions, run_work

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
                  on_end: Callable[[MergeReport | None], None],
                  translate_error: Translate = same_text) -> Job[MergeReport]:
    """What merging ``other`` would do, worked out off the GUI thread; ``on_end`` gets the
    report, or None when it failed (the message is shown)."""
    return _run(parent, _tr("Comparing the two copies…"),
                lambda: merge_project(project, other, dry_run=True), on_end, translate_error)


def apply_merge(parent: QWidget | None, project: Project, hub: ChangeHub, other: Path, *,
                on_end: Callable[[MergeReport | None], None],
                translate_error: Translate = same_text) -> Job[MergeReport]:
    """Merge ``other`` into ``project`` off the GUI thread and tell every panel; ``on_end``
    gets the report, or None when it failed."""
    def merged(report: MergeReport | None) -> None:
        if report is not None:
            hub.publish(report.changes)
        on_end(report)

    return _run(parent, _tr("Merging…"), lambda: merge_project(project, other), merged,
                translate_error)


def _run(parent: QWidget | None, label: str, merge: Callable[[], MergeReport],
         on_end: Callable[[MergeReport | None], None],
         translate_error: Translate) -> Job[MergeReport]:
    def failed(error: BaseException) -> None:
        if isinstance(error, TelaahError):
            show_error(parent, error, translate_error)
        else:
            sys.excepthook(type(error), error, error.__traceback__)
        on_end(None)

    return run_work(lambda _progress, _cancelled: merge(), on_result=on_end,
                    on_error=failed, on_cancelled=lambda: on_end(None),
                    dialog=ProgressOptions(_tr("Merge project"), label), parent=parent)


def _nothing(_report: MergeReport | None) -> None:
    return None


def choose_merge(window: QWidget, other: Path | None = None, *,
                 on_end: Callable[[MergeReport | None], None] = _nothing) -> None:
    """Preview merging a coder's copy (chosen in a file dialog without ``other``), then
    merge it when the person presses Merge. Opened window-modal without a nested event
    loop; ``on_end`` gets the merge's report, or None when nothing was merged."""
    from app.ui.host.team_window import feature_context

    context = feature_context(window)
    if context is None:
        on_end(None)
        return
    if other is None:
        path, _filter = QFileDialog.getOpenFileName(
            window, _tr("Merge a coder's copy of this project"), "",
            _tr("Telaah projects (*.telaah)"))
        if not path:
            on_end(None)
            return
        other = Path(path)
    chosen = other
    translate = context.translate_error

    def merged(report: MergeReport | None) -> None:
        if report is not None:
            QMessageBox.information(window, _tr("Merge project"),
                                    report_text(report, context.project, translate))
        on_end(report)

    def previewed(preview: MergeReport | None) -> None:
        if preview is None:
            on_end(None)
            return
        dialog = MergePreview(report_text(preview, context.project, translate),
                              preview.added_anything, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: apply_merge(
            window, context.project, context.hub, chosen, on_end=merged,
            translate_error=translate))
        dialog.rejected.connect(lambda: on_end(None))
        dialog.open()

    preview_merge(window, context.project, chosen, on_end=previewed, translate_error=translate)


def install(window: QWidget) -> None:
    from app.ui.host.team_window import add_menu_action

    add_menu_action(window, "file", _tr("&Merge project…"), lambda: choose_merge(window))
