"""The triangulation matrix (issue 5): source or technique layout, drill-down, judgements.

The cell texts come from the core's triangulation words, so the view reads exactly like
the exported documents (in the export language of the context).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.evidence import Evidence
from app.core.export_labels import ExportLabels
from app.core.ids import CodeId
from app.core.pseudonymising import Pseudonymiser, export_mask
from app.core.triangulation import (
    EXPORT_SUFFIXES,
    GROUPS,
    LAYOUTS,
    TRIANGULATION_JUDGEMENTS,
    MatrixCell,
    MatrixRow,
    TriangulationMatrix,
    cell_text,
    code_title,
    column_title,
    export_triangulation,
    row_reason,
    short_citations,
    summary_column_title,
    summary_text,
    triangulation_matrix,
)
from app.errors import TelaahError
from app.ui.host.analysis_context import AnalysisContext
from app.ui.host.analysis_segments import SegmentListDialog
from app.ui.widgets.analysis_table_model import RowTableModel
from app.ui.widgets.long_work import Job, ProgressOptions, run_for
from app.ui.widgets.replacement_list import pseudonymise_check_box, show_replacements

CONTEXT = "TriangulationView"
JUDGEMENT_COLOURS = {"converge": "#dff0e0", "partial": "#fff3cd", "diverge": "#f8d7da",
                     "silent": "#eeeeee"}
NO_DATA_COLOUR = "#f4f4f4"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def layout_label(layout: str) -> str:
    return {"source": _tr("source triangulation (informants)"),
            "technique": _tr("technique triangulation (interview, observation, "
                             "documentation)")}.get(layout, layout)


def group_label(group: str) -> str:
    return {"all": _tr("all code groups"), "indicator": _tr("indicators"),
            "obstacle": _tr("obstacles"), "effort": _tr("efforts"),
            "other": _tr("other codes")}.get(group, group)


class TriangulationModel(RowTableModel):
    """Rows are codes; columns: code, one per evidence column, then the summary columns."""

    CountRole = Qt.ItemDataRole.UserRole + 1
    JudgementRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, labels: ExportLabels, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._matrix = TriangulationMatrix(layout="source", group="all", columns=(), rows=())

    def set_matrix(self, matrix: TriangulationMatrix) -> None:
        shape_changed = (matrix.columns != self._matrix.columns
                         or matrix.layout != self._matrix.layout)
        self._matrix = matrix
        self.set_rows([row.code.id for row in matrix.rows], list(matrix.rows),
                      reset=shape_changed)

    def matrix(self) -> TriangulationMatrix:
        return self._matrix

    def headers(self) -> Sequence[str]:
        labels = self._labels
        return ([labels("column.code")]
                + [column_title(column, labels) for column in self._matrix.columns]
                + [summary_column_title(key, labels) for key in self._matrix.summary_columns])

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return super().headerData(section, orientation, role)

    def cell_of(self, index: QModelIndex) -> MatrixCell | None:
        row: MatrixRow | None = self.payload(index.row())
        if row is None or not 0 < index.column() <= len(self._matrix.columns):
            return None
        return row.cells[index.column() - 1]

    def cell(self, payload: Any, row: int, column: int, role: int) -> Any:
        matrix_row: MatrixRow = payload
        evidence_columns = len(self._matrix.columns)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return code_title(matrix_row, self._labels)
            if column <= evidence_columns:
                return cell_text(matrix_row.cells[column - 1], self._labels,
                                 short=short_citations(self._matrix))
            key = self._matrix.summary_columns[column - evidence_columns - 1]
            return summary_text(matrix_row, key, self._labels)
        if role == Qt.ItemDataRole.BackgroundRole:
            if 0 < column <= evidence_columns and matrix_row.cells[column - 1].count == 0:
                return QColor(NO_DATA_COLOUR)
            if column == self.columnCount() - 1:
                return QColor(JUDGEMENT_COLOURS.get(matrix_row.judgement, "#ffffff"))
        if role == Qt.ItemDataRole.ForegroundRole and (
                column == self.columnCount() - 1 or 0 < column <= evidence_columns):
            return QColor("#000000")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == self.CountRole and 0 < column <= evidence_columns:
            return matrix_row.cells[column - 1].count
        if role == self.JudgementRole:
            return matrix_row.judgement
        return None


class TriangulationView(QWidget):
    def __init__(self, context: AnalysisContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._labels = ExportLabels(context.language)
        self._evidence: Mapping[int, Evidence] = {}
        self.layout_choice = QComboBox(self)
        for layout_key in LAYOUTS:
            self.layout_choice.addItem(layout_label(layout_key), layout_key)
        self.group = QComboBox(self)
        for group in GROUPS:
            self.group.addItem(group_label(group), group)
        # The same rows as ``telaah triangulation`` exports by default: every code group.
        self.group.setCurrentIndex(GROUPS.index("all"))
        self.export_button = QPushButton(_tr("Export…"), self)
        self.export_scope = QLabel(self)  # which rows an export writes
        self.pseudonymise = pseudonymise_check_box(self)
        self.replacements_box: QMessageBox | None = None
        self.model = TriangulationModel(self._labels, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # whole in the tooltip
        self.view.setWordWrap(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.row_title = QLabel(_tr("Choose a row to judge it."), self)
        self.row_title.setWordWrap(True)
        self.suggestion = QLabel(self)
        self.suggestion.setWordWrap(True)
        self.suggestion.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.judgement = QComboBox(self)
        for judgement in TRIANGULATION_JUDGEMENTS:
            self.judgement.addItem(self._labels.term("judgement", judgement), judgement)
        self.rationale = QPlainTextEdit(self)
        self.rationale.setPlaceholderText(_tr("Why you judge this row differently "
                                              "(required)"))
        self.rationale.setFixedHeight(70)
        self.save_judgement = QPushButton(_tr("Save judgement"), self)
        self.clear_judgement = QPushButton(_tr("Use the suggestion"), self)
        judge_box = QGroupBox(_tr("Convergence judgement"), self)
        form = QFormLayout(judge_box)
        form.addRow(self.row_title)
        form.addRow(_tr("Suggested"), self.suggestion)
        form.addRow(_tr("Your judgement"), self.judgement)
        form.addRow(_tr("Rationale"), self.rationale)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_judgement)
        buttons.addWidget(self.save_judgement)
        form.addRow(buttons)

        controls = QHBoxLayout()
        controls.addWidget(QLabel(_tr("Layout"), self))
        controls.addWidget(self.layout_choice)
        controls.addWidget(QLabel(_tr("Rows"), self))
        controls.addWidget(self.group)
        controls.addStretch(1)
        controls.addWidget(self.pseudonymise)
        controls.addWidget(self.export_scope)
        controls.addWidget(self.export_button)
        hint = QLabel(_tr("Double-click an evidence cell to see its segments. “No data” "
                          "is a finding, not an error."), self)
        hint.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(judge_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)

        self.layout_choice.currentIndexChanged.connect(self.reload)
        self.group.currentIndexChanged.connect(self.reload)
        self.view.doubleClicked.connect(self.open_cell)
        self.view.selectionModel().selectionChanged.connect(self._show_row)
        self.save_judgement.clicked.connect(self.save_current_judgement)
        self.clear_judgement.clicked.connect(self.clear_current_judgement)
        self.export_button.clicked.connect(self._choose_export)
        self.dialogs: list[SegmentListDialog] = []
        self._show_row()

    # --- contents -------------------------------------------------------------------------

    def set_evidence(self, evidence: Mapping[int, Evidence]) -> None:
        self._evidence = evidence
        self.reload()

    def matrix(self) -> TriangulationMatrix:
        return self.model.matrix()

    def reload(self) -> None:
        try:
            matrix = triangulation_matrix(
                self._context.project, layout=self.layout_choice.currentData(),
                group=self.group.currentData())
        except TelaahError as error:
            self._context.report(self, error)
            return
        self.model.set_matrix(matrix)
        header = self.view.horizontalHeader()
        header.resizeSection(0, 150)
        evidence_width = 230 if matrix.layout == "source" else 270
        for column in range(1, len(matrix.columns) + 1):
            header.resizeSection(column, evidence_width)
        for column in range(len(matrix.columns) + 1, self.model.columnCount()):
            header.resizeSection(column, 240)
        self.view.resizeRowsToContents()
        self._show_export_scope()
        self._show_row()

    def _show_export_scope(self) -> None:
        matrix = self.matrix()
        scope = _tr("Exports {rows} rows: {group}").format(
            rows=len(matrix.rows), group=group_label(matrix.group))
        self.export_scope.setText(scope)
        self.export_button.setToolTip(_tr("Writes the matrix shown: {scope}, {layout}.").format(
            scope=scope, layout=layout_label(matrix.layout)))

    def current_row(self) -> MatrixRow | None:
        index = self.view.currentIndex()
        return self.model.payload(index.row()) if index.isValid() else None

    def _show_row(self, *_args: QItemSelection) -> None:
        row = self.current_row()
        for widget in (self.judgement, self.rationale, self.save_judgement):
            widget.setEnabled(row is not None)
        self.clear_judgement.setEnabled(row is not None and row.override is not None)
        if row is None:
            self.suggestion.clear()
            return
        self.row_title.setText(f"<b>{row.code.path}</b>")
        suggested = self._labels.term("judgement", row.suggestion.judgement)
        self.suggestion.setText(f"{suggested}. {row_reason(row, self._labels)}")
        self.judgement.setCurrentIndex(max(0, self.judgement.findData(row.judgement)))
        self.rationale.setPlainText(row.override.rationale if row.override else "")

    # --- actions --------------------------------------------------------------------------

    def open_cell(self, index: QModelIndex) -> SegmentListDialog | None:
        cell = self.model.cell_of(index)
        row = self.model.payload(index.row())
        if cell is None or row is None:
            return None
        column = self.matrix().columns[index.column() - 1]
        segments = [self._evidence[i] for i in cell.segment_ids if i in self._evidence]
        dialog = SegmentListDialog(
            _tr("{code} — {column}").format(code=row.code.path,
                                            column=column_title(column, self._labels)),
            segments, self._context.jump_to, self)
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        dialog.show()
        return dialog

    def save_current_judgement(self) -> bool:
        row = self.current_row()
        if row is None:
            return False
        try:
            changes = self._context.wb.triangulation.judge(
                code_id=CodeId(row.code.id), layout=self.matrix().layout,
                judgement=self.judgement.currentData(),
                rationale=self.rationale.toPlainText())
        except TelaahError as error:
            self._context.report(self, error)
            return False
        self._context.publish(changes)
        return True

    def clear_current_judgement(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            changes = self._context.wb.triangulation.clear_judgement(
                code_id=CodeId(row.code.id), layout=self.matrix().layout)
        except TelaahError as error:
            self._context.report(self, error)
            return
        self._context.publish(changes)

    def _choose_export(self) -> None:
        filters = ";;".join([_tr("Word document (*.docx)"), _tr("Excel workbook (*.xlsx)"),
                             _tr("CSV table (*.csv)"), _tr("JSON data (*.json)")])
        name = f"triangulasi_{self.matrix().layout}.docx"
        path, chosen = QFileDialog.getSaveFileName(self, _tr("Export triangulation matrix"),
                                                   name, filters)
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in EXPORT_SUFFIXES:
            suffix = EXPORT_SUFFIXES[max(0, filters.split(";;").index(chosen))] if (
                chosen in filters.split(";;")) else ".docx"
            target = target.with_name(target.name + suffix)
        self.export(target)

    def export(self, path: Path) -> Job[Pseudonymiser | None]:
        """Write the matrix shown off the GUI thread, behind a progress dialog whose Cancel
        leaves no file; pseudonymised when the box is ticked (the matrix is then built
        again through the mask), then listing what was replaced. ``job.done`` once over."""
        project, labels, shown = self._context.project, self._labels, self.matrix()
        group, pseudonymise = self.group.currentData(), self.pseudonymise.isChecked()

        def work(progress: Callable[[int, int], None],
                 cancelled: Callable[[], bool]) -> Pseudonymiser | None:
            matrix, mask = shown, None
            if pseudonymise:
                mask = export_mask(project, labels=labels)
                matrix = triangulation_matrix(project, layout=shown.layout, group=group,
                                              mask=mask)
            export_triangulation(matrix, path=path, labels=labels, progress=progress,
                                 cancelled=cancelled)
            return mask

        def written(mask: Pseudonymiser | None) -> None:
            if mask is not None:
                self.replacements_box = show_replacements(self, mask.replacements())

        return run_for(self, work, on_result=written,
                       report=lambda error: self._context.report(self, error),
                       progress=ProgressOptions(_tr("Export triangulation matrix"),
                                                _tr("Writing the matrix…")))
