"""The margins beside the transcript: turn numbers on the left, segment stripes on the right.

Both paint only the visible part of the document, so their cost does not grow with the
length of the transcript beyond a filter over the segments.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

if TYPE_CHECKING:
    from app.core.segments import SegmentView
    from app.ui.transcript_view import TranscriptView

CONTEXT = "CodingMargin"
GUTTER_WIDTH = 44
MARGIN_WIDTH = 190
LANE_WIDTH = 9
STRIPE_WIDTH = 4
MAX_LANES = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def segment_tooltip(segment: SegmentView) -> str:
    lines = [f"<b><span style='color:{segment.color}'>&#9632;</span> "
             f"{html.escape(segment.code)}</b>",
             html.escape(_tr("Coder: {name}").format(name=segment.coder))]
    if segment.memo.strip():
        lines.append(html.escape(_tr("Memo: {memo}").format(memo=segment.memo)))
    return "<br>".join(lines)


class TurnGutter(QWidget):
    """Turn numbers (or paragraph numbers when a source has no turns)."""

    def __init__(self, view: TranscriptView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self) -> QSize:
        return QSize(GUTTER_WIDTH, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        view = self._view
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#F3F3F0"))
        painter.setPen(QColor("#888888"))
        block = view.firstVisibleBlock()
        offset = view.contentOffset()
        numbers = view.turn_numbers()
        paragraph = 0
        bottom_limit = event.rect().bottom()
        # Paragraph numbers need the count of non-empty blocks before the first visible one.
        if not numbers:
            walker = view.document().firstBlock()
            while walker.isValid() and walker != block:
                paragraph += 1 if walker.text().strip() else 0
                walker = walker.next()
        while block.isValid():
            top = round(view.blockBoundingGeometry(block).translated(offset).top())
            if top > bottom_limit:
                break
            if numbers:
                number = numbers.get(block.position())
            else:
                number = paragraph + 1 if block.text().strip() else None
                paragraph += 1 if block.text().strip() else 0
            if number is not None and block.isVisible():
                height = view.fontMetrics().height()
                painter.drawText(0, top, self.width() - 6, height,
                                 Qt.AlignmentFlag.AlignRight, str(number))
            block = block.next()


@dataclass(frozen=True)
class Stripe:
    segment_id: int
    rect: QRect  # the stripe, in margin coordinates
    label: QRect


class CodingMargin(QWidget):
    """One stripe per visible segment in lanes, with its code's name; click selects it."""

    def __init__(self, view: TranscriptView) -> None:
        super().__init__(view)
        self._view = view
        self._stripes: list[Stripe] = []
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(MARGIN_WIDTH, 0)

    def stripes(self) -> list[Stripe]:
        """Where each visible segment was drawn (after the last paint / layout)."""
        return list(self._stripes)

    def layout_stripes(self) -> list[Stripe]:
        view = self._view
        segments = view.visible_segments()
        lanes: list[int] = []  # bottom y of the last stripe per lane
        label_bottom = -1
        stripes: list[Stripe] = []
        height = view.fontMetrics().height()
        for segment in sorted(segments, key=lambda s: (s.start, -s.end)):
            top, bottom = view.span_rows(segment.start, segment.end)
            lane = next((i for i, end in enumerate(lanes) if end < top), None)
            if lane is None:
                lane = min(len(lanes), MAX_LANES - 1)
                if lane == len(lanes):
                    lanes.append(bottom)
            lanes[lane] = max(lanes[lane], bottom)
            x = 4 + lane * LANE_WIDTH
            label_top = max(top, label_bottom + 1)
            label_x = 4 + MAX_LANES * LANE_WIDTH // 2 + 8
            stripes.append(Stripe(segment.id, QRect(x, top, STRIPE_WIDTH, max(bottom - top, 4)),
                                  QRect(label_x, label_top, self.width() - label_x - 2, height)))
            label_bottom = label_top + height
        self._stripes = stripes
        return stripes

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#FAFAF7"))
        by_id = {segment.id: segment for segment in self._view.segments_by_id().values()}
        current = self._view.current_segment_id
        metrics = painter.fontMetrics()
        for stripe in self.layout_stripes():
            segment = by_id[stripe.segment_id]
            color = QColor(segment.color)
            painter.fillRect(stripe.rect.adjusted(-1, 0, 1, 0) if stripe.segment_id == current
                             else stripe.rect, color)
            painter.setPen(color.darker(150))
            text = metrics.elidedText(segment.code.split("/")[-1].strip(),
                                      Qt.TextElideMode.ElideRight, stripe.label.width())
            if stripe.label.top() < self.height():
                font = painter.font()
                font.setBold(stripe.segment_id == current)
                painter.setFont(font)
                painter.drawText(stripe.label, Qt.AlignmentFlag.AlignLeft, text)

    def segment_at(self, point: QPoint) -> int | None:
        for stripe in self._stripes:
            if stripe.rect.adjusted(-3, 0, 3, 0).contains(point) or stripe.label.contains(point):
                return stripe.segment_id
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        segment_id = self.segment_at(event.position().toPoint())
        if segment_id is not None and event.button() == Qt.MouseButton.LeftButton:
            self._view.choose_segment(segment_id)
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            segment_id = self.segment_at(event.pos())
            segment = self._view.segments_by_id().get(segment_id) if segment_id else None
            if segment is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), segment_tooltip(segment), self)
            return True
        return super().event(event)
