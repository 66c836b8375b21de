"""The segment memo editor: the passage it is about above a wrapping, resizable text box.

Its size is remembered between uses (in the user's settings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.settings import user_settings

CONTEXT = "MemoDialog"
DEFAULT_SIZE = QSize(620, 420)
MINIMUM_SIZE = QSize(360, 240)
PASSAGE_PREVIEW = 400
SIZE_KEY = "memo/size"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class MemoDialog(QDialog):
    """Edit one memo; ``text()`` holds it after ``exec()`` returns Accepted."""

    def __init__(self, heading: str, passage: str, memo: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Segment memo"))
        self.setSizeGripEnabled(True)
        self.setMinimumSize(MINIMUM_SIZE)
        self.heading = QLabel(heading, self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        flat = " ".join(passage.split())
        if len(flat) > PASSAGE_PREVIEW:
            flat = flat[: PASSAGE_PREVIEW - 1].rstrip() + "…"
        self.passage = QLabel(f"“{flat}”", self)
        self.passage.setTextFormat(Qt.TextFormat.PlainText)
        self.passage.setWordWrap(True)
        self.passage.setStyleSheet("color: #555; font-style: italic;")
        self.editor = QPlainTextEdit(self)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setPlaceholderText(_tr("What strikes you about this passage?"))
        self.editor.setPlainText(memo)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        save = QShortcut(QKeySequence("Ctrl+Return"), self)  # Enter starts a new line
        save.activated.connect(self.accept)
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(_tr("Ctrl+Enter"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.passage)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        stored = user_settings().value(SIZE_KEY)
        self.resize(stored if isinstance(stored, QSize) and stored.isValid() else DEFAULT_SIZE)

    def text(self) -> str:
        return self.editor.toPlainText()

    def done(self, result: int) -> None:
        user_settings().setValue(SIZE_KEY, self.size())
        super().done(result)
