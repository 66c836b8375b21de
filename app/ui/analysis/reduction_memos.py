"""Memos in one place: listed, searchable by words and type, and added here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QObject, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.evidence import Evidence
from app.core.ids import SegmentId
from app.core.memos import (
    MEMO_TYPES,
    SEGMENT_NOTE,
    MemoView,
    list_memos,
    list_segment_notes,
)
from app.errors import TelaahError
from app.ui.host.analysis_context import AnalysisContext
from app.ui.host.analysis_segments import place_of
from app.ui.widgets.analysis_table_model import RowTableModel

CONTEXT = "MemoList"
PROJECT, SEGMENT = "project", "segment"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def memo_type_label(memo_type: str) -> str:
    return {"analytic": _tr("analytic"), "methodological": _tr("methodological"),
            "reflexive": _tr("reflexive"), SEGMENT_NOTE: _tr("segment memo")}.get(
                memo_type, memo_type)


def memo_matches(memo: MemoView, words: str, memo_type: str | None) -> bool:
    if memo_type is not None and memo.memo_type != memo_type:
        return False
    folded = words.casefold().split()
    haystack = f"{memo.title}\n{memo.body}".casefold()
    return all(word in haystack for word in folded)


class MemoTableModel(RowTableModel):
    MemoIdRole = Qt.ItemDataRole.UserRole + 1
    TITLE, TYPE, ATTACHED, CREATED = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.segments: dict[int, Evidence] = {}

    def set_memos(self, memos: Sequence[MemoView]) -> None:
        # A segment memo's id is its segment's: the type keeps the keys apart.
        self.set_rows([(memo.memo_type == SEGMENT_NOTE, memo.id) for memo in memos],
                      list(memos))

    def headers(self) -> Sequence[str]:
        return [_tr("Title"), _tr("Type"), _tr("Attached to"), _tr("Written")]

    def cell(self, payload: Any, row: int, column: int, role: int) -> Any:
        memo: MemoView = payload
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return memo.title
            if column == self.TYPE:
                return memo_type_label(memo.memo_type)
            if column == self.ATTACHED:
                return attachment_label(memo, self.segments.get(memo.segment_id or 0))
            return memo.created_at.strftime("%Y-%m-%d %H:%M")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return memo.body or None
        if role == self.MemoIdRole:
            return memo.id
        return None


def attachment_label(memo: MemoView, segment: Evidence | None = None) -> str:
    """What a memo is about; a segment by its source and turn when ``segment`` is known."""
    if segment is not None:
        place = place_of(segment)
        return f"{segment.source}, {place}" if place else segment.source
    if memo.segment_id is not None:
        return _tr("segment {id}").format(id=memo.segment_id)
    if memo.code_id is not None:
        return _tr("code {id}").format(id=memo.code_id)
    if memo.source_id is not None:
        return _tr("source {id}").format(id=memo.source_id)
    return _tr("the project")


class MemoList(QWidget):
    def __init__(self, context: AnalysisContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._memos: list[MemoView] = []
        self._segment: Evidence | None = None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(_tr("Search memos"))
        self.search.setClearButtonEnabled(True)
        self.type_filter = QComboBox(self)
        self.type_filter.addItem(_tr("all types"), None)
        for memo_type in (*MEMO_TYPES, SEGMENT_NOTE):
            self.type_filter.addItem(memo_type_label(memo_type), memo_type)
        self.model = MemoTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # whole in the tooltip
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(MemoTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (MemoTableModel.TYPE, MemoTableModel.ATTACHED, MemoTableModel.CREATED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.body = QTextBrowser(self)

        self.new_title = QLineEdit(self)
        self.new_type = QComboBox(self)
        for memo_type in MEMO_TYPES:
            self.new_type.addItem(memo_type_label(memo_type), memo_type)
        self.attach = QComboBox(self)
        self.attach.addItem(_tr("the project"), PROJECT)
        self.attach.addItem(_tr("the selected segment"), SEGMENT)
        self.new_body = QPlainTextEdit(self)
        self.new_body.setMinimumHeight(140)
        self.add_button = QPushButton(_tr("Add memo"), self)
        form_box = QGroupBox(_tr("New memo"), self)
        form = QFormLayout(form_box)
        form.addRow(_tr("Title"), self.new_title)
        form.addRow(_tr("Type"), self.new_type)
        form.addRow(_tr("Attach to"), self.attach)
        form.addRow(_tr("Text"), self.new_body)
        form.addRow("", self.add_button)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.type_filter)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.body)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(form_box)
        right_layout.addStretch(1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([700, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self._apply_search)
        self.type_filter.currentIndexChanged.connect(self._apply_search)
        self.view.selectionModel().selectionChanged.connect(self._show_body)
        self.add_button.clicked.connect(self.add)
        self._update_attach()

    def reload(self, evidence: Sequence[Evidence] = ()) -> None:
        """Every memo, and the segment memos written while coding; ``evidence`` names the
        segments they are attached to."""
        self.model.segments = {segment.id: segment for segment in evidence}
        self._memos = [*list_memos(self._context.project),
                       *list_segment_notes(self._context.project)]
        self._memos.sort(key=lambda memo: memo.created_at)
        self._apply_search()

    def set_segment(self, segment: Evidence | None) -> None:
        self._segment = segment
        self._update_attach()

    def _update_attach(self) -> None:
        model = self.attach.model()
        assert isinstance(model, QStandardItemModel), "a QComboBox's own model"
        item = model.item(1)
        item.setEnabled(self._segment is not None)
        if self._segment is None and self.attach.currentData() == SEGMENT:
            self.attach.setCurrentIndex(0)

    def shown_memos(self) -> list[MemoView]:
        return self.model.payloads()

    def _apply_search(self, *_args: object) -> None:
        chosen = self.type_filter.currentData()
        words = self.search.text()
        self.model.set_memos([m for m in self._memos if memo_matches(m, words, chosen)])
        self._show_body()

    def _show_body(self, *_args: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        memo: MemoView | None = self.model.payload(rows[0].row()) if rows else None
        self.body.setPlainText(memo.body if memo else "")

    def add(self) -> None:
        segment_id: SegmentId | None = None
        if self.attach.currentData() == SEGMENT and self._segment is not None:
            segment_id = SegmentId(self._segment.id)
        try:
            changes = self._context.wb.memos.add(
                title=self.new_title.text(), body=self.new_body.toPlainText(),
                memo_type=self.new_type.currentData(), segment_id=segment_id)
        except TelaahError as error:
            self._context.report(self, error)
            return
        self.new_title.clear()
        self.new_body.clear()
        self._context.publish(changes)
