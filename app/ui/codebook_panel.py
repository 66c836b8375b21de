"""The right panel: the codebook with colours, shortcut keys and segment counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.codes import CodeView, list_codes
from app.core.project import Project
from app.ui.change_hub import ChangeHub
from app.ui.code_tree import CodeRow, CodeTreeModel

CONTEXT = "CodebookPanel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CodebookPanel(QWidget):
    """Emits ``code_chosen`` (a CodeView) on double-click and ``codes_loaded`` after a load.

    Like the source panel, it reloads once the current event is done.
    """

    code_chosen = Signal(object)  # CodeView
    codes_loaded = Signal(list)  # list[CodeView]

    def __init__(self, project: Project, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._codes: list[CodeView] = []
        self.model = CodeTreeModel(self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setExpandsOnDoubleClick(False)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CodeTreeModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (CodeTreeModel.KEY, CodeTreeModel.SEGMENTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
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
        self.model.modelReset.connect(self.view.expandAll)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.reload)
        hub.changed.connect(self._on_changes)
        self.reload()

    def reload(self) -> None:
        self._pending.stop()
        self._codes = list_codes(self._project)
        self.model.set_codes(self._codes)
        self.codes_loaded.emit(list(self._codes))

    def codes(self) -> list[CodeView]:
        return list(self._codes)

    def index_of_code(self, code_id: int, column: int = CodeTreeModel.NAME) -> QModelIndex:
        return self.model.index_of(code_id, column)

    def _on_double_click(self, index: QModelIndex) -> None:
        row = self.model.payload(index)
        if isinstance(row, CodeRow):
            self.code_chosen.emit(row.code)

    def _on_changes(self, changes: Changes) -> None:
        if changes.codes or changes.segments or changes.project:
            self._pending.start()
