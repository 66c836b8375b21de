"""Review › Export for review in Word… and Import review from Word… (issue 22).

The export writes the coded transcripts with a Word comment per segment (chosen by code,
coder and informant); the import brings the supervisor's replies, verdicts and suggestions
back, says what it added and lists what it could not place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from app.core.coders import list_coders
from app.core.codes import list_codes
from app.core.informants import list_informants
from app.core.project import Project
from app.core.review_exchange import ReviewExport, export_review_document
from app.core.review_exchange_import import ReviewImportReport, import_review_document
from app.ui.host.analysis_context import Translate, same_text
from app.ui.host.change_hub import ChangeHub
from app.ui.host.error_messages import show_error
from app.ui.widgets.long_work import Job, ProgressOptions, run_for

CONTEXT = "ReviewWord"
UNPLACED_SHOWN = 10


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class ExportChoice:
    reviewer: str
    codes: tuple[str, ...]
    coders: tuple[str, ...]
    informants: tuple[str, ...]


class ExportOptions(QDialog):
    """Who the document is for, and which segments it holds (all by default)."""

    def __init__(self, project: Project, reviewer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Export for review in Word"))
        form = QFormLayout(self)
        coders = list_coders(project)
        supervisors = [coder.name for coder in coders if coder.role == "supervisor"]
        self.reviewer = QLineEdit(supervisors[0] if supervisors else reviewer, self)
        form.addRow(_tr("Supervisor"), self.reviewer)
        self.code = self._combo([code.path for code in list_codes(project)])
        form.addRow(_tr("Code"), self.code)
        self.coder = self._combo([coder.name for coder in coders if coder.segment_count])
        form.addRow(_tr("Coder"), self.coder)
        self.informant = self._combo([informant.label for informant in list_informants(project)])
        form.addRow(_tr("Informant"), self.informant)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _combo(self, values: list[str]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(_tr("All"), "")
        for value in values:
            combo.addItem(value, value)
        return combo

    def choice(self) -> ExportChoice:
        def chosen(combo: QComboBox) -> tuple[str, ...]:
            value = str(combo.currentData() or "")
            return (value,) if value else ()

        return ExportChoice(reviewer=self.reviewer.text().strip(), codes=chosen(self.code),
                            coders=chosen(self.coder), informants=chosen(self.informant))


def export_for_review(parent: QWidget, project: Project, path: Path, choice: ExportChoice, *,
                      translate: Translate = same_text,
                      on_written: Callable[[ReviewExport], None] = lambda _export: None
                      ) -> Job[ReviewExport]:
    """Write the review document off the GUI thread; ``on_written`` gets what was written."""

    def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]
             ) -> ReviewExport:
        return export_review_document(
            project, reviewer=choice.reviewer, path=path, codes=choice.codes,
            coders=choice.coders, informants=choice.informants, translate=translate)

    return run_for(parent, work, on_result=on_written,
                   report=lambda error: show_error(parent, error, translate),
                   progress=ProgressOptions(_tr("Export for review in Word"),
                                            _tr("Writing the review document…")))


def import_from_word(parent: QWidget, project: Project, hub: ChangeHub, path: Path,
                     reviewer: str, *, translate: Translate = same_text,
                     on_imported: Callable[[ReviewImportReport], None] = lambda _report: None
                     ) -> Job[ReviewImportReport]:
    """Read the supervisor's document off the GUI thread; once it is in, its changes are
    announced on ``hub`` and ``on_imported`` gets the report."""

    def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]
             ) -> ReviewImportReport:
        return import_review_document(project, path=path, reviewer=reviewer)

    def imported(report: ReviewImportReport) -> None:
        hub.publish(report.changes)
        on_imported(report)

    return run_for(parent, work, on_result=imported,
                   report=lambda error: show_error(parent, error, translate),
                   progress=ProgressOptions(_tr("Import review from Word"),
                                            _tr("Reading the review document…")))


def import_report_text(report: ReviewImportReport, translate: Translate = same_text) -> str:
    lines = [_tr("Added {comments} review comment(s) ({verdicts} with a verdict) and "
                 "{suggestions} suggestion(s); {already} were already in the project.").format(
        comments=report.comments, verdicts=sum(report.verdicts.values()),
        suggestions=report.suggestions, already=report.already)]
    if report.unplaced:
        lines.append(_tr("Could not place {count} comment(s):").format(
            count=len(report.unplaced)))
        for item in report.unplaced[:UNPLACED_SHOWN]:
            words = " ".join(item.text.split())[:80]
            lines.append(f"• {item.author}: “{words}” — {translate(item.reason)}")
        if len(report.unplaced) > UNPLACED_SHOWN:
            lines.append("…")
    return "\n".join(lines)


def choose_export(window: QWidget) -> Job[ReviewExport] | None:
    from app.ui.host.team_window import feature_context

    context = feature_context(window)
    if context is None:
        return None
    options = ExportOptions(context.project, context.coder_name, window)
    if options.exec() != QDialog.DialogCode.Accepted:
        return None
    path, _filter = QFileDialog.getSaveFileName(
        window, _tr("Export for review in Word"), "review.docx", _tr("Word document (*.docx)"))
    if not path:
        return None
    target = Path(path) if path.lower().endswith(".docx") else Path(path + ".docx")

    def written(result: ReviewExport) -> None:
        QMessageBox.information(window, _tr("Export for review in Word"), _tr(
            "Wrote {segments} segment(s) from {sources} source(s) to {path}.").format(
            segments=result.segments, sources=result.sources, path=result.path))

    return export_for_review(window, context.project, target, options.choice(),
                             translate=context.translate_error, on_written=written)


def choose_import(window: QWidget) -> Job[ReviewImportReport] | None:
    from app.ui.host.team_window import feature_context

    context = feature_context(window)
    if context is None:
        return None
    path, _filter = QFileDialog.getOpenFileName(
        window, _tr("Import review from Word"), "", _tr("Word document (*.docx)"))
    if not path:
        return None

    def imported(report: ReviewImportReport) -> None:
        QMessageBox.information(window, _tr("Import review from Word"),
                                import_report_text(report, context.translate_error))

    return import_from_word(window, context.project, context.hub, Path(path),
                            context.coder_name, translate=context.translate_error,
                            on_imported=imported)


def install(window: QWidget) -> None:
    from app.ui.host.team_window import add_menu_action

    add_menu_action(window, "review", _tr("Export for review in &Word…"),
                    lambda: choose_export(window), separated=True)
    add_menu_action(window, "review", _tr("&Import review from Word…"),
                    lambda: choose_import(window))
