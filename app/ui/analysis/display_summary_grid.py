"""The summary grid: the analyst's summary per code × informant, flagged when stale."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.displays import CodeMatrix, DisplayTable
from app.core.evidence import Evidence
from app.core.ids import CodeId, InformantId
from app.core.summary_grid import SummaryCellView, summary_cells
from app.errors import TelaahError
from app.ui.analysis.display_exports import DisplayExportButtons
from app.ui.analysis.display_matrix import GROUPS, group_label
from app.ui.analysis.display_table_model import DisplayTableModel
from app.ui.analysis.matrix_memo import MatrixMemo
from app.ui.host.analysis_context import AnalysisContext

CONTEXT = "SummaryGrid"
STALE_MARK = "⚠ "
STALE_HEAT = 0.35  # a light shade marks a stale cell as well as the sign


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def summary_table(matrix: CodeMatrix, cells: Mapping[tuple[int, int], SummaryCellView],
                  *, marked: bool, hints: bool = True) -> DisplayTable:
    """Codes × informants with the written summaries; ``marked`` prefixes stale cells,
    ``hints`` shows the segment count of a cell still to be summarised."""
    rows, heat = [], []
    for row in matrix.rows:
        values: list[str | int | float | None] = [row.code]
        shades: list[float | None] = [None]
        for column, cell in zip(matrix.columns, row.cells):
            written = cells.get((row.code_id, column.informant_id))
            if written is None:
                values.append(_tr("({count} to summarise)").format(count=cell.count)
                              if cell.count and hints else "" if cell.count else "—")
                shades.append(None)
                continue
            stale = written.stale
            values.append((STALE_MARK if stale and marked else "") + written.body)
            shades.append(STALE_HEAT if stale and marked else None)
        rows.append(values)
        heat.append(shades)
    return DisplayTable(
        title=_tr("Summary grid"),
        columns=[_tr("Code")] + [f"{c.label} ({c.informant_type})" for c in matrix.columns],
        rows=rows, heat=heat,
        notes=(_tr("⚠ marks a summary whose segments changed after it was written."),),
    )


class SummaryGrid(QWidget):
    def __init__(self, context: AnalysisContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The matrix of a group (the display tab shares one memo with the summary grid).
        self.matrices: Callable[[str | None], CodeMatrix] = MatrixMemo(context.project)
        self._context = context
        self._matrix = CodeMatrix(columns=(), rows=())
        self._cells: dict[tuple[int, int], SummaryCellView] = {}
        self._evidence: Mapping[int, Evidence] = {}
        self.group = QComboBox(self)
        for group in GROUPS:
            self.group.addItem(group_label(group), group)
        self.group.setCurrentIndex(1)
        self.model = DisplayTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # whole in the tooltip
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.exports = DisplayExportButtons(context, self.table, "grid_ringkasan", self)
        self.cell_title = QLabel(_tr("Choose a cell to write its summary."), self)
        self.cell_title.setWordWrap(True)
        self.stale_note = QLabel(self)
        self.stale_note.setStyleSheet("color: #8a4b00;")
        self.stale_note.setWordWrap(True)
        self.statements = QTextBrowser(self)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(_tr("Summary of what this informant says about "
                                           "this code"))
        self.save = QPushButton(_tr("Save summary"), self)
        self.save.setEnabled(False)

        controls = QHBoxLayout()
        controls.addWidget(QLabel(_tr("Codes"), self))
        controls.addWidget(self.group)
        controls.addStretch(1)
        controls.addWidget(self.exports)
        editor_box = QWidget(self)
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.cell_title)
        editor_layout.addWidget(self.stale_note)
        editor_layout.addWidget(self.statements, 1)
        editor_layout.addWidget(self.editor, 1)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save)
        editor_layout.addLayout(save_row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(editor_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([1000, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)
        self.group.currentIndexChanged.connect(self.reload)
        self.view.selectionModel().selectionChanged.connect(self._show_cell)
        self.save.clicked.connect(self.save_cell)

    def set_evidence(self, evidence: Mapping[int, Evidence]) -> None:
        self._evidence = evidence
        self.reload()

    def table(self) -> DisplayTable:
        """The grid as exported: summaries only, stale ones marked."""
        return summary_table(self._matrix, self._cells, marked=True, hints=False)

    def cells(self) -> dict[tuple[int, int], SummaryCellView]:
        return dict(self._cells)

    def written_count(self) -> tuple[int, int]:
        """(cells with a summary, cells with segments) in the shown rows."""
        with_data = [(row.code_id, column.informant_id)
                     for row in self._matrix.rows
                     for column, cell in zip(self._matrix.columns, row.cells) if cell.count]
        return sum(1 for key in with_data if key in self._cells), len(with_data)

    def reload(self) -> None:
        self._matrix = self.matrices(self.group.currentData())
        self._cells = {(c.code_id, c.informant_id): c
                       for c in summary_cells(self._context.project)}
        self.model.set_table(summary_table(self._matrix, self._cells, marked=True))
        self.view.horizontalHeader().resizeSection(0, 240)
        for column in range(1, self.model.columnCount()):
            self.view.setColumnWidth(column, 120)
        self.view.resizeRowsToContents()
        self._show_cell()

    def select_cell(self, row: int, column: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, column))

    def _current(self) -> tuple[int, int] | None:
        index = self.view.currentIndex()
        if not index.isValid() or not 0 < index.column() <= len(self._matrix.columns):
            return None
        return index.row(), index.column() - 1

    def _show_cell(self, *_args: QItemSelection) -> None:
        current = self._current()
        self.save.setEnabled(current is not None)
        if current is None:
            self.statements.clear()
            self.editor.clear()
            self.stale_note.clear()
            return
        row = self._matrix.rows[current[0]]
        column = self._matrix.columns[current[1]]
        cell = row.cells[current[1]]
        written = self._cells.get((row.code_id, column.informant_id))
        self.cell_title.setText(_tr("{code} — {informant}: {count} segments").format(
            code=row.code, informant=column.label, count=cell.count))
        self.stale_note.setText(
            _tr("⚠ May be stale: its segments changed after this summary was written.")
            if written is not None and written.stale else "")
        self.statements.setHtml("".join(
            f"<p>• {html.escape(statement)}</p>" for statement in cell.statements
        ) or f"<p><i>{html.escape(_tr('No segments: no data is a finding too.'))}</i></p>")
        self.editor.setPlainText(written.body if written else "")

    def save_cell(self) -> None:
        current = self._current()
        if current is None:
            return
        row = self._matrix.rows[current[0]]
        column = self._matrix.columns[current[1]]
        try:
            changes = self._context.wb.memos.write_summary_cell(
                code_id=CodeId(row.code_id), informant_id=InformantId(column.informant_id),
                body=self.editor.toPlainText())
        except TelaahError as error:
            self._context.report(self, error)
            return
        self._context.publish(changes)
