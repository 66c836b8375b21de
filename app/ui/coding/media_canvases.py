"""The two canvases of the media pane (:mod:`app.ui.coding.media_pane`): a PDF page as
QtPdf renders it, with coded passages tinted and text selectable by dragging; and a photo,
downscaled for display, with its coded regions outlined and new ones drawn by dragging."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QImageReader, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QWidget,
)

from app.core.regions import RegionView

# Photos are read at most this large for display (longer side, pixels).
DISPLAY_SIDE = 1600


def tinted(color: str, alpha: int) -> QColor:
    tint = QColor(color or "#f5c542")
    tint.setAlpha(alpha)
    return tint


class PageCanvas(QWidget):
    """One page of a QPdfDocument, scaled to the widget's width, with highlights."""

    selected = Signal(int, str)  # page index, the text selected on it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.page = 0
        self.highlights: list[tuple[QRectF, QColor]] = []  # in page points
        self._selection: list[QRectF] = []
        self._anchor: QPointF | None = None
        self._image: QImage | None = None
        self._image_key: tuple[int, int] = (-1, 0)
        self.setCursor(Qt.CursorShape.IBeamCursor)
        self.setMinimumSize(200, 260)

    def _scale(self) -> float:
        size = self.document.pagePointSize(self.page)
        return self.width() / size.width() if size.width() > 0 else 1.0

    def set_page(self, page: int) -> None:
        self.page = page
        self._selection = []
        self._fit_height()
        self.update()

    def _fit_height(self) -> None:
        size = self.document.pagePointSize(self.page)
        if size.width() > 0:
            self.setMinimumHeight(int(self.width() * size.height() / size.width()))

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        self._fit_height()

    def page_image(self) -> QImage:
        key = (self.page, self.width())
        if self._image is None or self._image_key != key:
            size = self.document.pagePointSize(self.page)
            scale = self._scale()
            self._image = self.document.render(
                self.page, QSize(max(1, int(size.width() * scale)),
                                 max(1, int(size.height() * scale))))
            self._image_key = key
        return self._image

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#808080"))
        if self.document.pageCount() == 0:
            return
        image = self.page_image()
        painter.fillRect(0, 0, image.width(), image.height(), QColor("#ffffff"))
        painter.drawImage(0, 0, image)
        scale = self._scale()
        painter.setPen(Qt.PenStyle.NoPen)
        for rect, color in self.highlights:
            painter.fillRect(_scaled(rect, scale), color)
        for rect in self._selection:
            painter.fillRect(_scaled(rect, scale), QColor(51, 120, 210, 90))

    def _point(self, event: QMouseEvent) -> QPointF:
        scale = self._scale()
        return QPointF(event.position().x() / scale, event.position().y() / scale)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._anchor = self._point(event)
        self._selection = []
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._anchor is None:
            return
        selection = self.document.getSelection(self.page, self._anchor, self._point(event))
        self._selection = [polygon.boundingRect() for polygon in selection.bounds()]
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._anchor is None:
            return
        selection = self.document.getSelection(self.page, self._anchor, self._point(event))
        self._anchor = None
        if selection.text().strip():
            self.selected.emit(self.page, selection.text())

    def rects_of(self, page_text_start: int, length: int) -> list[QRectF]:
        """The boxes (page points) of ``length`` characters of the page's own text."""
        selection = self.document.getSelectionAtIndex(self.page, page_text_start, length)
        return [polygon.boundingRect() for polygon in selection.bounds()]


def _scaled(rect: QRectF, scale: float) -> QRectF:
    return QRectF(rect.x() * scale, rect.y() * scale, rect.width() * scale,
                  rect.height() * scale)


class PhotoCanvas(QWidget):
    """A photo fitted to the widget, its regions outlined; a drag draws a new region."""

    drawn = Signal(float, float, float, float)  # x, y, w, h normalised

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.regions: list[tuple[RegionView, QColor, str]] = []
        self.pending: QRectF | None = None  # normalised
        self._anchor: QPointF | None = None
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(200, 150)

    def set_image(self, data: bytes) -> None:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)  # EXIF orientation
        size = reader.size()
        longest = max(size.width(), size.height())
        if longest > DISPLAY_SIDE:
            reader.setScaledSize(size * (DISPLAY_SIDE / longest))
        self.image = reader.read()
        self.pending = None
        self.update()

    def _frame(self) -> QRectF:
        if self.image.isNull():
            return QRectF()
        scale = min(self.width() / self.image.width(), self.height() / self.image.height())
        width, height = self.image.width() * scale, self.image.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#404040"))
        frame = self._frame()
        if frame.isEmpty():
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(frame, self.image)
        for region, color, label in self.regions:
            box = self._on_screen(QRectF(region.x, region.y, region.w, region.h), frame)
            painter.setPen(QPen(color, 3))
            painter.fillRect(box, tinted(color.name(), 50))
            painter.drawRect(box)
            painter.fillRect(QRectF(box.left(), box.top(), min(box.width(), 220), 18),
                             QColor(255, 255, 255, 210))
            painter.setPen(QColor("#000000"))
            painter.drawText(QRectF(box.left() + 3, box.top(), 214, 18),
                             Qt.AlignmentFlag.AlignVCenter, label)
        if self.pending is not None:
            painter.setPen(QPen(QColor("#1e64c8"), 2, Qt.PenStyle.DashLine))
            painter.drawRect(self._on_screen(self.pending, frame))

    @staticmethod
    def _on_screen(rect: QRectF, frame: QRectF) -> QRectF:
        return QRectF(frame.left() + rect.x() * frame.width(),
                      frame.top() + rect.y() * frame.height(),
                      rect.width() * frame.width(), rect.height() * frame.height())

    def _normalised(self, event: QMouseEvent) -> QPointF:
        frame = self._frame()
        x = (event.position().x() - frame.left()) / max(frame.width(), 1)
        y = (event.position().y() - frame.top()) / max(frame.height(), 1)
        return QPointF(min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._anchor = self._normalised(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._anchor is not None:
            self.pending = QRectF(self._anchor, self._normalised(event)).normalized()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._anchor is None:
            return
        self.pending = QRectF(self._anchor, self._normalised(event)).normalized()
        self._anchor = None
        self.update()
        if self.pending.width() > 0.005 and self.pending.height() > 0.005:
            self.drawn.emit(self.pending.x(), self.pending.y(), self.pending.width(),
                            self.pending.height())
