"""A read-only table model over plain rows, refreshed in place when only values change."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex
LONG_TEXT = 16  # cells with more characters than this repeat their text as the tooltip
_TOP = QModelIndex()


class RowTableModel(QAbstractTableModel):
    """Subclasses give headers and the cell data of a row's payload.

    ``set_rows(keys, payloads)`` keeps views' selection when the keys stay the same.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys: list[Hashable] = []
        self._payloads: list[Any] = []

    # --- what subclasses provide ------------------------------------------------------------

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def cell(self, payload: Any, row: int, column: int, role: int) -> Any:
        raise NotImplementedError

    # --- contents -------------------------------------------------------------------------

    def set_rows(self, keys: Sequence[Hashable], payloads: Sequence[Any],
                 *, reset: bool = False) -> None:
        if not reset and list(keys) == self._keys:
            last = self.columnCount() - 1
            for number, payload in enumerate(payloads):
                if self._payloads[number] != payload:
                    self._payloads[number] = payload
                    self.dataChanged.emit(self.index(number, 0), self.index(number, last))
            return
        self.beginResetModel()
        self._keys = list(keys)
        self._payloads = list(payloads)
        self.endResetModel()

    def reset_headers(self) -> None:
        """Call after ``headers()`` changed its length (a new matrix layout)."""
        self.beginResetModel()
        self.endResetModel()

    def payload(self, row: int) -> Any:
        return self._payloads[row] if 0 <= row < len(self._payloads) else None

    def payloads(self) -> list[Any]:
        return list(self._payloads)

    def key(self, row: int) -> Hashable | None:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def row_of(self, key: Hashable) -> int:
        try:
            return self._keys.index(key)
        except ValueError:
            return -1

    # --- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = _TOP) -> int:
        return 0 if parent.isValid() else len(self._payloads)

    def columnCount(self, parent: AnyIndex = _TOP) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._payloads):
            return None
        payload, row, column = self._payloads[index.row()], index.row(), index.column()
        value = self.cell(payload, row, column, role)
        if value is None and role == Qt.ItemDataRole.ToolTipRole:
            # A long name a narrow column elides can still be read whole.
            shown = self.cell(payload, row, column, Qt.ItemDataRole.DisplayRole)
            if isinstance(shown, str) and len(shown) > LONG_TEXT:
                return shown
        return value

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The tooltip repeats a header that a narrow column cuts off.
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return section + 1 if role == Qt.ItemDataRole.DisplayRole else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
