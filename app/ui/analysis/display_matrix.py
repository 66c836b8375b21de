"""The code × informant matrix: counts, share of text or statements, heat-shaded."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.displays import (
    UNLINKED_NOTE,
    CodeMatrix,
    DisplayTable,
    MatrixCell,
    matrix_table,
)
from app.core.evidence import Evidence
from app.ui.analysis.display_exports import DisplayExportButtons
from app.ui.analysis.display_table_model import DisplayTableModel
from app.ui.analysis.matrix_memo import MatrixMemo
from app.ui.host.analysis_context import AnalysisContext
from app.ui.host.analysis_segments import SegmentListDialog

CONTEXT = "CodeMatrixView"
GROUPS = (None, "indicator", "obstacle", "effort")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def translate_table_word(text: str) -> str:
    """The words ``matrix_table`` and ``co_occurrence_table`` ask for."""
    return {"Code": _tr("Code"), "Total": _tr("Total"),
            UNLINKED_NOTE: QCoreApplication.translate("cli", UNLINKED_NOTE),
            "Code × informant matrix": _tr("Code × informant matrix"),
            "Code co-occurrence": _tr("Code co-occurrence")}.get(text, text)


def group_label(group: str | None) -> str:
    return {None: _tr("all codes"), "indicator": _tr("indicators"),
            "obstacle": _tr("obstacles"), "effort": _tr("efforts")}.get(group, str(group))


class CodeMatrixView(QWidget):
    def __init__(self, context: AnalysisContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The matrix of a group (the display tab shares one memo with the summary grid).
        self.matrices: Callable[[str | None], CodeMatrix] = MatrixMemo(context.project)
        self._context = context
        self._matrix = CodeMatrix(columns=(), rows=())
        self._evidence: Mapping[int, Evidence] = {}
        self.value = QComboBox(self)
        self.value.addItem(_tr("segment counts"), "count")
        self.value.addItem(_tr("share of the informant's text"), "share")
        self.value.addItem(_tr("condensed statements"), "statements")
        self.group = QComboBox(self)
        for group in GROUPS:
            self.group.addItem(group_label(group), group)
        self.model = DisplayTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # whole in the tooltip
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.exports = DisplayExportButtons(context, self.table, "matriks_kode_informan", self)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(_tr("Show"), self))
        controls.addWidget(self.value)
        controls.addWidget(QLabel(_tr("Codes"), self))
        controls.addWidget(self.group)
        controls.addStretch(1)
        controls.addWidget(self.exports)
        hint = QLabel(_tr("Informants in role order (key, main, supporting). Double-click a "
                          "cell to see its segments."), self)
        hint.setWordWrap(True)
        # Interviews with no informant linked are not in this matrix of informants: said.
        self.unlinked = QLabel(self)
        self.unlinked.setObjectName("unlinkedInterviews")
        self.unlinked.setWordWrap(True)
        self.unlinked.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.unlinked)
        layout.addWidget(hint)
        self.value.currentIndexChanged.connect(self.reload)
        self.group.currentIndexChanged.connect(self.reload)
        self.view.doubleClicked.connect(self.open_cell)
        self.dialogs: list[SegmentListDialog] = []

    def set_evidence(self, evidence: Mapping[int, Evidence]) -> None:
        self._evidence = evidence
        self.reload()

    def matrix(self) -> CodeMatrix:
        return self._matrix

    def table(self) -> DisplayTable:
        return self.model.table()

    def reload(self) -> None:
        self._matrix = self.matrices(self.group.currentData())
        value = self.value.currentData()
        table = matrix_table(self._matrix, value=value, translate=translate_table_word)
        self.model.set_table(table)
        self.unlinked.setText("\n".join(table.notes))
        self.unlinked.setVisible(bool(table.notes))
        header = self.view.horizontalHeader()
        header.resizeSection(0, 260)
        for column in range(1, self.model.columnCount()):
            header.resizeSection(column, 200 if value == "statements" else 112)
        if value == "statements":
            self.view.resizeRowsToContents()
        else:
            self.view.verticalHeader().setDefaultSectionSize(24)
            self.view.verticalHeader().resizeSections(QHeaderView.ResizeMode.Fixed)

    def cell_at(self, index: QModelIndex) -> MatrixCell | None:
        if not index.isValid() or not 0 < index.column() <= len(self._matrix.columns):
            return None
        return self._matrix.rows[index.row()].cells[index.column() - 1]

    def open_cell(self, index: QModelIndex) -> SegmentListDialog | None:
        cell = self.cell_at(index)
        if cell is None:
            return None
        row = self._matrix.rows[index.row()]
        column = self._matrix.columns[index.column() - 1]
        segments = [self._evidence[i] for i in cell.segment_ids if i in self._evidence]
        dialog = SegmentListDialog(
            _tr("{code} — {informant}").format(code=row.code, informant=column.label),
            segments, self._context.jump_to, self)
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        dialog.show()
        return dialog
