"""The one place where typed core errors become translated messages for a person."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.error_log import record
from app.errors import TelaahError

Translate = Callable[[str], str]
CONTEXT = "ErrorMessages"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def error_box(parent: QWidget | None, error: TelaahError, translator: Translate) -> QMessageBox:
    """A warning box whose text is the error's template in the user's language.

    ``translator`` maps an error template to its translation (``app.i18n.translator_for``).
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Telaah — problem"))
    box.setText(error.message(translator))
    detail = record(error)  # the library's or system's own words: in the log, and
    if detail:  # behind "Show Details…"
        box.setDetailedText(f"{type(error).__name__}: {detail}")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_error(parent: QWidget | None, error: TelaahError, translator: Translate) -> None:
    """Tell the user what went wrong and wait until they close the message; no traceback."""
    error_box(parent, error, translator).exec()
