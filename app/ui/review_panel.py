"""Supervisor review (issue 6): the queue, verdicts, the comment thread, my feedback.

Supervisors give verdicts; everyone can reply in a segment's thread. The core enforces the
roles (a coder's verdict raises NotSupervisor, shown as a message); the buttons only say
up front who may use them.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
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
from app.core.pseudonymising import Pseudonymiser, export_mask, mask_review_summary
from app.core.review import (
    OPEN_STATUSES,
    CommentView,
    comment_on_segment,
    comments_for_coder,
    review_segment,
    review_summary,
)
from app.core.segments import SegmentView, list_segments
from app.errors import TelaahError
from app.i18n import choose_language
from app.io.docx_review_summary import ReviewRow, write_review_summary
from app.io.export_labels import ExportLabels
from app.models.coded_segment import REVIEW_STATUSES
from app.ui.analysis_context import JumpTo, Translate, reload_after_changes, same_text
from app.ui.analysis_segments import place_label
from app.ui.change_hub import ChangeHub
from app.ui.error_messages import show_error
from app.ui.feature_dialog import FeatureDialog
from app.ui.replacement_list import pseudonymise_check_box, show_replacements
from app.ui.review_model import ReviewQueueModel, status_label

CONTEXT = "ReviewPanel"
ANY = None
OPEN = "open"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def summary_labels() -> dict[str, str]:
    return {
        "code": _tr("Code"), "accepted": status_label("accepted"),
        "needs_revision": status_label("needs_revision"), "rejected": status_label("rejected"),
        "revised": status_label("revised"), "pending": status_label("pending"),
        "total": _tr("Total"), "comments": _tr("Comments"), "title": _tr("Review summary"),
    }


def export_review_summary(project: Project, path: Path, *,
                          mask: Pseudonymiser | None = None) -> None:
    """The per-code counts and comments as a Word document (as ``telaah review --summary``);
    ``mask`` pseudonymises the comments."""
    labels = summary_labels()
    summary = review_summary(project)
    if mask is not None:
        summary = mask_review_summary(summary, mask)
    rows = [
        ReviewRow(code=row.code, counts=row.counts,
                  comments=[(labels.get(c.status or "", ""), c.author, c.body)
                            for c in row.comments])
        for row in summary
    ]
    write_review_summary(rows, path, labels=labels, title=labels["title"])


def role_label(role: str) -> str:
    return {"coder": _tr("coder"), "supervisor": _tr("supervisor")}.get(role, role)


def thread_html(comments: list[CommentView]) -> str:
    if not comments:
        return f"<p><i>{html.escape(_tr('No comments yet.'))}</i></p>"
    parts = []
    for comment in comments:
        when = QLocale().toString(comment.created_at, QLocale.FormatType.ShortFormat)
        verdict = (f" — <b>{html.escape(status_label(comment.status))}</b>"
                   if comment.status else "")
        parts.append(f"<p><b>{html.escape(comment.author)}</b> "
                     f"<small>({html.escape(role_label(comment.author_role))}, {html.escape(when)})</small>"
                     f"{verdict}<br>{html.escape(comment.body)}</p>")
    return "".join(parts)


class ReviewPanel(FeatureDialog):
    """The queue (filtered), the chosen segment with its thread, and my feedback."""

    def __init__(self, project: Project, hub: ChangeHub, coder_name: str, jump_to: JumpTo,
                 parent: QWidget | None = None, *,
                 translate_error: Translate = same_text) -> None:
        super().__init__(project, hub, coder_name, jump_to, parent,
                         translate_error=translate_error)
        self.setWindowTitle(_tr("Review"))
        self.resize(1200, 760)
        self.me: CoderView | None = None

        self.coder_filter = QComboBox(self)
        self.code_filter = QComboBox(self)
        self.informant_filter = QComboBox(self)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(_tr("To review (pending or revised)"), OPEN)
        self.status_filter.addItem(_tr("Any status"), ANY)
        for status in REVIEW_STATUSES:
            self.status_filter.addItem(status_label(status), status)
        self.count_label = QLabel(self)

        self.model = ReviewQueueModel(self)
        self.queue = QTableView(self)
        self.queue.setModel(self.model)
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.horizontalHeader().setStretchLastSection(True)
        self.queue.verticalHeader().setVisible(False)
        self.queue.setWordWrap(False)

        self.segment_view = QTextBrowser(self)
        self.thread_view = QTextBrowser(self)
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setPlaceholderText(
            _tr("Comment (needed for 'needs revision' and 'rejected')"))
        self.comment_edit.setMaximumHeight(90)
        self.accept_button = QPushButton(_tr("Accept"), self)
        self.revise_button = QPushButton(_tr("Needs revision"), self)
        self.reject_button = QPushButton(_tr("Reject"), self)
        self.reply_button = QPushButton(_tr("Add comment"), self)
        self.jump_button = QPushButton(_tr("Show in text"), self)
        self.role_label = QLabel(self)
        self.role_label.setWordWrap(True)

        self.feedback = QListWidget(self)
        self.feedback.setWordWrap(True)
        self.export_button = QPushButton(_tr("Export summary .docx…"), self)
        self.pseudonymise = pseudonymise_check_box(self)
        self.replacements_box: QMessageBox | None = None
        close_button = QPushButton(_tr("Close"), self)

        filters = QHBoxLayout()
        for label, combo in ((_tr("Coder"), self.coder_filter), (_tr("Code"), self.code_filter),
                             (_tr("Informant"), self.informant_filter),
                             (_tr("Status"), self.status_filter)):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(combo, 1)
        queue_page = QWidget(self)
        queue_layout = QVBoxLayout(queue_page)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_layout.addLayout(filters)
        queue_layout.addWidget(self.count_label)
        queue_layout.addWidget(self.queue, 1)

        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(QLabel(_tr("Segment"), detail))
        detail_layout.addWidget(self.segment_view, 2)
        detail_layout.addWidget(QLabel(_tr("Comment thread"), detail))
        detail_layout.addWidget(self.thread_view, 3)
        detail_layout.addWidget(self.comment_edit)
        verdicts = QHBoxLayout()
        for button in (self.accept_button, self.revise_button, self.reject_button):
            verdicts.addWidget(button)
        detail_layout.addLayout(verdicts)
        replies = QHBoxLayout()
        replies.addWidget(self.reply_button)
        replies.addWidget(self.jump_button)
        detail_layout.addLayout(replies)
        detail_layout.addWidget(self.role_label)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(queue_page)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 480])
        self.tabs = QTabWidget(self)
        self.tabs.addTab(splitter, _tr("Review queue"))
        self.tabs.addTab(self.feedback, _tr("My feedback"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.pseudonymise)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        for combo in (self.coder_filter, self.code_filter, self.informant_filter,
                      self.status_filter):
            combo.currentIndexChanged.connect(self.reload_queue)
        self.queue.selectionModel().currentRowChanged.connect(self._show_current)
        self.queue.doubleClicked.connect(lambda _index: self.jump_to_current())
        self.accept_button.clicked.connect(lambda: self.give_verdict("accepted"))
        self.revise_button.clicked.connect(lambda: self.give_verdict("needs_revision"))
        self.reject_button.clicked.connect(lambda: self.give_verdict("rejected"))
        self.reply_button.clicked.connect(self.add_comment)
        self.jump_button.clicked.connect(self.jump_to_current)
        self.feedback.itemDoubleClicked.connect(self._jump_to_feedback)
        self.export_button.clicked.connect(self._choose_export)
        close_button.clicked.connect(self.accept)
        self.refresh = reload_after_changes(self, hub, self.reload, self._wanted)
        self._fill_filters()
        self.reload()

    # --- loading --------------------------------------------------------------------------

    @staticmethod
    def _wanted(changes: Changes) -> bool:
        return bool(changes.segments or changes.coders or changes.codes or changes.project
                    or changes.informants or changes.sources)

    def _fill_filters(self) -> None:
        coders = list_coders(self.project)
        self.me = next((c for c in coders if c.name == self.coder_name), None)
        combos = (
            (self.coder_filter, [(c.name, c.id) for c in coders]),
            (self.code_filter, [("    " * c.depth + c.name, c.id)
                                for c in list_codes(self.project)]),
            (self.informant_filter, [(i.label, i.id) for i in list_informants(self.project)]),
        )
        for combo, items in combos:
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(_tr("All"), ANY)
            for text, key in items:
                combo.addItem(text, key)
            found = combo.findData(kept)
            combo.setCurrentIndex(max(0, found))
            combo.blockSignals(False)
        supervisor = self.me is not None and self.me.role == "supervisor"
        if supervisor:
            self.role_label.setText(_tr("You review as supervisor {name}.").format(
                name=self.coder_name))
        else:
            self.role_label.setText(_tr(
                "{name} is a coder: verdicts are given by a supervisor; you can reply in the "
                "thread.").format(name=self.coder_name))

    def reload(self) -> None:
        self._fill_filters()
        self.reload_queue()
        self.reload_feedback()

    def queue_filters(self) -> dict[str, object]:
        status = self.status_filter.currentData()
        statuses = (OPEN_STATUSES if status == OPEN
                    else None if status is ANY else frozenset({status}))
        code = self.code_filter.currentData()
        return {
            "coder_id": self.coder_filter.currentData(),
            "code_ids": frozenset({code}) if code is not None else None,
            "informant_id": self.informant_filter.currentData(),
            "review_statuses": statuses,
        }

    def reload_queue(self) -> None:
        current = self.current_segment()
        segments = list_segments(self.project, **self.queue_filters())  # type: ignore[arg-type]
        self.model.set_segments(segments)
        self.count_label.setText(_tr("{count} segments").format(count=len(segments)))
        self.queue.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.queue.setColumnWidth(column, min(self.queue.columnWidth(column), 180))
        row = self.model.row_of(current.id) if current is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.queue.selectRow(row)
        self._show_current()

    def reload_feedback(self) -> None:
        self.feedback.clear()
        if self.me is None:
            return
        mine = {s.id: s for s in list_segments(self.project, coder_id=self.me.id)}
        for comment in comments_for_coder(self.project, coder_id=self.me.id):
            segment = mine.get(comment.segment_id)
            verdict = f" [{status_label(comment.status)}]" if comment.status else ""
            where = f"{segment.source}, {segment.code}" if segment else ""
            item = QListWidgetItem(f"{comment.author}{verdict} — {where}\n{comment.body}",
                                   self.feedback)
            item.setData(Qt.ItemDataRole.UserRole, segment)

    # --- the chosen segment ---------------------------------------------------------------

    def current_segment(self) -> SegmentView | None:
        index = self.queue.currentIndex()
        return self.model.segment(index.row()) if index.isValid() else None

    def _show_current(self, *_args: QModelIndex) -> None:
        segment = self.current_segment()
        supervisor = self.me is not None and self.me.role == "supervisor"
        for button in (self.accept_button, self.revise_button, self.reject_button):
            button.setEnabled(segment is not None and supervisor)
        self.reply_button.setEnabled(segment is not None)
        self.jump_button.setEnabled(segment is not None)
        if segment is None:
            self.segment_view.clear()
            self.thread_view.clear()
            return
        try:
            place = place_label(*turn_places(self.project, [(segment.source_id, segment.start)])
                                [(segment.source_id, segment.start)])
        except TelaahError as error:
            self._report(error)
            return
        where = f"{segment.source}, {place}" if place else segment.source
        self.segment_view.setHtml(
            f"<p><b>{html.escape(segment.code)}</b> — {html.escape(segment.coder)}, "
            f"{html.escape(where)} — "
            f"<i>{html.escape(status_label(segment.review_status))}</i></p>"
            f"<blockquote>{html.escape(segment.text)}</blockquote>"
            + (f"<p><small>{html.escape(segment.memo)}</small></p>" if segment.memo else ""))
        from app.core.review import review_thread

        self.thread_view.setHtml(thread_html(review_thread(self.project,
                                                           segment_id=segment.id)))

    # --- actions --------------------------------------------------------------------------

    def _report(self, error: TelaahError) -> None:
        show_error(self, error, self._translate)

    def give_verdict(self, verdict: str) -> bool:
        segment = self.current_segment()
        if segment is None:
            return False
        try:
            if self.me is None:
                from app.errors import NotSupervisor

                raise NotSupervisor(actor=self.coder_name)
            changes = review_segment(self.project, segment_id=segment.id,
                                     reviewer_id=self.me.id, verdict=verdict,
                                     comment=self.comment_edit.toPlainText())
        except TelaahError as error:
            self._report(error)
            return False
        self.comment_edit.clear()
        self.hub.publish(changes)
        self.reload()
        return True

    def add_comment(self) -> bool:
        segment = self.current_segment()
        if segment is None:
            return False
        try:
            from app.ui.team_window import coder_id_for

            author_id, coder_changes = coder_id_for(self.project, self.coder_name)
            changes = comment_on_segment(self.project, segment_id=segment.id,
                                         author_id=author_id,
                                         body=self.comment_edit.toPlainText())
        except TelaahError as error:
            self._report(error)
            return False
        self.comment_edit.clear()
        self.hub.publish(coder_changes | changes)
        self.reload()
        return True

    def jump_to_current(self) -> None:
        segment = self.current_segment()
        if segment is not None:
            self._jump_to(segment.source_id, segment.start, segment.end)

    def _jump_to_feedback(self, item: QListWidgetItem) -> None:
        segment = item.data(Qt.ItemDataRole.UserRole)
        if segment is not None:
            self._jump_to(segment.source_id, segment.start, segment.end)

    def _choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _tr("Export review summary"), "ringkasan_review.docx",
            _tr("Word document (*.docx)"))
        if path:
            target = Path(path)
            if target.suffix.lower() != ".docx":
                target = target.with_name(target.name + ".docx")
            self.export_summary(target)

    def export_summary(self, path: Path) -> bool:
        """Write the review summary; pseudonymised when the box is ticked, then listing
        what was replaced (:mod:`app.ui.replacement_list`)."""
        mask = None
        try:
            if self.pseudonymise.isChecked():
                mask = export_mask(self.project, labels=ExportLabels(choose_language()))
            export_review_summary(self.project, path, mask=mask)
        except TelaahError as error:
            self._report(error)
            return False
        if mask is not None:
            self.replacements_box = show_replacements(self, mask.replacements())
        return True


def open_review(window: QWidget) -> ReviewPanel | None:
    from app.ui.team_window import open_feature

    widget = open_feature(window, ReviewPanel)
    assert widget is None or isinstance(widget, ReviewPanel)
    return widget


def install(window: QWidget) -> None:
    from app.ui.team_window import add_menu_action

    add_menu_action(window, "review", _tr("Review &queue…"), lambda: open_review(window))
