"""A word-wrapped label whose new text lays the window out again only when it needs another
height (issue 19).

Every ``QLabel.setText`` asks the layouts above it to run again, and a ``QTabWidget`` among
them answers by repainting everything inside it: the transcript's heading, which counts the
coded segments, made each applied code repaint the whole coding view (both lists, the
transcript, its margins). Here the ``QLabel`` sits in a widget without a layout, which
ignores those requests; this widget asks for a new layout only when the text's height at
its width changed.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class QuietLabel(QWidget):
    """``setText``/``text`` as a QLabel's; the label itself is :attr:`label`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._height = self._wanted_height()

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self._fit()

    def text(self) -> str:
        return self.label.text()

    def sizeHint(self) -> QSize:
        return QSize(self.label.sizeHint().width(), self._height)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())
        self._fit()

    def _wanted_height(self) -> int:
        height = self.label.heightForWidth(self.width()) if self.width() > 0 else -1
        return height if height > 0 else self.label.sizeHint().height()

    def _fit(self) -> None:
        height = self._wanted_height()
        if height != self._height:
            self._height = height
            self.updateGeometry()
