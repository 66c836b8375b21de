"""A tab page whose content is built the first time it is shown.

The main window's stage tabs are hidden behind the coding tab when it opens. Building them,
and importing their modules, cost about 0.05-0.08 s of the start before the first paint
(issue 19); a page builds its content when the person first opens its tab (or when code
asks for it), and is the same widget from then on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Holds the widget ``build`` makes, built at the first show or :meth:`content` call."""

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build: Callable[[], QWidget] | None = build
        self._content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._content is not None

    def content(self) -> QWidget:
        """The page's widget, built now if it was not yet."""
        if self._content is None:
            assert self._build is not None
            build, self._build = self._build, None
            self._content = build()
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self._content)
            if self.isVisible():  # else Qt would show it only at the next turn of the loop
                self._content.show()
        return self._content

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.content()
        super().showEvent(event)
