"""Stage 4, conclusion drawing and verification, and the draft results chapter."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.conclusions import ConclusionView, conclusions_for_codes, verdict_scale
from app.core.export_labels import ExportLabels
from app.core.pseudonymising import Pseudonymiser, export_mask
from app.core.report import export_results_report
from app.ui.analysis.conclusion_editor import ConclusionEditor
from app.ui.analysis.conclusion_texts import status_text
from app.ui.host.analysis_context import AnalysisContext, reload_after_changes
from app.ui.widgets.long_work import Job, ProgressOptions, run_for
from app.ui.widgets.replacement_list import pseudonymise_check_box, show_replacements

CONTEXT = "ConclusionTab"
GROUPS = ("indicator", "obstacle", "effort")
STATUS_COLOURS = {"draft": "#6b7280", "tentative": "#b45309", "verified": "#15803d"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def group_text(group: str) -> str:
    return {"indicator": _tr("indicators"), "obstacle": _tr("obstacles"),
            "effort": _tr("efforts")}.get(group, group)


def is_concluded(view: ConclusionView) -> bool:
    """A conclusion counts once it has a statement and a verdict."""
    return bool(view.statement.strip()) and view.verdict is not None


class ConclusionTab(QWidget):
    def __init__(self, context: AnalysisContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._views: list[ConclusionView] = []
        self.progress = QLabel(self)
        self.progress.setObjectName("stageProgress")
        self.group = QComboBox(self)
        for group in GROUPS:
            self.group.addItem(group_text(group), group)
        self.report_button = QPushButton(_tr("Report…"), self)
        self.report_button.setToolTip(_tr("Write a Word draft of the results chapter"))
        self.pseudonymise = pseudonymise_check_box(self)
        self.replacements_box: QMessageBox | None = None
        self.targets = QListWidget(self)
        self.editor = ConclusionEditor(context, self)
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(QLabel(_tr("Conclusions for"), self))
        top.addWidget(self.group)
        top.addWidget(self.pseudonymise)
        top.addWidget(self.report_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.targets)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.group.currentIndexChanged.connect(self.reload)
        self.targets.currentRowChanged.connect(self._show_current)
        self.report_button.clicked.connect(self._choose_report)
        self.refresh = reload_after_changes(self, context.hub, self.reload)
        self.refresh.request()  # now if shown, else when first shown

    def views(self) -> list[ConclusionView]:
        return list(self._views)

    def reload(self) -> None:
        project = self._context.project
        indicators = conclusions_for_codes(project, group="indicator")
        group = self.group.currentData()
        self._views = indicators if group == "indicator" else conclusions_for_codes(
            project, group=group)
        done = sum(1 for view in indicators if is_concluded(view))
        verified = sum(1 for view in indicators if view.status == "verified")
        self.progress.setText(
            _tr("Conclusions: {done} of {total} indicators concluded, {verified} verified")
            .format(done=done, total=len(indicators), verified=verified))
        chosen = self.current_code_id()
        self.targets.blockSignals(True)
        self.targets.clear()
        for view in self._views:
            verdict = view.verdict or "—"
            item = QListWidgetItem(
                f"{view.target}\n    {verdict} · {status_text(view.status)}", self.targets)
            item.setData(Qt.ItemDataRole.UserRole, view.code_id)
            item.setForeground(QColor(STATUS_COLOURS.get(view.status, "#000000")))
            if view.code_id == chosen:
                self.targets.setCurrentItem(item)
        self.targets.blockSignals(False)
        if self.targets.currentRow() < 0 and self.targets.count():
            self.targets.setCurrentRow(0)
        else:
            self._show_current()

    def current_code_id(self) -> int | None:
        item = self.targets.currentItem()
        code_id: int | None = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return code_id

    def select_code(self, code_id: int) -> bool:
        for row in range(self.targets.count()):
            if self.targets.item(row).data(Qt.ItemDataRole.UserRole) == code_id:
                self.targets.setCurrentRow(row)
                return True
        return False

    def _show_current(self, *_args: object) -> None:
        row = self.targets.currentRow()
        view = self._views[row] if 0 <= row < len(self._views) else None
        self.editor.show_conclusion(view, view.scale if view and view.scale
                                    else verdict_scale(self._context.project))

    def _choose_report(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _tr("Write results report"), "hasil_penelitian.docx",
            _tr("Word document (*.docx)"))
        if path:
            target = Path(path)
            self.write_report(target if target.suffix.lower() == ".docx"
                              else target.with_name(target.name + ".docx"))

    def write_report(self, path: Path) -> Job[Pseudonymiser | None]:
        """Write the draft off the GUI thread, behind a progress dialog; pseudonymised when
        the box is ticked, then listing what was replaced
        (:mod:`app.ui.widgets.replacement_list`). ``job.done`` once it is over."""
        project, labels = self._context.project, ExportLabels(self._context.language)
        pseudonymise = self.pseudonymise.isChecked()

        def work(_progress: Callable[[int, int], None],
                 _cancelled: Callable[[], bool]) -> Pseudonymiser | None:
            mask = export_mask(project, labels=labels) if pseudonymise else None
            export_results_report(project, path, labels=labels, mask=mask)
            return mask

        def written(mask: Pseudonymiser | None) -> None:
            if mask is not None:
                self.replacements_box = show_replacements(self, mask.replacements())

        return run_for(self, work, on_result=written,
                       report=lambda error: self._context.report(self, error),
                       progress=ProgressOptions(_tr("Write results report"),
                                                _tr("Writing the results chapter…"),
                                                cancellable=False))
