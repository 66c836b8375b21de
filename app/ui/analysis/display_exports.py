"""Export buttons for a data display: the table to .xlsx or .docx."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from app.core.display_export import DisplayTable, export_display
from app.ui.host.analysis_context import AnalysisContext
from app.ui.widgets.long_work import Job, run_for

CONTEXT = "DisplayExports"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def write_display(table: DisplayTable, path: Path, language: str = "id") -> None:
    """Write by suffix (:func:`app.core.display_export.export_display`, as the command
    line does): .docx (landscape Word table, decimals as ``language`` writes them), else
    .xlsx (numbers stay numbers)."""
    if path.suffix.lower() != ".docx":
        path = path.with_suffix(".xlsx")
    export_display(table, path, language=language)


class DisplayExportButtons(QWidget):
    """"Export .xlsx…" and "Export .docx…" for the table ``current_table()`` gives."""

    def __init__(self, context: AnalysisContext, current_table: Callable[[], DisplayTable],
                 name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._current_table = current_table
        self._name = name
        self.xlsx = QPushButton(_tr("Export .xlsx…"), self)
        self.docx = QPushButton(_tr("Export .docx…"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.xlsx)
        layout.addWidget(self.docx)
        self.xlsx.clicked.connect(lambda: self._choose(".xlsx"))
        self.docx.clicked.connect(lambda: self._choose(".docx"))

    def _choose(self, suffix: str) -> None:
        kind = _tr("Excel workbook") if suffix == ".xlsx" else _tr("Word document")
        path, _filter = QFileDialog.getSaveFileName(
            self, _tr("Export display"), self._name + suffix, f"{kind} (*{suffix})")
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> Job[None]:
        """Write the shown table to ``path`` off the GUI thread (the wait cursor meanwhile);
        a refusal (a file that cannot be written...) is shown over the window."""
        table, language = self._current_table(), self._context.language or "id"
        return run_for(self, lambda _progress, _cancelled: write_display(table, path, language),
                       on_result=lambda _none: None,
                       report=lambda error: self._context.report(self, error))
