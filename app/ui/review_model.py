"""The review queue as a table model over plain ``SegmentView`` rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.core.segments import SegmentView
from app.ui.analysis_table_model import RowTableModel

CONTEXT = "ReviewModel"
SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_CHARS = 160


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_label(status: str | None) -> str:
    """A review status (or a comment's verdict) as people read it."""
    labels = {
        "pending": _tr("Pending"),
        "accepted": _tr("Accepted"),
        "needs_revision": _tr("Needs revision"),
        "rejected": _tr("Rejected"),
        "revised": _tr("Revised"),
    }
    return labels.get(status or "", status or "")


def short_text(text: str, limit: int = TEXT_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class ReviewQueueModel(RowTableModel):
    """One row per coded segment; ``SEGMENT_ROLE`` gives the ``SegmentView``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def headers(self) -> Sequence[str]:
        return (_tr("Source"), _tr("Informant"), _tr("Code"), _tr("Coder"), _tr("Status"),
                _tr("Text"))

    def set_segments(self, segments: Sequence[SegmentView]) -> None:
        self.set_rows([segment.id for segment in segments], list(segments))

    def segment(self, row: int) -> SegmentView | None:
        return self.payload(row)

    def cell(self, payload: Any, row: int, column: int, role: int) -> Any:
        segment: SegmentView = payload
        if role == SEGMENT_ROLE:
            return segment
        if role == Qt.ItemDataRole.DisplayRole:
            values = (segment.source, segment.informant or "—", segment.code, segment.coder,
                      status_label(segment.review_status), short_text(segment.text))
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return segment.text
        return None
