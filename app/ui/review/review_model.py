"""The review queue as a table model over plain ``SegmentView`` rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.core.evidence import Place
from app.core.segments import SegmentView
from app.ui.host.analysis_segments import place_label
from app.ui.widgets.analysis_table_model import RowTableModel
from app.ui.widgets.status_names import status_label

CONTEXT = "ReviewModel"
SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 1
# Enough of the quote to judge it; the queue wraps it over three lines.
TEXT_CHARS = 260
QUOTE_COLUMN = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def short_text(text: str, limit: int = TEXT_CHARS) -> str:
    """``text`` on one line, cut after a whole word (with …) when longer than ``limit``."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


def where_label(segment: SegmentView, place: Place | None) -> str:
    """"W_I2_Kepala (I2)\nturn 4": the source, its informant and the turn."""
    source = f"{segment.source} ({segment.informant})" if segment.informant else segment.source
    where = place_label(*place) if place is not None else ""
    return f"{source}\n{where}" if where else source


class ReviewQueueModel(RowTableModel):
    """One row per coded segment; ``SEGMENT_ROLE`` gives the ``SegmentView``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.places: Mapping[tuple[int, int], Place] = {}

    def headers(self) -> Sequence[str]:
        return (_tr("Where"), _tr("Code"), _tr("Coder"), _tr("Status"), _tr("Quote"))

    def set_segments(self, segments: Sequence[SegmentView],
                     places: Mapping[tuple[int, int], Place] | None = None) -> None:
        """``places``: the turn or paragraph of each (source id, start)."""
        self.places = places or {}
        self.set_rows([segment.id for segment in segments], list(segments), reset=True)

    def segment(self, row: int) -> SegmentView | None:
        segment: SegmentView | None = self.payload(row)
        return segment

    def place(self, segment: SegmentView) -> Place | None:
        return self.places.get((segment.source_id, segment.start))

    def cell(self, payload: Any, row: int, column: int, role: int) -> Any:
        segment: SegmentView = payload
        if role == SEGMENT_ROLE:
            return segment
        if role == Qt.ItemDataRole.DisplayRole:
            values = (where_label(segment, self.place(segment)), segment.code, segment.coder,
                      status_label(segment.review_status), short_text(segment.text))
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole and column == QUOTE_COLUMN:
            return segment.text
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return segment.code
        return None
