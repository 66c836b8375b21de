"""The centre panel: a heading for the open source above its transcript."""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from app.core.changes import Changes, Fresh
from app.core.ids import SourceId
from app.core.segments import SegmentView
from app.core.sources import SourceDocument, count_words
from app.core.workbench import Workbench
from app.ui.coding.media_pane import MediaPane
from app.ui.coding.transcript_view import TranscriptView
from app.ui.host.change_hub import ChangeHub
from app.ui.widgets.quiet_label import QuietLabel

CONTEXT = "TranscriptPanel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_name(kind: str) -> str:
    """The kind of one source, translated."""
    names = {
        "interview": _tr("Interview"),
        "observation": _tr("Observation"),
        "documentation": _tr("Documentation"),
    }
    return names.get(kind, kind)


class TranscriptPanel(QWidget):
    """Highlights follow ``Changes``: the views an action brought (``Changes.fresh``) are
    drawn without reading; a broadcast without them reads the touched segments."""

    def __init__(self, workbench: Workbench, hub: ChangeHub,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workbench = workbench
        self._document: SourceDocument | None = None
        self._word_count = 0
        self.heading = QuietLabel(self)  # its count changes with every applied code
        self.heading.label.setTextFormat(Qt.TextFormat.RichText)
        self.heading.label.setContentsMargins(4, 2, 4, 4)
        self.view = TranscriptView(self)
        self.view.menu_codes = workbench.codes.all
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        hub.changed.connect(self._on_changes)
        # A PDF's page or a photo beside the text (hidden for plain text sources).
        self.media = MediaPane(workbench.project, lambda: self.view.coder_name or "", self)
        self.media_split = QSplitter(Qt.Orientation.Horizontal, self)
        layout.replaceWidget(self.view, self.media_split)
        self.media_split.addWidget(self.view)
        self.media_split.addWidget(self.media)
        self.media_split.setCollapsible(0, False)
        self.media_split.setCollapsible(1, False)
        self.media_split.setStretchFactor(0, 3)
        self.media_split.setStretchFactor(1, 2)
        self.media.select_span.connect(self._select_from_media)
        self.media.changed.connect(lambda changes: self._media_changed(hub, changes))
        hub.changed.connect(lambda _changes: self.media.update_segments(self.view.segments()))
        self._update_heading()

    @property
    def document(self) -> SourceDocument | None:
        return self._document

    @property
    def source_id(self) -> SourceId | None:
        return self._document.id if self._document else None

    def show_source(self, source_id: int) -> None:
        """Load a source and its segments; raises the core's TelaahError if it is gone."""
        document = self._workbench.sources.read(source_id=source_id)
        segments = self._workbench.segments.all(source_id=source_id)
        self._document = document
        self._word_count = count_words(document.text)
        self.view.show_text(document.text, document.turns, segments)
        self.media.show_source(source_id, document.text, segments)
        if not self.media.isHidden() and self.media_split.sizes()[-1] < 50:
            # The text keeps three fifths: beside its line numbers and coding margin, half
            # the width left one word per line (the page or photo reads well in the rest).
            width = max(self.media_split.width(), 500)
            self.media_split.setSizes([width * 3 // 5, width - width * 3 // 5])
        self._update_heading()

    def _select_from_media(self, start: int, end: int) -> None:
        """Text selected on a PDF page: the same words selected in the text, to code."""
        self.view.select_span(start, end)
        self.view.setFocus()

    def _media_changed(self, hub: ChangeHub, changes: Changes) -> None:
        """A region was coded on the photo: its text was rewritten, so reload it."""
        if self.source_id is not None:
            self.show_source(self.source_id)
        hub.publish(changes)

    def clear(self) -> None:
        self._document = None
        self.media.hide()
        self.view.clear_text()
        self._update_heading()

    def _on_changes(self, changes: Changes) -> None:
        source_id = self.source_id
        if source_id is None:
            return
        if self._photo_rewritten(changes, source_id):
            self.show_source(source_id)
            return
        if changes.fresh is not None:
            if self._redraw(changes, changes.fresh, source_id):
                self._update_heading()
            return
        if changes.segments and source_id in changes.sources:
            # Only the touched segments: fetch those of the touched codes in this source.
            fresh = self._workbench.segments.all(source_id=source_id,
                                                 code_ids=changes.codes or None)
            self.view.update_segments(
                removed=changes.segments,
                added=[segment for segment in fresh if segment.id in changes.segments],
            )
        elif changes.codes:
            # A code's colour or name may have changed: redraw every highlight.
            self.view.update_segments(
                removed=[segment.id for segment in self.view.segments()],
                added=self._workbench.segments.all(source_id=source_id),
            )
        else:
            return
        self._update_heading()

    def _photo_rewritten(self, changes: Changes, source_id: int) -> bool:
        """A region of the shown photo was coded, removed or restored (an undo or redo
        too): the photo's text was rewritten, so it must be shown again."""
        if not (self.media.shows_photo and changes.segments and source_id in changes.sources):
            return False
        document = self._document
        return document is None or \
            self._workbench.sources.read(source_id=source_id).text != document.text

    def _redraw(self, changes: Changes, fresh: Fresh, source_id: int) -> bool:
        """Draw what an action changed from the views it brought; True if anything was."""
        removed: set[int] = set()
        added: list[SegmentView] = []
        if changes.segments and source_id in changes.sources:
            removed |= changes.segments
            added += [view for view in fresh.segments if view.source_id == source_id]
        if fresh.codebook is not None and changes.codes:
            # A code's name, path or colour may have changed: restyle the shown segments
            # whose code looks different now (paths of sub-codes follow their parent's).
            codes = {code.id: code for code in fresh.codebook}
            for segment in self.view.segments():
                code = codes.get(segment.code_id)
                if segment.id in removed or code is None:
                    continue
                if (segment.code, segment.color) != (code.path, code.color):
                    removed.add(segment.id)
                    added.append(replace(segment, code=code.path, color=code.color))
        if not removed and not added:
            return False
        self.view.update_segments(removed=removed, added=added)
        return True

    def _update_heading(self) -> None:
        document = self._document
        if document is None:
            self.heading.setText(f"<b>{html.escape(_tr('No source open'))}</b>")
            return
        details = [kind_name(document.kind)]
        if document.informant_label:
            details.append(document.informant_label)
        details.append(_tr("{count} words").format(count=self._word_count))
        details.append(_tr("{count} coded segments").format(count=self.view.highlight_count()))
        self.heading.setText(
            f"<b>{html.escape(document.title)}</b>"
            f"<br><span style='color:#555'>{html.escape(' · '.join(details))}</span>"
        )
