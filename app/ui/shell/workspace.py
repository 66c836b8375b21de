"""The coding workspace of one open project: sources, transcript and codebook side by side."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QInputDialog, QSplitter, QVBoxLayout, QWidget

from app.core.changes import Changes
from app.core.codes import CodeView
from app.core.project import Project
from app.core.segments import SegmentView
from app.core.workbench import Workbench
from app.errors import TelaahError
from app.ui.coding.code_applier import CodeApplier
from app.ui.coding.codebook_editor import CodebookEditor
from app.ui.coding.codebook_panel import CodebookPanel
from app.ui.coding.find_bar import FindBar
from app.ui.coding.memo_dialog import MemoDialog
from app.ui.coding.quick_code import QuickCodeBox
from app.ui.coding.segment_actions import SegmentActions
from app.ui.coding.segment_menu import (
    ADJUST_BOUNDS,
    CHANGE_CODE,
    DELETE,
    EDIT_MEMO,
    SHOW_IN_REVIEW,
)
from app.ui.coding.source_panel import SourcePanel
from app.ui.coding.transcript_panel import TranscriptPanel
from app.ui.host.change_hub import ChangeHub
from app.ui.host.edit_history import EditHistory
from app.ui.host.passage_names import segment_name
from app.ui.widgets.settings import store_margin_width, stored_margin_width

CONTEXT = "Workspace"
PANEL_WIDTHS = (270, 760, 380)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Workspace(QSplitter):
    """Wires the panels to one Workbench, one ChangeHub, one EditHistory and one CodeApplier.

    ``workbench`` is the core façade over ``project`` for ``coder_name``: every edit made
    here runs through it (one transaction, its undo step in the core), and the panels redraw
    from the ``Changes`` it returns (see ``app/core/workbench.py`` for the apply-code path).

    ``message`` carries status-bar text, ``failed`` a TelaahError for the error box.
    The code shortcut keys belong to the applier. Dialog-driven commands (quick code, memo)
    ask through ``choose_code`` and ``ask_text``, which tests replace.
    """

    message = Signal(str)
    failed = Signal(object)  # TelaahError
    review_requested = Signal(int)  # a segment id: show it in the review queue

    def __init__(self, project: Project, coder_name: str, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.project = project
        self.coder_name = coder_name
        self.workbench = Workbench(project, coder_name=coder_name)
        self.hub = ChangeHub(self)
        self.history = EditHistory(self.hub, self, workbench=self.workbench)
        self.sources = SourcePanel(self.workbench, self.hub, self)
        centre = QWidget(self)
        self.transcript = TranscriptPanel(self.workbench, self.hub, centre)
        self.transcript.media.history = self.history  # coding a region is undoable
        self.find_bar = FindBar(self.transcript, centre)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addWidget(self.transcript, 1)
        centre_layout.addWidget(self.find_bar)
        self.codebook = CodebookPanel(self.workbench, self.hub, self)
        self.applier = CodeApplier(self.workbench, self.hub, self.transcript, self)
        self.segment_actions = SegmentActions(project, self.transcript, self.applier,
                                              self.history, self)
        self.segment_actions.pick = lambda found: self.pick_segment(found)
        self.segment_actions.ask_memo = lambda segment: self.ask_memo(segment)
        view = self.transcript.view
        view.coder_name = coder_name
        view.editable = not project.read_only
        width = stored_margin_width()
        if width is not None:
            view.set_margin_width(width)
        self.codebook_editor = CodebookEditor(self.workbench, self.codebook, self.history, self)
        self.setChildrenCollapsible(False)
        for position, stretch in enumerate((0, 1, 0)):
            self.setStretchFactor(position, stretch)
        self.setSizes(list(PANEL_WIDTHS))

        self.sources.source_selected.connect(self._show_source)
        self.codebook.code_chosen.connect(self.applier.apply)
        self.transcript.view.code_chosen.connect(self.applier.apply)
        self.transcript.view.segment_requested.connect(self.on_segment_request)
        self.transcript.view.margin_resized.connect(store_margin_width)
        for emitter in (self.applier, self.segment_actions, self.codebook_editor):
            emitter.message.connect(self.message)
        self.applier.failed.connect(self.failed)
        self.history.failed.connect(self.failed)
        self.find_bar.failed.connect(self.failed)
        self.segment_actions.jump.connect(self.show_span)
        self.codebook.codes_loaded.connect(self.applier.set_codes)
        self.transcript.view.copyAvailable.connect(self.applier.enable_keys)
        self.applier.set_codes(self.codebook.codes())

    # --- showing --------------------------------------------------------------------------

    def show_first_interview(self) -> bool:
        """Open the first interview (or any first source); False in an empty project."""
        source_id = self.sources.first_source_id("interview") or self.sources.first_source_id()
        return source_id is not None and self.sources.select_source(source_id)

    def show_span(self, source_id: int, start: int, end: int) -> None:
        if self.transcript.source_id != source_id:
            self.sources.select_source(source_id)
            if self.transcript.source_id != source_id:
                self._show_source(source_id)
        if self.transcript.source_id == source_id:
            self.transcript.view.select_span(start, end)
            self.transcript.view.setFocus()

    def shortcut_actions(self) -> dict[str, QAction]:
        return self.applier.key_actions()

    def set_show_others(self, show: bool) -> None:
        """Blind coding: with ``show`` False only the current coder's segments are shown."""
        self.transcript.view.set_only_coder(None if show else self.coder_name)
        self.message.emit(_tr("Showing every coder's segments.") if show else
                          _tr("Blind coding: showing only your own segments."))

    def open_find(self) -> None:
        self.find_bar.open_bar()

    # --- coding commands ------------------------------------------------------------------

    def choose_code(self, title: str) -> CodeView | None:
        codable = [code for code in self.codebook.codes() if code.codable]
        box = QuickCodeBox(codable, self, title=title)
        chosen = box.chosen if box.exec() == QDialog.DialogCode.Accepted else None
        box.deleteLater()
        return chosen

    def ask_memo(self, segment: SegmentView) -> str | None:
        """The memo editor for ``segment``; its new text, or None when cancelled."""
        heading = _tr("{code} — {coder}, {source}").format(
            code=segment.code, coder=segment.coder, source=segment.source)
        dialog = MemoDialog(heading, segment.text, segment.memo, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        text = dialog.text()
        dialog.deleteLater()
        return text if accepted else None

    def pick_segment(self, segments: Sequence[SegmentView]) -> SegmentView | None:
        """Ask which of several segments under the cursor is meant."""
        view = self.transcript.view
        names = [segment_name(s, view.place_of(s.start)) for s in segments]
        name, accepted = QInputDialog.getItem(
            self, _tr("Which segment?"), _tr("The cursor is inside several segments:"),
            names, 0, False)
        if not accepted or name not in names:
            return None
        return segments[names.index(name)]

    def quick_code(self) -> Changes | None:
        if self.transcript.view.selected_span() is None:
            self.message.emit(_tr("Select a passage in the transcript first."))
            return None
        code = self.choose_code(_tr("Quick code"))
        return self.applier.apply(code) if code is not None else None

    def code_in_vivo(self) -> Changes | None:
        current = self.codebook.view.currentIndex()
        payload = self.codebook.model.payload(current) if current.isValid() else None
        category = getattr(payload, "code", None)
        category_id = category.id if category is not None and not category.codable else None
        return self.applier.code_in_vivo(category_id)

    def code_again(self) -> Changes | None:
        return self.applier.code_again()

    def change_segment_code(self, segment: SegmentView | None = None) -> Changes | None:
        segment = segment or self.segment_actions.current()
        if segment is None:
            return None
        code = self.choose_code(_tr("Change the segment's code"))
        return self.segment_actions.change_code(code, segment) if code is not None else None

    def set_segment_bounds(self) -> Changes | None:
        return self.segment_actions.set_bounds()

    def edit_segment_memo(self, segment: SegmentView | None = None) -> Changes | None:
        segment = segment or self.segment_actions.current()
        if segment is None:
            return None
        memo = self.ask_memo(segment)
        return self.segment_actions.set_memo(memo, segment) if memo is not None else None

    def delete_segment(self) -> Changes | None:
        return self.segment_actions.delete()

    def adjust_segment_bounds(self, segment: SegmentView) -> Changes | None:
        """Bounds from the context menu: to the selection when one differs from the segment
        and overlaps it; otherwise select the segment so that it can be reshaped."""
        view = self.transcript.view
        span = view.selected_span()
        if span is not None and span != (segment.start, segment.end) \
                and span[0] < segment.end and segment.start < span[1]:
            return self.segment_actions.set_bounds(segment)
        view.choose_segment(segment.id)
        view.setFocus()
        self.message.emit(_tr("Now extend or shrink the selection (Shift+arrow keys or the "
                              "mouse), then press Ctrl+B to set the new bounds."))
        return None

    def on_segment_request(self, action: str, segment_id: int) -> None:
        """An action chosen in a segment's context menu."""
        segment = self.transcript.view.segments_by_id().get(segment_id)
        if segment is None:
            return
        if action == CHANGE_CODE:
            self.change_segment_code(segment)
        elif action == EDIT_MEMO:
            self.edit_segment_memo(segment)
        elif action == ADJUST_BOUNDS:
            self.adjust_segment_bounds(segment)
        elif action == DELETE:
            self.segment_actions.delete(segment)
        elif action == SHOW_IN_REVIEW:
            self.review_requested.emit(segment_id)

    def next_segment(self) -> object:
        return self.segment_actions.step(True)

    def previous_segment(self) -> object:
        return self.segment_actions.step(False)

    # --- internals ------------------------------------------------------------------------

    def _show_source(self, source_id: int) -> None:
        try:
            self.transcript.show_source(source_id)
        except TelaahError as error:
            self.transcript.clear()
            self.failed.emit(error)
            return
        if self.find_bar.isVisible():
            self.find_bar.search()
