"""Any data display (matrix, co-occurrence, summary grid) as a table model with heat."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from app.core.displays import Cell, DisplayTable, heat_hex
from app.ui.widgets.analysis_table_model import RowTableModel
from app.ui.widgets.numbers import decimal, percent

HEAT_LIMIT_FOR_DARK_TEXT = 2.0  # shading is light enough for black text at every level


def cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return percent(value) if 0 <= value <= 1 else decimal(value, 2)
    return str(value)


class DisplayTableModel(RowTableModel):
    """Rows of a :class:`DisplayTable`; ``HeatRole`` gives the 0..1 shading of a cell.

    ``flags`` (row, column) → True marks a cell with an italic font, e.g. a stale summary.
    """

    HeatRole = Qt.ItemDataRole.UserRole + 1
    ValueRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = DisplayTable(title="", columns=(), rows=())
        self._tooltips: dict[tuple[int, int], str] = {}
        self._header_labels: list[str] | None = None

    def set_header_labels(self, labels: Sequence[str] | None) -> None:
        """Short column titles for the view (the full ones stay in the table and tooltips)."""
        self._header_labels = list(labels) if labels is not None else None
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        columns = list(self._table.columns)
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(columns):
            if role == Qt.ItemDataRole.ToolTipRole:
                return columns[section]
            if role == Qt.ItemDataRole.DisplayRole and self._header_labels is not None and (
                    section < len(self._header_labels)):
                return self._header_labels[section]
        return super().headerData(section, orientation, role)

    def set_table(self, table: DisplayTable,
                  tooltips: dict[tuple[int, int], str] | None = None) -> None:
        columns_changed = list(table.columns) != list(self._table.columns)
        self._table = table
        self._tooltips = dict(tooltips or {})
        keys = [row[0] if row else number for number, row in enumerate(table.rows)]
        payloads = [(tuple(row), tuple(table.heat[number]) if table.heat else None)
                    for number, row in enumerate(table.rows)]
        self.set_rows(keys, payloads, reset=columns_changed)

    def table(self) -> DisplayTable:
        return self._table

    def headers(self) -> Sequence[str]:
        return list(self._table.columns)

    def cell(self, payload: Any, row: int, column: int, role: int) -> Any:
        values, heat = payload
        value = values[column] if column < len(values) else None
        intensity = heat[column] if heat and column < len(heat) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value)
        if role == Qt.ItemDataRole.BackgroundRole and intensity is not None and intensity > 0:
            return QColor(f"#{heat_hex(intensity)}")
        if role == Qt.ItemDataRole.ForegroundRole and intensity is not None:
            return QColor("#000000")
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            vertical = (Qt.AlignmentFlag.AlignTop if "\n" in cell_text(value)
                        else Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | vertical)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltips.get((row, column))
        if role == self.HeatRole:
            return intensity
        if role == self.ValueRole:
            return value
        return None
