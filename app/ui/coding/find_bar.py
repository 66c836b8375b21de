"""Find (Ctrl+F) within the open source: exact or fuzzy, every hit marked, Enter for next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.core.search import SearchHit, SearchMode, search_in_text
from app.errors import TelaahError
from app.ui.coding.transcript_panel import TranscriptPanel

CONTEXT = "FindBar"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class FindBar(QWidget):
    """Searches the transcript's text with the project's search engine (app.analysis.search).

    Fuzzy mode uses rapidfuzz and finds misspelt forms ("pelatihan" finds "pelatiahn").
    """

    failed = Signal(object)

    def __init__(self, transcript: TranscriptPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._transcript = transcript
        self.hits: list[SearchHit] = []
        self._position = -1
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(_tr("Find in this source"))
        self.field.setClearButtonEnabled(True)
        self.fuzzy = QCheckBox(_tr("Fuzzy"), self)
        self.fuzzy.setToolTip(_tr("Also find misspelt and slightly different forms"))
        self.count = QLabel(self)
        previous = QPushButton("▲", self)
        previous.setToolTip(_tr("Previous hit (Shift+Enter)"))
        following = QPushButton("▼", self)
        following.setToolTip(_tr("Next hit (Enter)"))
        close = QPushButton("✕", self)
        close.setToolTip(_tr("Close (Esc)"))
        for button in (previous, following, close):
            button.setFlat(True)
            button.setFixedWidth(28)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (self.field, self.fuzzy, self.count, previous, following, close):
            layout.addWidget(widget, 1 if widget is self.field else 0)
        self.field.textChanged.connect(self.search)
        self.fuzzy.toggled.connect(lambda _on: self.search())
        self.field.returnPressed.connect(self.next_hit)
        previous.clicked.connect(self.previous_hit)
        following.clicked.connect(self.next_hit)
        close.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        selected = self._transcript.view.selected_text()
        if selected and "\n" not in selected and len(selected) < 80:
            self.field.setText(selected)
        self.field.setFocus()
        self.field.selectAll()
        self.search()

    def close_bar(self) -> None:
        self.hide()
        self.hits = []
        self._transcript.view.mark_found([])
        self._transcript.view.setFocus()

    def search(self) -> None:
        query = self.field.text()
        document = self._transcript.document
        self.hits, self._position = [], -1
        if document is not None and query.strip():
            mode = SearchMode.FUZZY if self.fuzzy.isChecked() else SearchMode.EXACT
            try:
                self.hits = search_in_text(document.text, query, source_id=document.id,
                                           title=document.title,
                                           informant=document.informant_label, mode=mode)
            except TelaahError as error:
                self.failed.emit(error)
        self._transcript.view.mark_found([(hit.start, hit.end) for hit in self.hits])
        self._show_count()

    def _show_count(self) -> None:
        if not self.field.text().strip():
            self.count.setText("")
        elif not self.hits:
            self.count.setText(_tr("no hits"))
        else:
            self.count.setText(_tr("{number} of {total}").format(
                number=max(self._position, 0) + 1, total=len(self.hits)))

    def next_hit(self) -> None:
        self._go(1)

    def previous_hit(self) -> None:
        self._go(-1)

    def _go(self, step: int) -> None:
        if not self.hits:
            return
        self._position = (self._position + step) % len(self.hits)
        hit = self.hits[self._position]
        self._transcript.view.select_span(hit.start, hit.end)
        self._show_count()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.previous_hit()
            return
        super().keyPressEvent(event)
