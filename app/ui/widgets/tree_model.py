"""A read-only tree model over plain rows, refreshed in place when only values change."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = -1
_TOP = QModelIndex()  # the invisible root, as a default argument


@dataclass(frozen=True)
class TreeRow:
    """One item: ``parent_key`` None puts it at the top; parents come before children."""

    key: Hashable
    parent_key: Hashable | None
    payload: Any


class _Node:
    __slots__ = ("children", "key", "parent", "payload", "row")

    def __init__(self, key: Hashable, payload: Any, parent: int, row: int) -> None:
        self.key = key
        self.payload = payload
        self.parent = parent
        self.children: list[int] = []
        self.row = row


class TreeModel(QAbstractItemModel):
    """Subclasses give the column count and headers, and the cell data of a payload.

    ``internalId`` of an index is the node's number in a flat list, so no Python object
    pointers cross into Qt.
    """

    column_count: ClassVar[int] = 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._nodes: list[_Node] = []
        self._roots: list[int] = []
        self._numbers: dict[Hashable, int] = {}
        self._shape: list[tuple[Hashable, Hashable | None]] = []

    # --- what subclasses provide ------------------------------------------------------------

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, payload: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    # --- contents -------------------------------------------------------------------------

    def replace(self, rows: Sequence[TreeRow]) -> None:
        """Show ``rows``: values change in place when the tree keeps its shape, so views
        keep their selection and expanded items; otherwise the model resets."""
        shape = [(row.key, row.parent_key) for row in rows]
        if shape == self._shape:
            self._update_payloads(rows)
            return
        self.beginResetModel()
        self._build(rows)
        self._shape = shape
        self.endResetModel()

    def _build(self, rows: Sequence[TreeRow]) -> None:
        self._nodes, self._roots, self._numbers = [], [], {}
        for row in rows:
            parent = _ROOT if row.parent_key is None else self._numbers[row.parent_key]
            siblings = self._roots if parent == _ROOT else self._nodes[parent].children
            number = len(self._nodes)
            self._nodes.append(_Node(row.key, row.payload, parent, len(siblings)))
            siblings.append(number)
            self._numbers[row.key] = number

    def _update_payloads(self, rows: Sequence[TreeRow]) -> None:
        last_column = self.columnCount() - 1
        for number, row in enumerate(rows):
            node = self._nodes[number]
            if node.payload != row.payload:
                node.payload = row.payload
                self.dataChanged.emit(
                    self.createIndex(node.row, 0, number),
                    self.createIndex(node.row, last_column, number),
                )

    def payload(self, index: AnyIndex) -> Any:
        if not index.isValid():
            return None
        return self._nodes[index.internalId()].payload

    def index_of(self, key: Hashable, column: int = 0) -> QModelIndex:
        number = self._numbers.get(key)
        if number is None:
            return QModelIndex()
        return self.createIndex(self._nodes[number].row, column, number)

    def key_of(self, index: AnyIndex) -> Hashable | None:
        return self._nodes[index.internalId()].key if index.isValid() else None

    def node_keys(self) -> list[Hashable]:
        return [node.key for node in self._nodes]

    # --- QAbstractItemModel -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = _TOP) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        children = self._children(parent)
        return self.createIndex(row, column, children[row])

    def parent(self, child: AnyIndex | None = None) -> Any:
        if child is None:  # QObject.parent()
            return super().parent()
        if not child.isValid():
            return QModelIndex()
        parent = self._nodes[child.internalId()].parent
        if parent == _ROOT:
            return QModelIndex()
        return self.createIndex(self._nodes[parent].row, 0, parent)

    def rowCount(self, parent: AnyIndex = _TOP) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: AnyIndex = _TOP) -> int:
        return self.column_count

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(self._nodes[index.internalId()].payload, index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _children(self, parent: AnyIndex) -> list[int]:
        if not parent.isValid():
            return self._roots
        return self._nodes[parent.internalId()].children
