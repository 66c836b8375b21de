"""Code co-occurrence: segments of two codes overlapping, or in the same speaker turn."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.displays import OVERLAP, SAME_TURN, DisplayTable, co_occurrence_table
from app.ui.analysis.display_exports import DisplayExportButtons
from app.ui.analysis.display_matrix import translate_table_word
from app.ui.analysis.display_table_model import DisplayTableModel
from app.ui.host.analysis_context import AnalysisContext

CONTEXT = "CoOccurrenceView"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CoOccurrenceView(QWidget):
    def __init__(self, context: AnalysisContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._table = DisplayTable(title="", columns=(), rows=())
        self.mode = QComboBox(self)
        self.mode.addItem(_tr("overlapping segments"), OVERLAP)
        self.mode.addItem(_tr("in the same speaker turn"), SAME_TURN)
        self.model = DisplayTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # whole in the tooltip
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setDefaultSectionSize(70)
        self.exports = DisplayExportButtons(context, self.table, "ko_okurensi_kode", self)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(_tr("Count codes"), self))
        controls.addWidget(self.mode)
        controls.addStretch(1)
        controls.addWidget(self.exports)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addWidget(self.view, 1)
        self.mode.currentIndexChanged.connect(self.reload)

    def table(self) -> DisplayTable:
        """The table as exported: full code paths, no numbers."""
        return self._table

    def reload(self) -> None:
        self._table = table = co_occurrence_table(self._context.project,
                                                  mode=self.mode.currentData(),
                                                  translate=translate_table_word)
        numbered = DisplayTable(
            title=table.title, columns=table.columns, heat=table.heat, notes=table.notes,
            rows=[[f"{number}. {row[0]}", *row[1:]] for number, row in enumerate(table.rows, 1)])
        self.model.set_table(numbered)
        # Code paths are long: the columns are numbered like the rows (full path as tooltip).
        self.model.set_header_labels(
            [table.columns[0]] + [str(n) for n in range(1, len(table.columns))])
        self.view.horizontalHeader().resizeSection(0, 300)
        for column in range(1, self.model.columnCount()):
            self.view.setColumnWidth(column, 44)
