"""Supervisor review: the queue, verdicts, the comment thread, my feedback.

Supervisors give verdicts; everyone can reply in a segment's thread. The core enforces the
roles (a coder's verdict raises NotSupervisor, shown as a message); the buttons only say
up front who may use them. Enter never gives a verdict: no button of this window is a
default button, Enter on a queue row moves to the segment to read it, and each verdict has
its own shortcut (shown on the button and in its tooltip). Every verdict is one step of the
window's edit history: Undo here, or Edit › Undo in the main window, takes it back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.coders import CoderView, list_coders
from app.core.codes import list_codes
from app.core.evidence import turn_places
from app.core.informants import list_informants
from app.core.project import Project
from app.core.review import review_thread
from app.core.review_feedback import feedback_for_coder, passage_context, review_queue
from app.core.segments import SegmentView
from app.errors import TelaahError
from app.ui.host.analysis_context import JumpTo, Translate, reload_after_changes, same_text
from app.ui.host.change_hub import ChangeHub
from app.ui.host.edit_history import EditHistory
from app.ui.host.error_messages import show_error
from app.ui.host.feature_dialog import FeatureDialog
from app.ui.host.window_api import WindowHost
from app.ui.review.review_actions import ReviewActions
from app.ui.review.review_feedback_list import FeedbackList
from app.ui.review.review_filters import QueueFilter, QueueFilters
from app.ui.review.review_keys import KEYS, EnterMovesFocus, shortcut_button
from app.ui.review.review_model import QUOTE_COLUMN, ReviewQueueModel
from app.ui.review.review_summary_export import export_review_summary
from app.ui.review.review_texts import role_label, segment_count, segment_html, thread_html
from app.ui.widgets.replacement_list import pseudonymise_check_box
from app.ui.widgets.status_names import status_label
from app.ui.widgets.window_size import fit_window

CONTEXT = "ReviewPanel"
QUOTE_LINES = 3

__all__ = ["ReviewPanel", "export_review_summary", "install", "open_review", "role_label",
           "show_in_review", "thread_html"]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ReviewPanel(ReviewActions, FeatureDialog):
    """The queue (filtered), the chosen segment in its turn with its thread, my feedback."""

    def __init__(self, project: Project, hub: ChangeHub, coder_name: str, jump_to: JumpTo,
                 parent: QWidget | None = None, *,
                 translate_error: Translate = same_text) -> None:
        super().__init__(project, hub, coder_name, jump_to, parent,
                         translate_error=translate_error)
        self.setWindowTitle(_tr("Review"))
        self.me: CoderView | None = None
        # The main window's history when there is one: Edit › Undo there takes a verdict back.
        history = parent.history if isinstance(parent, WindowHost) else None
        self.history = history if history is not None else EditHistory(hub, self,
                                                                        workbench=self.wb)
        # Asked before a verdict on a segment changed since the queue showed it.
        self.confirm_changed = self._confirm_changed

        self.filters = QueueFilters(self)
        self.coder_filter, self.code_filter = self.filters.coder, self.filters.code
        self.informant_filter, self.status_filter = self.filters.informant, self.filters.status
        self.count_label = QLabel(self)

        self.model = ReviewQueueModel(self)
        self.queue = QTableView(self)
        self.queue.setModel(self.model)
        self.queue.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # whole in the tooltip
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.setTabKeyNavigation(False)  # Tab leaves the table for the segment
        self.queue.verticalHeader().setVisible(False)
        self.queue.setWordWrap(True)
        self.queue.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.queue.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * QUOTE_LINES + 8)
        header = self.queue.horizontalHeader()
        header.setStretchLastSection(True)

        self.segment_view = QTextBrowser(self)
        self.segment_view.setTabChangesFocus(True)
        self.thread_view = QTextBrowser(self)
        self.thread_view.setTabChangesFocus(True)
        EnterMovesFocus(self.queue, self.segment_view)
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMaximumHeight(90)
        self.accept_button = shortcut_button(self, _tr("Accept"), KEYS["accepted"],
                                     _tr("Accept this segment"))
        self.revise_button = shortcut_button(self, _tr("Needs revision"), KEYS["needs_revision"],
                                     _tr("Send it back to its coder with your comment"))
        self.reject_button = shortcut_button(self, _tr("Reject"), KEYS["rejected"],
                                     _tr("Reject it, saying why in your comment"))
        self.reply_button = shortcut_button(self, _tr("Add comment"), KEYS["reply"],
                                    _tr("Add your comment to the thread without a verdict"))
        self.pending_button = shortcut_button(self, _tr("Set back to pending"), KEYS["pending"],
                                      _tr("Take the segment's verdict back: it is pending "
                                          "again"))
        self.undo_button = shortcut_button(self, _tr("Undo"), KEYS["undo"],
                                           _tr("Undo the last step"))
        self.jump_button = shortcut_button(self, _tr("Show in text"), KEYS["jump"],
                                   _tr("Bring the transcript forward with this segment"))
        self.role_label = QLabel(self)
        self.role_label.setWordWrap(True)

        self.feedback = FeedbackList(self.show_feedback_item, self)
        self.export_button = QPushButton(_tr("Export summary .docx…"), self)
        self.export_button.setAutoDefault(False)
        self.pseudonymise = pseudonymise_check_box(self)
        self.replacements_box: QMessageBox | None = None
        self.saved_label = QLabel(self)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close_button = QPushButton(_tr("Close"), self)
        close_button.setAutoDefault(False)

        queue_page = QWidget(self)
        queue_layout = QVBoxLayout(queue_page)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_layout.addWidget(self.filters)
        queue_layout.addWidget(self.count_label)
        queue_layout.addWidget(self.queue, 1)

        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(QLabel(_tr("Segment in its turn"), detail))
        detail_layout.addWidget(self.segment_view, 3)
        detail_layout.addWidget(QLabel(_tr("Comment thread"), detail))
        detail_layout.addWidget(self.thread_view, 2)
        detail_layout.addWidget(self.comment_edit)
        verdicts = QHBoxLayout()
        for button in (self.accept_button, self.revise_button, self.reject_button):
            verdicts.addWidget(button)
        detail_layout.addLayout(verdicts)
        others = QHBoxLayout()
        for button in (self.reply_button, self.jump_button):
            others.addWidget(button)
        detail_layout.addLayout(others)
        corrections = QHBoxLayout()
        for button in (self.undo_button, self.pending_button):
            corrections.addWidget(button)
        detail_layout.addLayout(corrections)
        detail_layout.addWidget(self.role_label)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(queue_page)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(splitter, _tr("Review queue"))
        self.tabs.addTab(self.feedback, _tr("My feedback"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.pseudonymise)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        fit_window(self, "review", (1200, 760))
        splitter.setSizes([self.width() * 11 // 20, self.width() * 9 // 20])

        # Keyboard walk: table → segment → comment → verdicts → other actions → thread.
        chain = [self.queue, self.segment_view, self.comment_edit, self.accept_button,
                 self.revise_button, self.reject_button, self.reply_button, self.jump_button,
                 self.undo_button, self.pending_button, self.thread_view]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

        self.filters.changed.connect(self.reload_queue)
        self.queue.selectionModel().currentRowChanged.connect(self._show_current)
        self.queue.doubleClicked.connect(lambda _index: self.jump_to_current())
        self.accept_button.clicked.connect(lambda: self.give_verdict("accepted"))
        self.revise_button.clicked.connect(lambda: self.give_verdict("needs_revision"))
        self.reject_button.clicked.connect(lambda: self.give_verdict("rejected"))
        self.reply_button.clicked.connect(self.add_comment)
        self.pending_button.clicked.connect(self.set_back_to_pending)
        self.undo_button.clicked.connect(self.undo)
        self.jump_button.clicked.connect(self.jump_to_current)
        self.export_button.clicked.connect(self._choose_export)
        close_button.clicked.connect(self.accept)
        self.history.changed.connect(self._update_undo)
        self.refresh = reload_after_changes(self, hub, self.reload, self._wanted)
        self._fill_filters()
        self.reload()
        self.queue.setFocus()

    # --- loading --------------------------------------------------------------------------

    @staticmethod
    def _wanted(changes: Changes) -> bool:
        return bool(changes.segments or changes.coders or changes.codes or changes.project
                    or changes.informants or changes.sources)

    def _fill_filters(self) -> None:
        coders = list_coders(self.project)
        self.me = next((c for c in coders if c.name == self.coder_name), None)
        self.filters.fill(coders, list_codes(self.project), list_informants(self.project))
        if self.is_supervisor():
            self.role_label.setText(_tr("You review as supervisor {name}.").format(
                name=self.coder_name))
            self.comment_edit.setPlaceholderText(_tr(
                "Your comment (needed to send a segment back for revision or to reject it)"))
        else:
            self.role_label.setText(_tr(
                "{name} is a coder: verdicts are given by a supervisor; you can reply in the "
                "thread.").format(name=self.coder_name))
            self.comment_edit.setPlaceholderText(_tr("Your reply to your supervisor"))

    def is_supervisor(self) -> bool:
        return self.me is not None and self.me.role == "supervisor"

    def reload(self) -> None:
        self._fill_filters()
        self.reload_queue()
        self.reload_feedback()
        self._update_undo()

    def queue_filters(self) -> QueueFilter:
        return self.filters.chosen()

    def reload_queue(self, *_args: object, select: int | None = None) -> None:
        """Reload; the chosen row stays chosen, or the one now at its place (``select``:
        a segment id to choose instead)."""
        current = self.current_segment()
        old_row = self.queue.currentIndex().row()
        try:
            chosen = self.queue_filters()
            segments = review_queue(self.project, coder_id=chosen.coder_id,
                                    code_ids=chosen.code_ids, informant_id=chosen.informant_id,
                                    review_statuses=chosen.review_statuses)
            places = turn_places(self.project, ((s.source_id, s.start) for s in segments))
        except TelaahError as error:
            self._report(error)
            return
        self.model.set_segments(segments, places)
        self.count_label.setText(segment_count(len(segments)))
        self._size_columns()
        wanted = select if select is not None else current.id if current is not None else None
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row < 0 and self.model.rowCount():
            row = min(max(old_row, 0), self.model.rowCount() - 1)
        if row >= 0:
            self.queue.selectRow(row)
            self.queue.scrollTo(self.model.index(row, 0))
        self._show_current()

    def _size_columns(self) -> None:
        """Narrow place, code, coder and status columns: the quote takes the rest."""
        metrics = self.fontMetrics()
        samples = ("I1_kepala_dinas (I1)", "Kinerja/Kualitas", "Annisa",
                   status_label("needs_revision"))
        widths = [max(metrics.horizontalAdvance(sample),
                      metrics.horizontalAdvance(str(self.model.headerData(
                          column, Qt.Orientation.Horizontal)))) + 14
                  for column, sample in enumerate(samples)]
        for column, width in enumerate(widths):
            self.queue.setColumnWidth(column, width)
        assert len(widths) == QUOTE_COLUMN

    def reload_feedback(self) -> None:
        if self.me is None:
            self.feedback.set_items([])
            return
        try:
            self.feedback.set_items(feedback_for_coder(self.project, coder_id=self.me.id))
        except TelaahError as error:
            self._report(error)

    # --- the chosen segment ---------------------------------------------------------------

    def current_segment(self) -> SegmentView | None:
        index = self.queue.currentIndex()
        return self.model.segment(index.row()) if index.isValid() else None

    def _show_current(self, *_args: QModelIndex) -> None:
        segment = self.current_segment()
        supervisor = self.is_supervisor()
        for button in (self.accept_button, self.revise_button, self.reject_button):
            button.setEnabled(segment is not None and supervisor)
        self.pending_button.setEnabled(segment is not None and supervisor
                                       and segment.review_status != "pending")
        self.reply_button.setEnabled(segment is not None)
        self.jump_button.setEnabled(segment is not None)
        if segment is None:
            self.segment_view.clear()
            self.thread_view.clear()
            return
        try:
            context = passage_context(self.project, source_id=segment.source_id,
                                      start=segment.start, end=segment.end)
            thread = review_thread(self.project, segment_id=segment.id)
        except TelaahError as error:
            self._report(error)
            return
        revised = next((c.previous for c in reversed(thread) if c.previous is not None), None)
        shown = revised if segment.review_status == "revised" else None
        self.segment_view.setHtml(segment_html(segment, context, shown))
        self.thread_view.setHtml(thread_html(thread))

    # --- actions --------------------------------------------------------------------------

    def _report(self, error: TelaahError) -> None:
        show_error(self, error, self._translate)


def open_review(window: QWidget) -> ReviewPanel | None:
    from app.ui.host.team_window import open_feature

    widget = open_feature(window, ReviewPanel)
    assert widget is None or isinstance(widget, ReviewPanel)
    return widget


def show_in_review(window: QWidget, segment_id: int) -> ReviewPanel | None:
    """The review window with every filter cleared and one segment chosen in its queue."""
    panel = open_review(window)
    if panel is None:
        return None
    panel.filters.show_everything()
    panel.reload_queue(select=segment_id)
    return panel


def open_feedback(window: QWidget) -> ReviewPanel | None:
    """The review window on "My feedback" (for a coder with segments to revise)."""
    panel = open_review(window)
    if panel is not None:
        panel.tabs.setCurrentWidget(panel.feedback)
        panel.feedback.list.setFocus()
    return panel


def install(window: QWidget) -> None:
    from app.ui.host.team_window import add_menu_action, window_host
    from app.ui.review.review_start import on_project_shown

    host = window_host(window)
    add_menu_action(host, "review", _tr("Review &queue…"), lambda: open_review(host))
    add_menu_action(host, "review", _tr("My &feedback…"), lambda: open_feedback(host))
    # The transcript's "Show in review".
    host.segment_review_requested.connect(lambda segment_id: show_in_review(host, segment_id))
    # The role in the status bar; segments to revise, on request.
    host.project_shown.connect(lambda project: on_project_shown(
        host, project, lambda: open_feedback(host)))
