"""Every window and dialog opens inside the screen's available area and remembers its size.

``fit_window(widget, key, preferred)`` sizes a top-level widget: the size the person last
left it at (or ``preferred``), shrunk to the available screen area (the taskbar excluded,
room kept for the title bar and frame), and centred there. The size is stored under
``windows/<key>`` whenever the window is hidden, so it opens that size next time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.ui.widgets.settings import user_settings

# What a window manager adds around the client area: borders and a title bar.
FRAME = QSize(16, 48)
SMALLEST_SCREEN = QSize(1280, 720)


def available_area(widget: QWidget | None = None) -> QRect:
    """The screen area a window may use (without the taskbar) where ``widget`` is."""
    screen = (widget.screen() if widget is not None else None) \
        or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(QPoint(0, 0),
                                                                        SMALLEST_SCREEN)


def fitted_rect(wanted: QSize, available: QRect, frame: QSize = FRAME) -> QRect:
    """The client rectangle for a window of ``wanted`` size inside ``available``: shrunk
    so that it and its frame fit, and centred."""
    border = frame.width() // 2
    title = frame.height() - border
    width = max(1, min(wanted.width(), available.width() - frame.width()))
    height = max(1, min(wanted.height(), available.height() - frame.height()))
    left = available.left() + border + (available.width() - frame.width() - width) // 2
    top = available.top() + title + (available.height() - frame.height() - height) // 2
    return QRect(left, top, width, height)


def stored_size(key: str) -> QSize | None:
    value = user_settings().value(f"windows/{key}")
    return value if isinstance(value, QSize) and value.isValid() else None


class _SizeKeeper(QObject):
    """Stores the window's size under ``key`` each time it is hidden or closed."""

    def __init__(self, widget: QWidget, key: str) -> None:
        super().__init__(widget)
        self._key = key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Hide, QEvent.Type.Close) and isinstance(
                watched, QWidget) and watched.isWindow():
            user_settings().setValue(f"windows/{self._key}", watched.size())
        return False


def fit_window(widget: QWidget, key: str, preferred: QSize | tuple[int, int]) -> None:
    """Size ``widget`` as it was last left (else ``preferred``), inside the screen."""
    wanted = stored_size(key) or (preferred if isinstance(preferred, QSize)
                                  else QSize(*preferred))
    area = available_area(widget.parentWidget() or widget)
    rect = fitted_rect(wanted, area)
    widget.resize(rect.size())
    widget.move(rect.topLeft())
    if widget.findChild(_SizeKeeper) is None:
        widget.installEventFilter(_SizeKeeper(widget, key))


def keep_inside_screen(widget: QWidget) -> None:
    """Move and shrink an already sized window (e.g. restored geometry) into the screen."""
    rect = fitted_rect(widget.size(), available_area(widget))
    if widget.width() > rect.width() or widget.height() > rect.height():
        widget.resize(rect.size())
    frame = widget.frameGeometry()
    area = available_area(widget)
    if not area.contains(frame):
        widget.move(rect.topLeft())
