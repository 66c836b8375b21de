"""The margins beside the transcript: turn numbers on the left, segment stripes on the right.

Both paint only the visible part of the document, so their cost does not grow with the
length of the transcript beyond a filter over the segments.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QMenu, QToolTip, QWidget

from app.ui.coding.segment_menu import add_segment_menus
from app.ui.coding.transcript_menu import edit_blocked
from app.ui.widgets.status_names import status_label

if TYPE_CHECKING:
    from app.core.segments import SegmentView
    from app.ui.coding.transcript_base import TranscriptBase

CONTEXT = "CodingMargin"
GUTTER_WIDTH = 44
MARGIN_WIDTH = 190
MIN_MARGIN_WIDTH = 120
MAX_MARGIN_WIDTH = 600
HANDLE_WIDTH = 5  # the margin's left edge: drag it to widen the margin
MEMO_MARK = 10  # the note drawn before the label of a segment with a memo
MEMO_PREVIEW = 600
LANE_WIDTH = 9
STRIPE_WIDTH = 4
MAX_LANES = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def segment_tooltip(segment: SegmentView, last_comment: str | None = None) -> str:
    """Code, coder, review status (with the thread's last comment), memo."""
    lines = [f"<b><span style='color:{segment.color}'>&#9632;</span> "
             f"{html.escape(segment.code)}</b>",
             html.escape(_tr("Coder: {name}").format(name=segment.coder)),
             html.escape(_tr("Review: {status}").format(
                 status=status_label(segment.review_status)))]
    if last_comment:
        lines.append(html.escape(_tr("Last comment: {comment}").format(
            comment=last_comment)).replace("\n", "<br>"))
    memo = segment.memo.strip()
    if memo:
        if len(memo) > MEMO_PREVIEW:
            memo = memo[: MEMO_PREVIEW - 1].rstrip() + "…"
        lines.append(html.escape(_tr("Memo: {memo}").format(memo=memo)).replace("\n", "<br>"))
    return "<br>".join(lines)


def show_text_tooltip(view: TranscriptBase, event: QHelpEvent) -> None:
    """Hovering the text: the tooltips of the shown segments under the mouse."""
    point = view.viewport().mapFromGlobal(event.globalPos())
    shown = [segment for segment in view.segments_at(view.cursorForPosition(point).position())
             if view.shows(segment)]
    if shown:
        QToolTip.showText(event.globalPos(),
                          "<hr>".join(segment_tooltip(s) for s in shown), view)
    else:
        QToolTip.hideText()


class TurnGutter(QWidget):
    """Turn numbers (or paragraph numbers when a source has no turns)."""

    def __init__(self, view: TranscriptBase) -> None:
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
    memo: QRect | None = None  # the memo note before the label, when the segment has one


class CodingMargin(QWidget):
    """One stripe per visible segment in lanes, with its code's name (elided in the middle,
    whole in the tooltip) and a note when it has a memo; click selects it. Dragging the
    left edge widens the margin (``view.margin_resized`` tells the new width)."""

    def __init__(self, view: TranscriptBase) -> None:
        super().__init__(view)
        self._view = view
        self._stripes: list[Stripe] = []
        self._laid_out: tuple[object, ...] | None = None  # what the stripes were laid out for
        self._drag_from: tuple[int, int] | None = None  # (global x, width) while dragging
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(self._view.margin_width, 0)

    def label_texts(self) -> dict[int, str]:
        """The label drawn for each visible segment, as elided to fit (after a layout)."""
        by_id = self._view.segments_by_id()
        bold = self.font()
        bold.setBold(True)
        plain, strong = self.fontMetrics(), QFontMetrics(bold)  # the current one is bold
        return {stripe.segment_id: (
            strong if stripe.segment_id == self._view.current_segment_id else plain
        ).elidedText(label_name(by_id[stripe.segment_id].code), Qt.TextElideMode.ElideMiddle,
                     stripe.label.width())
            for stripe in self._stripes if stripe.segment_id in by_id}

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
        label_x = 4 + MAX_LANES * LANE_WIDTH // 2 + 8
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
            memo = None
            text_x = label_x
            if segment.memo.strip():
                memo = QRect(label_x, label_top + (height - MEMO_MARK) // 2, MEMO_MARK - 2,
                             MEMO_MARK)
                text_x += MEMO_MARK + 2
            stripes.append(Stripe(segment.id, QRect(x, top, STRIPE_WIDTH, max(bottom - top, 4)),
                                  QRect(text_x, label_top, self.width() - text_x - 2, height),
                                  memo))
            label_bottom = label_top + height
        self._stripes = stripes
        self._laid_out = self._layout_key()
        return stripes

    def _layout_key(self) -> tuple[object, ...]:
        view = self._view
        return (view.marks_version, view.verticalScrollBar().value(),
                view.horizontalScrollBar().value(), view.viewport().size(), self.width(),
                view.font().key())

    def _current_stripes(self) -> list[Stripe]:
        """The stripes, laid out again only when the segments, the scrolling or a size
        changed since (a paint for the text cursor or the current segment reuses them)."""
        if self._laid_out != self._layout_key():
            self.layout_stripes()
        return self._stripes

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#FAFAF7"))
        painter.fillRect(QRect(0, 0, 1, self.height()), QColor("#D5D5CF"))  # the drag edge
        grip = self.height() // 2
        for dot in (-6, 0, 6):
            painter.fillRect(QRect(2, grip + dot, 2, 2), QColor("#A8A8A0"))
        by_id = self._view.segments_by_id()
        current = self._view.current_segment_id
        for stripe in self._current_stripes():
            segment = by_id[stripe.segment_id]
            color = QColor(segment.color)
            painter.fillRect(stripe.rect.adjusted(-1, 0, 1, 0) if stripe.segment_id == current
                             else stripe.rect, color)
            if stripe.memo is not None and stripe.memo.top() < self.height():
                draw_memo_mark(painter, stripe.memo)
            if stripe.label.top() < self.height():
                font = painter.font()
                font.setBold(stripe.segment_id == current)
                painter.setFont(font)  # elided in the font it is drawn in (bold is wider)
                text = painter.fontMetrics().elidedText(
                    label_name(segment.code), Qt.TextElideMode.ElideMiddle, stripe.label.width())
                painter.setPen(color.darker(150))
                painter.drawText(stripe.label, Qt.AlignmentFlag.AlignLeft, text)

    def segment_at(self, point: QPoint) -> int | None:
        for stripe in self._stripes:
            if (stripe.rect.adjusted(-3, 0, 3, 0).contains(point) or stripe.label.contains(point)
                    or (stripe.memo is not None and stripe.memo.contains(point))):
                return stripe.segment_id
        return None

    def on_handle(self, point: QPoint) -> bool:
        return 0 <= point.x() < HANDLE_WIDTH

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and self.on_handle(point):
            self._drag_from = (round(event.globalPosition().x()), self._view.margin_width)
            return
        segment_id = self.segment_at(point)
        if segment_id is not None and event.button() == Qt.MouseButton.LeftButton:
            self._view.choose_segment(segment_id)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None:
            start_x, start_width = self._drag_from
            self._view.set_margin_width(start_width + start_x - round(event.globalPosition().x()))
            return
        on_handle = self.on_handle(event.position().toPoint())
        self.setCursor(Qt.CursorShape.SplitHCursor if on_handle else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = None
            self._view.margin_resized.emit(self._view.margin_width)
            return
        super().mouseReleaseEvent(event)

    def segment_menu(self, point: QPoint) -> QMenu | None:
        """The menu of the segment whose stripe or label is at ``point`` (as in the text)."""
        segment_id = self.segment_at(point)
        segment = self._view.segments_by_id().get(segment_id) if segment_id else None
        if segment is None:
            return None
        menu = QMenu(self)
        add_segment_menus(menu, [segment], self._view.place_of,
                          lambda s: edit_blocked(self._view, s), self._view.request_segment)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.segment_menu(event.pos())
        if menu is not None:
            menu.exec(event.globalPos())
            menu.deleteLater()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            if self.on_handle(event.pos()):
                QToolTip.showText(event.globalPos(), _tr("Drag to widen the margin"), self)
                return True
            segment_id = self.segment_at(event.pos())
            segment = self._view.segments_by_id().get(segment_id) if segment_id else None
            if segment is None:
                QToolTip.hideText()
            else:
                # Set by the review feature: the last comment of the segment's thread.
                comment_for = getattr(self._view, "review_comment_for", None)
                last = comment_for(segment.id) if callable(comment_for) else None
                QToolTip.showText(event.globalPos(), segment_tooltip(segment, last), self)
            return True
        return super().event(event)


def label_name(code_path: str) -> str:
    """The margin shows a code's own name, without its categories."""
    return code_path.split("/")[-1].strip()


def draw_memo_mark(painter: QPainter, rect: QRect) -> None:
    """A small note with a folded corner: this segment has a memo."""
    painter.save()
    painter.setPen(QPen(QColor("#9A7B1C"), 1))
    painter.setBrush(QColor("#F6D365"))
    painter.drawRect(rect.adjusted(0, 0, -1, -1))
    for row in (3, 5, 7):
        if row < rect.height() - 1:
            painter.drawLine(rect.left() + 2, rect.top() + row, rect.right() - 2, rect.top() + row)
    painter.restore()
