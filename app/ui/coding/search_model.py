"""Table models (and their tables) of search hits and code suggestions over plain frozen
dataclasses."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableView,
    QWidget,
)

from app.core.code_suggestions import Suggestion
from app.core.codes import list_codes
from app.core.evidence import Places
from app.core.project import Project
from app.core.search import SearchHit
from app.ui.host.analysis_segments import place_label
from app.ui.widgets.analysis_table_model import RowTableModel

CONTEXT = "SearchModel"
CONTEXT_CHARS = 70
MIN_COLUMN_WIDTH = 60


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _flat(text: str) -> str:
    return " ".join(text.split())


def hit_context(hit: SearchHit) -> str:
    """The hit in its context as one line: …before [hit] after…"""
    before = _flat(hit.before)[-CONTEXT_CHARS:]
    after = _flat(hit.after)[:CONTEXT_CHARS]
    return f"…{before} [{_flat(hit.text)}] {after}…"


def hit_context_html(hit: SearchHit) -> str:
    return (f"…{html.escape(hit.before)}<b>{html.escape(hit.text)}</b>"
            f"{html.escape(hit.after)}…")


class SearchHitModel(RowTableModel):
    """One row per hit: source, informant, position, the hit in context, score."""

    HIT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._places: Places = {}

    def set_hits(self, hits: Sequence[SearchHit], places: Places | None = None) -> None:
        """``places``: the turn or paragraph of each hit (``turn_places``); without one
        the position is a dash (the context column still shows the words)."""
        self._places = places or {}
        self.set_rows([(h.source_id, h.start, h.end) for h in hits], list(hits), reset=True)

    def position(self, hit: SearchHit) -> str:
        place = self._places.get((hit.source_id, hit.start))
        return place_label(*place) if place and place[0] is not None else "—"

    def headers(self) -> Sequence[str]:
        return (_tr("Source"), _tr("Informant"), _tr("Position"), _tr("In context"),
                _tr("Score"))

    def cell(self, payload: Any, row: int, column: int, role: int) -> Any:
        hit: SearchHit = payload
        if role == self.HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.DisplayRole:
            values = (hit.source_title, hit.informant or "—", self.position(hit),
                      hit_context(hit), f"{hit.score:.0f}")
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return hit_context_html(hit)
        return None


class SuggestionModel(RowTableModel):
    """One row per suggested passage, best first."""

    SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def set_suggestions(self, suggestions: Sequence[Suggestion]) -> None:
        self.set_rows([(s.source_id, s.start, s.end) for s in suggestions], list(suggestions),
                      reset=True)

    def headers(self) -> Sequence[str]:
        return (_tr("Score"), _tr("Source"), _tr("Informant"), _tr("Passage"),
                _tr("Closest example"))

    def cell(self, payload: Any, row: int, column: int, role: int) -> Any:
        suggestion: Suggestion = payload
        if role == self.SUGGESTION_ROLE:
            return suggestion
        if role == Qt.ItemDataRole.DisplayRole:
            values = (f"{suggestion.score:.0f}", suggestion.source_title,
                      suggestion.informant or "—", _flat(suggestion.text),
                      _flat(suggestion.closest_example))
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole and column in (3, 4):
            return suggestion.text if column == 3 else suggestion.closest_example
        return None


RESIZE_PRECISION_ROWS = 50


def results_table(parent: QWidget, model: SearchHitModel | SuggestionModel,
                  stretch: int) -> QTableView:
    """A read-only table of one model's rows; the ``stretch`` column takes the room."""
    view = QTableView(parent)
    view.setModel(model)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # whole in the tooltip
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setMinimumSectionSize(MIN_COLUMN_WIDTH)  # short headers (Score, Skor) stay whole
    # Fit the columns to the first rows only: measuring every one of 800 hits cost the first
    # search 0.15-0.3 s on the GUI thread (issue 19); the rows' values are alike in width.
    header.setResizeContentsPrecision(RESIZE_PRECISION_ROWS)
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    return view


def codable_combo(parent: QWidget, project: Project) -> QComboBox:
    """Codable codes by their path (categories are not coded with)."""
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    for code in list_codes(project):
        if code.codable:
            combo.addItem(code.path, code.id)
    return combo
