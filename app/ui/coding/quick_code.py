"""The quick-code box (Ctrl+K): type part of a code's name, typos forgiven, press Enter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.core.codes import CodeView, rank_codes
from app.ui.widgets.window_size import fit_window

CONTEXT = "QuickCodeBox"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class QuickCodeBox(QDialog):
    """Pick one code; ``chosen`` holds it after ``exec()`` returns Accepted."""

    def __init__(self, codes: Sequence[CodeView], parent: QWidget | None = None,
                 *, title: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or _tr("Quick code"))
        self._codes = list(codes)
        self.chosen: CodeView | None = None
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(_tr("Type a code name (typos are fine), then Enter"))
        self.list = QListWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.list)
        fit_window(self, "quick_code", (420, 360))
        self.field.textChanged.connect(self._refill)
        self.field.returnPressed.connect(self._accept_current)
        self.list.itemActivated.connect(lambda _item: self._accept_current())
        self._refill("")

    def _refill(self, query: str) -> None:
        self.list.clear()
        for code in rank_codes(query, self._codes):
            item = QListWidgetItem(swatch(code.color), code.path)
            item.setData(Qt.ItemDataRole.UserRole, code.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def matches(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.list.count():
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.list.setCurrentRow(max(0, min(self.list.count() - 1,
                                               self.list.currentRow() + step)))
            return
        super().keyPressEvent(event)

    def _accept_current(self) -> None:
        # PySide6 types currentItem() as never None; it is None without a current row.
        item: QListWidgetItem | None = self.list.currentItem()
        if item is None:
            return
        code_id = item.data(Qt.ItemDataRole.UserRole)
        self.chosen = next(code for code in self._codes if code.id == code_id)
        self.accept()
