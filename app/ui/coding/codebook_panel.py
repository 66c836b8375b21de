"""The right panel: the codebook with colours, shortcut keys and segment counts."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.codes import CodeView
from app.core.workbench import Workbench
from app.ui.coding.code_tree import CODE_MIME, CodeRow, CodeTreeModel
from app.ui.host.change_hub import ChangeHub

CONTEXT = "CodebookPanel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CodebookTreeView(QTreeView):
    """Codes move by drag and drop; text dragged from the transcript codes it on drop."""

    text_dropped = Signal(object)  # CodeView

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the tooltip names it whole

    def _is_text(self, event: QDropEvent | QDragMoveEvent) -> bool:
        data = event.mimeData()
        return data.hasText() and not data.hasFormat(CODE_MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._is_text(event):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._is_text(event):
            row = self.model().index(self.indexAt(event.position().toPoint()).row(), 0,
                                     self.indexAt(event.position().toPoint()).parent())
            if row.isValid():
                event.acceptProposedAction()
            else:
                event.ignore()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self._is_text(event):
            index = self.indexAt(event.position().toPoint())
            model = self.model()
            payload = model.payload(index) if isinstance(model, CodeTreeModel) else None
            if isinstance(payload, CodeRow):
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                self.text_dropped.emit(payload.code)
                return
            event.ignore()
            return
        super().dropEvent(event)


class CodebookPanel(QWidget):
    """Emits ``code_chosen`` (a CodeView) on double-click and ``codes_loaded`` after the
    codes themselves changed (not after a mere count).

    Redraws from ``Changes.fresh`` without reading: a new count for the codes a segment
    edit touched, or the code tree an edit of codes brought along (rows change in place
    while the tree keeps its shape). A broadcast without fresh views (a bare core call)
    reloads once the current event is done.
    """

    code_chosen = Signal(object)  # CodeView
    codes_loaded = Signal(list)  # list[CodeView]

    def __init__(self, workbench: Workbench, hub: ChangeHub,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workbench = workbench
        self._codes: list[CodeView] = []
        self._places: dict[int, int] = {}  # code id -> its index in _codes
        self.model = CodeTreeModel(self)
        self.view = CodebookTreeView(self)
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setExpandsOnDoubleClick(False)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CodeTreeModel.NAME, QHeaderView.ResizeMode.Stretch)
        # Fitted after a load and widened when a count outgrows it: ResizeToContents would
        # measure every row on each count that changes.
        for column in (CodeTreeModel.KEY, CodeTreeModel.SEGMENTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.hint = QLabel(
            _tr("Select a passage in the transcript, then double-click a code "
                "or press its key."),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setContentsMargins(4, 4, 4, 4)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self.view.doubleClicked.connect(self._on_double_click)
        self.view.text_dropped.connect(self.code_chosen)
        self.model.modelReset.connect(self._after_reset)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.reload)
        hub.changed.connect(self._on_changes)
        self.reload()

    def reload(self) -> None:
        self._pending.stop()
        self._show(self._workbench.codes.all())

    def _show(self, codes: list[CodeView]) -> None:
        self._codes = codes
        self._places = {code.id: place for place, code in enumerate(codes)}
        self.model.set_codes(self._codes)
        self._fit_columns()
        self.codes_loaded.emit(list(self._codes))

    def _after_reset(self) -> None:
        self.view.expandAll()
        self._fit_columns()

    def _fit_columns(self) -> None:
        for column in (CodeTreeModel.KEY, CodeTreeModel.SEGMENTS):
            self.view.resizeColumnToContents(column)

    def codes(self) -> list[CodeView]:
        return list(self._codes)

    def index_of_code(self, code_id: int, column: int = CodeTreeModel.NAME) -> QModelIndex:
        return self.model.index_of(code_id, column)

    def _on_double_click(self, index: QModelIndex) -> None:
        row = self.model.payload(index)
        if isinstance(row, CodeRow):
            self.code_chosen.emit(row.code)

    def _on_changes(self, changes: Changes) -> None:
        if not (changes.codes or changes.segments or changes.project):
            return
        fresh = changes.fresh
        if fresh is None or changes.project:
            self._pending.start()
        elif fresh.codebook is not None:
            self._show(list(fresh.codebook))
        elif not self._pending.isActive() and not self._set_counts(dict(fresh.code_counts),
                                                                   changes.codes):
            self._pending.start()

    def _set_counts(self, counts: dict[int, int], changed: frozenset[int]) -> bool:
        """New segment counts in place (the categories above add up again); False when a
        changed code is not shown or is gone, so the tree must be read again."""
        if not changed <= counts.keys() or not counts.keys() <= self._places.keys():
            return False
        for code_id, count in counts.items():
            place = self._places[code_id]
            self._codes[place] = replace(self._codes[place], segment_count=count)
        self.model.set_codes(self._codes)
        header = self.view.header()
        for code_id in counts:  # the code and the categories above it (their totals)
            index = self.model.index_of(code_id, CodeTreeModel.SEGMENTS)
            while index.isValid():
                width = self.view.sizeHintForIndex(index).width()
                if width > header.sectionSize(CodeTreeModel.SEGMENTS):
                    header.resizeSection(CodeTreeModel.SEGMENTS, width)
                index = index.parent().siblingAtColumn(CodeTreeModel.SEGMENTS)
        return True
