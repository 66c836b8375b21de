"""The codebook as a tree: colour swatch, shortcut key and segment count per code."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from app.core.codes import CodeView
from app.ui.widgets.tree_model import TreeModel, TreeRow

CONTEXT = "CodeTreeModel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class CodeRow:
    """A code and the segments under it: its own plus, for a category, its descendants'."""

    code: CodeView
    total: int


def code_rows(codes: Sequence[CodeView]) -> list[TreeRow]:
    """Rows in the depth-first order of ``list_codes``."""
    totals = {code.id: code.segment_count for code in codes}
    parents = {code.id: code.parent_id for code in codes}
    for code in codes:
        ancestor = code.parent_id
        while ancestor is not None:
            totals[ancestor] += code.segment_count
            ancestor = parents[ancestor]
    return [TreeRow(code.id, code.parent_id, CodeRow(code, totals[code.id])) for code in codes]


def code_tooltip(code: CodeView) -> str:
    """Rich text with the codebook entry: definition, when to use it, an example."""
    parts = [f"<b>{html.escape(code.path)}</b>"]
    if not code.codable:
        parts.append(f"<i>{html.escape(_tr('A category: apply one of its codes.'))}</i>")
    elif code.shortcut:
        parts.append(html.escape(_tr("Shortcut key: {key}").format(key=code.shortcut)))
    for label, text in (
        (_tr("Definition"), code.definition),
        (_tr("Use when"), code.inclusion),
        (_tr("Do not use when"), code.exclusion),
        (_tr("Example"), code.example),
    ):
        if text.strip():
            parts.append(f"<b>{html.escape(label)}:</b> {html.escape(text)}")
    return "<p>" + "</p><p>".join(parts) + "</p>"


CODE_MIME = "application/x-telaah-code-id"
AnyIndex = QModelIndex | QPersistentModelIndex


class CodeTreeModel(TreeModel):
    """Codes can be dragged onto another code (becomes its sub-code) or between codes.

    A drop does not move rows itself: it emits ``move_requested(code id, parent id or -1,
    index)``; the codebook is stored and reloaded from the core.
    """

    move_requested = Signal(int, int, int)

    CodeIdRole = Qt.ItemDataRole.UserRole + 1
    CodableRole = Qt.ItemDataRole.UserRole + 2
    PathRole = Qt.ItemDataRole.UserRole + 3

    NAME, KEY, SEGMENTS = range(3)
    column_count = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_codes(self, codes: Sequence[CodeView]) -> None:
        self.replace(code_rows(codes))

    def headers(self) -> list[str]:
        return [_tr("Code"), _tr("Key"), _tr("Segments")]

    def cell(self, payload: Any, column: int, role: int) -> Any:
        row: CodeRow = payload
        code = row.code
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return code.name
            if column == self.KEY:
                return code.shortcut or ""
            return row.total
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return QColor(code.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return code_tooltip(code)
        if role == Qt.ItemDataRole.FontRole and not code.codable:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            alignment = Qt.AlignmentFlag.AlignRight if column == self.SEGMENTS else (
                Qt.AlignmentFlag.AlignHCenter)
            return int(alignment | Qt.AlignmentFlag.AlignVCenter)
        if role == self.CodeIdRole:
            return code.id
        if role == self.CodableRole:
            return code.codable
        if role == self.PathRole:
            return code.path
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CODE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = {self.key_of(index) for index in indexes if index.isValid()}
        if len(ids) == 1:
            data.setData(CODE_MIME, QByteArray(str(ids.pop()).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        return data.hasFormat(CODE_MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:
        if not data.hasFormat(CODE_MIME):
            return False
        code_id = int(bytes(data.data(CODE_MIME).data()).decode())
        parent_key = self.key_of(parent) if parent.isValid() else None  # a code id
        self.move_requested.emit(code_id, parent_key if isinstance(parent_key, int) else -1,
                                 row if row >= 0 else -1)
        return False  # the reload after the move redraws the tree
