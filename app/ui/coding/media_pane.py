"""Beside the text of a PDF or photo source: the page as it looks, or the photo.

A PDF page is rendered by Qt's own PDF module (QtPdf); the passages coded on it are
highlighted in their codes' colours, and dragging over the page selects text there: the
same words are selected in the text beside it, where any code applies as usual. The
running header and footer the text leaves out are shown under the page.

A photo is shown downscaled (Qt reads it at display size; the original stays in the
project); its coded regions are outlined in their codes' colours. Dragging a rectangle
and giving it a description codes the region with the chosen code; the description then
stands for the region's text everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.codes import list_codes
from app.core.ids import CodeId, SourceId
from app.core.page_match import find_loosely
from app.core.project import Project
from app.core.regions import code_region, code_region_undoable, regions_of
from app.core.segments import SegmentView
from app.core.source_media import MediaView, PageView, original_bytes, source_media
from app.errors import TelaahError
from app.ui.coding.media_canvases import PageCanvas, PhotoCanvas, tinted

if TYPE_CHECKING:
    from app.ui.host.edit_history import EditHistory

CONTEXT = "MediaPane"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class MediaPane(QWidget):
    """Shown only for a PDF or photo source (hidden for plain text)."""

    # A page selection, as ``[start, end)`` code points of the source text to select.
    select_span = Signal(int, int)
    changed = Signal(object)  # Changes of a region coded here (the text was rewritten)
    failed = Signal(object)  # TelaahError

    def __init__(self, project: Project, coder_name: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._coder_name = coder_name
        self._media: MediaView | None = None
        self._text = ""
        self._segments: list[SegmentView] = []
        self._page_texts: dict[int, str] = {}
        self.codes_for_menu: Callable[[], Sequence[tuple[int, str, str]]] = self._codes
        # The workspace's undo history (set by the workspace): coding a region is then
        # undoable from Edit › Undo; without it (a pane built alone) it is not.
        self.history: EditHistory | None = None
        self.stack = QStackedWidget(self)
        # PDF
        pdf_page = QWidget(self.stack)
        self.previous = QToolButton(pdf_page)
        self.previous.setText("◀")
        self.previous.setToolTip(_tr("Previous page"))
        self.next = QToolButton(pdf_page)
        self.next.setText("▶")
        self.next.setToolTip(_tr("Next page"))
        self.page_label = QLabel(pdf_page)
        self.canvas = PageCanvas()
        scroll = QScrollArea(pdf_page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.canvas)
        self.running = QLabel(pdf_page)
        self.running.setWordWrap(True)
        self.running.setStyleSheet("color:#555")
        bar = QHBoxLayout()
        bar.addWidget(self.previous)
        bar.addWidget(self.page_label, 1)
        bar.addWidget(self.next)
        pdf_layout = QVBoxLayout(pdf_page)
        pdf_layout.setContentsMargins(0, 0, 0, 0)
        pdf_layout.addLayout(bar)
        pdf_layout.addWidget(scroll, 1)
        pdf_layout.addWidget(self.running)
        # Photo
        photo_page = QWidget(self.stack)
        self.photo_label = QLabel(photo_page)
        self.photo = PhotoCanvas(photo_page)
        self.description = QLineEdit(photo_page)
        self.description.setPlaceholderText(_tr("What the region shows (stands for its text)"))
        self.code_choice = QComboBox(photo_page)
        self.code_region = QPushButton(_tr("Code region"), photo_page)
        self.code_region.setEnabled(False)
        form = QHBoxLayout()
        form.addWidget(self.description, 2)
        form.addWidget(self.code_choice, 1)
        form.addWidget(self.code_region)
        photo_layout = QVBoxLayout(photo_page)
        photo_layout.setContentsMargins(0, 0, 0, 0)
        photo_layout.addWidget(self.photo_label)
        photo_layout.addWidget(self.photo, 1)
        photo_layout.addWidget(QLabel(_tr("Drag over the photo to mark a region."), photo_page))
        photo_layout.addLayout(form)
        self.stack.addWidget(pdf_page)
        self.stack.addWidget(photo_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.previous.clicked.connect(lambda: self.show_page(self.canvas.page - 1))
        self.next.clicked.connect(lambda: self.show_page(self.canvas.page + 1))
        self.canvas.selected.connect(self._page_selected)
        self.photo.drawn.connect(lambda *_: self._update_form())
        self.description.textChanged.connect(lambda *_: self._update_form())
        self.code_region.clicked.connect(self._code_region)
        self.hide()

    # --- loading ---------------------------------------------------------------------

    def show_source(self, source_id: int, text: str, segments: Sequence[SegmentView]) -> None:
        """Show the page or photo of ``source_id`` (hide for a plain text source)."""
        media = source_media(self._project, source_id=source_id)
        self._media, self._text, self._segments = media, text, list(segments)
        self._page_texts = {}
        if media.media_type == "pdf":
            data = original_bytes(self._project, source_id=source_id)
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QBuffer.OpenModeFlag.ReadOnly)
            self.canvas.document.load(self._buffer)
            self.stack.setCurrentIndex(0)
            self.show()
            first = min((segment.start for segment in segments), default=0)
            page = media.page_at(first)
            self.show_page(page.number - 1 if page else 0)
        elif media.media_type == "image":
            self.photo.set_image(original_bytes(self._project, source_id=source_id))
            taken = str(media.meta.get("exif_date", ""))
            self.photo_label.setText(
                media.filename + (" · " + _tr("taken {date}").format(
                    date=taken.replace("T", " ")) if taken else ""))
            self._load_codes()
            self.stack.setCurrentIndex(1)
            self.show()
            self._show_regions()
        else:
            self.canvas.document.close()
            self.hide()

    @property
    def shows_photo(self) -> bool:
        return self._media is not None and self._media.media_type == "image"

    def update_segments(self, segments: Sequence[SegmentView]) -> None:
        self._segments = list(segments)
        if self._media is not None and self._media.media_type == "pdf":
            self._highlight()
        elif self._media is not None and self._media.media_type == "image":
            self._show_regions()

    def _codes(self) -> list[tuple[int, str, str]]:
        return [(code.id, code.path, code.color) for code in list_codes(self._project)
                if code.codable]

    def _load_codes(self) -> None:
        current = self.code_choice.currentData()
        self.code_choice.clear()
        for code_id, path, _color in self.codes_for_menu():
            self.code_choice.addItem(path, code_id)
        found = self.code_choice.findData(current)
        if found >= 0:
            self.code_choice.setCurrentIndex(found)

    # --- PDF -------------------------------------------------------------------------

    def current_page(self) -> PageView | None:
        if self._media is None or not self._media.pages:
            return None
        index = min(max(self.canvas.page, 0), len(self._media.pages) - 1)
        return self._media.pages[index]

    def show_page(self, index: int) -> None:
        count = self.canvas.document.pageCount()
        if count == 0:
            return
        index = min(max(index, 0), count - 1)
        self.canvas.set_page(index)
        self.page_label.setText(_tr("Page {number} of {count}").format(
            number=index + 1, count=count))
        self.previous.setEnabled(index > 0)
        self.next.setEnabled(index < count - 1)
        page = self.current_page()
        parts = []
        if page is not None and page.header:
            parts.append(_tr("Header: {text}").format(text=page.header))
        if page is not None and page.footer:
            parts.append(_tr("Footer: {text}").format(text=page.footer))
        self.running.setText(" · ".join(parts))
        self.running.setVisible(bool(parts))
        self._highlight()

    def _qt_page_text(self, index: int) -> str:
        if index not in self._page_texts:
            self._page_texts[index] = self.canvas.document.getAllText(index).text()
        return self._page_texts[index]

    def _highlight(self) -> None:
        page = self.current_page()
        self.canvas.highlights = []
        if page is None:
            self.canvas.update()
            return
        page_text = self._qt_page_text(self.canvas.page)
        for segment in self._segments:
            start, end = max(segment.start, page.start), min(segment.end, page.end)
            if start >= end:
                continue
            span = find_loosely(page_text, self._text[start:end])
            if span is None:  # split over columns: at least its first words
                span = find_loosely(page_text, self._text[start:min(end, start + 40)])
            if span is None:
                continue
            for rect in self.canvas.rects_of(span[0], span[1] - span[0]):
                self.canvas.highlights.append((rect, tinted(segment.color, 90)))
        self.canvas.update()

    def highlighted_count(self) -> int:
        return len(self.canvas.highlights)

    def _page_selected(self, index: int, selected: str) -> None:
        if self._media is None or index >= len(self._media.pages):
            return
        page = self._media.pages[index]
        span = find_loosely(self._text[page.start:page.end], selected)
        if span is not None:
            self.select_span.emit(page.start + span[0], page.start + span[1])

    # --- photo -----------------------------------------------------------------------

    def _show_regions(self) -> None:
        if self._media is None:
            return
        colors = {segment.id: (segment.color, segment.code) for segment in self._segments}
        self.photo.regions = [
            (region, QColor(colors.get(region.segment_id, ("#f5c542", ""))[0] or "#f5c542"),
             f"{colors.get(region.segment_id, ('', ''))[1]}: {region.description}")
            for region in regions_of(self._project,
                                      source_id=SourceId(self._media.source_id))]
        self.photo.update()

    def _update_form(self) -> None:
        self.code_region.setEnabled(
            self.photo.pending is not None and bool(self.description.text().strip())
            and self.code_choice.currentIndex() >= 0 and not self._project.read_only)

    def _code_region(self) -> None:
        pending, media = self.photo.pending, self._media
        code_id = self.code_choice.currentData()
        if pending is None or media is None or code_id is None:
            return
        source_id, chosen = SourceId(media.source_id), CodeId(code_id)
        coder_name, description = self._coder_name(), self.description.text()
        x, y = pending.x(), pending.y()
        w, h = min(pending.width(), 1 - pending.x()), min(pending.height(), 1 - pending.y())
        history = self.history
        if history is not None:
            name = _tr("Code region {code}").format(code=self.code_choice.currentText())
            # The history publishes the Changes on the hub; the transcript panel re-shows
            # the photo's rewritten text from there (so after undo and redo too).
            if history.perform(lambda: code_region_undoable(
                    self._project, name=name, source_id=source_id, code_id=chosen,
                    coder_name=coder_name, x=x, y=y, w=w, h=h,
                    description=description)) is None:
                return  # refused: history.failed said why
            self._form_done()
            return
        try:
            changes: Changes = code_region(
                self._project, source_id=source_id, code_id=chosen, coder_name=coder_name,
                x=x, y=y, w=w, h=h, description=description)
        except TelaahError as error:
            self.failed.emit(error)
            return
        self._form_done()
        self.changed.emit(changes)

    def _form_done(self) -> None:
        self.photo.pending = None
        self.description.clear()
        self._update_form()
