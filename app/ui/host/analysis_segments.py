"""Coded segments as a table (with their paraphrase), and a drill-down window over some."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.evidence import Evidence
from app.ui.host.analysis_context import JumpTo
from app.ui.widgets.analysis_table_model import AnyIndex, RowTableModel
from app.ui.widgets.window_size import fit_window

CONTEXT = "SegmentTableModel"
QUOTE_PREVIEW = 180


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def review_status_label(status: str) -> str:
    return {
        "pending": _tr("pending"),
        "accepted": _tr("accepted"),
        "needs_revision": _tr("needs revision"),
        "rejected": _tr("rejected"),
        "revised": _tr("revised"),
    }.get(status, status)


def source_kind_label(kind: str) -> str:
    return {
        "interview": _tr("interview"),
        "observation": _tr("observation"),
        "documentation": _tr("documentation"),
    }.get(kind, kind)


def who_of(segment: Evidence) -> str:
    """The informant's id; for an interview without one "no informant linked" (never the
    kind of source), for a note its technique."""
    if segment.informant:
        return segment.informant
    if segment.source_kind == "interview":
        return _tr("no informant linked")
    return source_kind_label(segment.source_kind)


def place_of(segment: Evidence) -> str:
    """Turn or paragraph number, as a reader sees it."""
    return place_label(segment.turn, segment.turn_is_paragraph)


def place_label(number: int | None, is_paragraph: bool) -> str:
    if number is None:
        return ""
    if is_paragraph:
        return _tr("para. {number}").format(number=number)
    return _tr("turn {number}").format(number=number)


def one_line(text: str, limit: int = QUOTE_PREVIEW) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class SegmentTableModel(RowTableModel):
    """One row per coded segment. The paraphrase column is editable: ``paraphrase_edited``
    (segment id, text) asks the owner to store it; the model shows it at once."""

    SegmentIdRole = Qt.ItemDataRole.UserRole + 1
    QuoteRole = Qt.ItemDataRole.UserRole + 2

    INFORMANT, SOURCE, PLACE, CODE, CODER, STATUS, QUOTE, PARAPHRASE = range(8)

    paraphrase_edited = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def set_segments(self, segments: Sequence[Evidence]) -> None:
        self.set_rows([segment.id for segment in segments], list(segments))

    def segment(self, row: int) -> Evidence | None:
        evidence: Evidence | None = self.payload(row)
        return evidence

    def headers(self) -> Sequence[str]:
        return [_tr("Informant"), _tr("Source"), _tr("Place"), _tr("Code"), _tr("Coder"),
                _tr("Review"), _tr("Quote"), _tr("Paraphrase")]

    def cell(self, payload: Any, row: int, column: int, role: int) -> Any:
        segment: Evidence = payload
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.INFORMANT:
                return who_of(segment)
            if column == self.SOURCE:
                return segment.source
            if column == self.PLACE:
                return place_of(segment)
            if column == self.CODE:
                return segment.code
            if column == self.CODER:
                return segment.coder
            if column == self.STATUS:
                return review_status_label(segment.review_status)
            if column == self.QUOTE:
                return one_line(segment.text) if role == Qt.ItemDataRole.DisplayRole else (
                    segment.text)
            if column == self.PARAPHRASE:
                return segment.paraphrase
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.QUOTE, self.PARAPHRASE):
            return segment.text if column == self.QUOTE else segment.paraphrase or None
        if role == self.SegmentIdRole:
            return segment.id
        if role == self.QuoteRole:
            return segment.text
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.PARAPHRASE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != self.PARAPHRASE
                or role != Qt.ItemDataRole.EditRole):
            return False
        self.show_paraphrase(index.row(), str(value).strip())
        segment = self.segment(index.row())
        assert segment is not None
        self.paraphrase_edited.emit(segment.id, segment.paraphrase)
        return True

    def show_paraphrase(self, row: int, paraphrase: str) -> None:
        segment = self.segment(row)
        if segment is None or segment.paraphrase == paraphrase:
            return
        self._payloads[row] = replace(segment, paraphrase=paraphrase)
        changed = self.index(row, self.PARAPHRASE)
        self.dataChanged.emit(changed, changed)


def segment_table(parent: QWidget, model: SegmentTableModel) -> QTableView:
    """A table view over ``model`` with readable widths; the quote column stretches."""
    view = QTableView(parent)
    view.setModel(model)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # whole in the tooltip
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(SegmentTableModel.QUOTE, QHeaderView.ResizeMode.Stretch)
    for column, width in ((SegmentTableModel.INFORMANT, 80), (SegmentTableModel.SOURCE, 150),
                          (SegmentTableModel.PLACE, 70), (SegmentTableModel.CODE, 190),
                          (SegmentTableModel.CODER, 70), (SegmentTableModel.STATUS, 80),
                          (SegmentTableModel.PARAPHRASE, 220)):
        view.setColumnWidth(column, width)
    return view


class SegmentListDialog(QDialog):
    """The segments behind a cell; double-click shows a passage in its transcript."""

    def __init__(self, title: str, segments: Sequence[Evidence], jump_to: JumpTo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_window(self, "segment_list", (960, 480))
        self._jump_to = jump_to
        self.model = SegmentTableModel(self)
        self.model.set_segments(segments)
        self.view = segment_table(self, self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(self._jump)
        heading = QLabel(_tr("{count} segments — double-click one to read it in context.")
                         .format(count=len(segments)), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def _jump(self, index: QModelIndex) -> None:
        segment = self.model.segment(index.row())
        if segment is not None:
            self._jump_to(segment.source_id, segment.start, segment.end)
