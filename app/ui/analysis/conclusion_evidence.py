"""The evidence of one conclusion: its segments, and which support or contradict it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from app.core.evidence import Evidence, informant_sort_key
from app.ui.analysis.conclusion_texts import role_text, valence_text
from app.ui.host.analysis_segments import one_line, place_of, who_of
from app.ui.widgets.analysis_table_model import RowTableModel

CONTEXT = "ConclusionEvidenceModel"
ROLE_COLOURS = {"supporting": "#dff0e0", "contradicting": "#f8d7da"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ConclusionEvidenceModel(RowTableModel):
    """Payload: (Evidence, link role or None)."""

    SegmentIdRole = Qt.ItemDataRole.UserRole + 1
    LinkRole = Qt.ItemDataRole.UserRole + 2
    LINK, VALENCE, WHO, PLACE, QUOTE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def set_evidence(self, evidence: Sequence[Evidence], links: Mapping[int, str]) -> None:
        ordered = sorted(evidence, key=lambda e: (
            e.id not in links, informant_sort_key(e.informant_type, e.informant),
            e.source, e.start))
        self.set_rows([e.id for e in ordered], [(e, links.get(e.id)) for e in ordered])

    def segment(self, row: int) -> Evidence | None:
        payload = self.payload(row)
        return payload[0] if payload else None

    def headers(self) -> Sequence[str]:
        return [_tr("Link"), _tr("Valence"), _tr("Who"), _tr("Place"), _tr("Quote")]

    def cell(self, payload: Any, row: int, column: int, role: int) -> Any:
        segment, link = payload
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LINK:
                return role_text(link)
            if column == self.VALENCE:
                return valence_text(segment.valence)
            if column == self.WHO:
                return who_of(segment)
            if column == self.PLACE:
                return place_of(segment)
            return one_line(segment.text, 240)
        if role == Qt.ItemDataRole.BackgroundRole and link in ROLE_COLOURS:
            return QColor(ROLE_COLOURS[link])
        if role == Qt.ItemDataRole.ForegroundRole and link in ROLE_COLOURS:
            return QColor("#000000")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.QUOTE:
            return segment.text
        if role == self.SegmentIdRole:
            return segment.id
        if role == self.LinkRole:
            return link
        return None
