"""Help › Cite Telaah: the APA and BibTeX citation of this version, each with a Copy button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.software_citation import SoftwareCitation, cite_telaah
from app.ui.widgets.window_size import fit_window

CONTEXT = "CitationDialog"
Translate = Callable[[str], str]
DIALOG_SIZE = (640, 440)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CitationDialog(QDialog):
    """Both citations, selectable, with buttons that copy them to the clipboard."""

    def __init__(self, translate: Translate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Cite Telaah"))
        self.citation: SoftwareCitation = cite_telaah(translate)
        intro = QLabel(_tr("If Telaah helped your research, please cite the version you "
                           "used in your thesis or article."), self)
        intro.setWordWrap(True)
        self.apa = QLabel(self.citation.apa_html, self)
        self.apa.setObjectName("apa")
        self.apa.setTextFormat(Qt.TextFormat.RichText)
        self.apa.setWordWrap(True)
        self.apa.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bibtex = QPlainTextEdit(self.citation.bibtex, self)
        self.bibtex.setObjectName("bibtex")
        self.bibtex.setReadOnly(True)
        self.bibtex.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_apa = QPushButton(_tr("Copy APA"), self)
        self.copy_apa.clicked.connect(lambda: self._copy(self.citation.apa))
        self.copy_bibtex = QPushButton(_tr("Copy BibTeX"), self)
        self.copy_bibtex.clicked.connect(lambda: self._copy(self.citation.bibtex))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(f"<b>{_tr('APA (7th edition)')}</b>", self))
        layout.addWidget(self.apa)
        layout.addLayout(_right_aligned(self.copy_apa))
        layout.addWidget(QLabel("<b>BibTeX</b>", self))
        layout.addWidget(self.bibtex, 1)
        layout.addLayout(_right_aligned(self.copy_bibtex))
        layout.addWidget(buttons)
        fit_window(self, "citation", DIALOG_SIZE)

    def _copy(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text)


def _right_aligned(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row


def show_citation(window: QWidget, translate: Translate) -> CitationDialog:
    dialog = CitationDialog(translate, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
