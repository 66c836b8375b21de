"""The review window's actions: verdicts and their undo, replies, showing a segment in the
transcript, the Word summary. A mixin of :class:`app.ui.review.review_panel.ReviewPanel`, which
owns the widgets these read (queue, comment box, buttons) and ``history``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.export_labels import ExportLabels
from app.core.pseudonymising import Pseudonymiser, export_mask
from app.core.review import SegmentSeen
from app.core.review_feedback import FeedbackItem
from app.core.segments import SegmentView
from app.errors import NotSupervisor, SegmentChangedSinceLoaded, TelaahError
from app.i18n import choose_language
from app.ui.host.passage_names import few_words
from app.ui.host.window_api import WindowHost
from app.ui.review.review_keys import KEYS, key_text
from app.ui.review.review_summary_export import export_review_summary
from app.ui.widgets.long_work import Job, ProgressOptions, run_for
from app.ui.widgets.replacement_list import show_replacements
from app.ui.widgets.status_names import status_label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QPushButton

    from app.core.changes import Changes
    from app.core.coders import CoderView
    from app.ui.host.edit_history import EditHistory
    from app.ui.host.feature_dialog import FeatureDialog
    from app.ui.review.review_model import ReviewQueueModel

    class _PanelParts(FeatureDialog):
        """What :class:`app.ui.review.review_panel.ReviewPanel` holds for these actions."""

        me: CoderView | None
        history: EditHistory
        model: ReviewQueueModel
        comment_edit: QPlainTextEdit
        undo_button: QPushButton
        pseudonymise: QCheckBox
        saved_label: QLabel
        confirm_changed: Callable[[SegmentView], bool]

        def is_supervisor(self) -> bool: ...
        def reload(self) -> None: ...
        def reload_queue(self, *_args: object, select: int | None = None) -> None: ...
        def current_segment(self) -> SegmentView | None: ...
        def _report(self, error: TelaahError) -> None: ...

    Base = _PanelParts
else:
    Base = object

CONTEXT = "ReviewPanel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ReviewActions(Base):
    """What the review window's buttons and shortcuts do."""

    replacements_box: Any

    def _confirm_changed(self, segment: SegmentView) -> bool:
        answer = QMessageBox.question(
            self, _tr("Segment changed"),
            _tr("“{words}” was changed by its coder after the queue showed it. Give the "
                "verdict on the segment as it is now?").format(words=few_words(segment.text)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _step_name(self, verdict: str, segment: SegmentView) -> str:
        return _tr("{verdict} {words}").format(verdict=status_label(verdict),
                                               words=few_words(segment.text, 4))

    def give_verdict(self, verdict: str) -> bool:
        """The verdict on the chosen segment, as an undoable step; asks first when the
        segment changed since the queue showed it."""
        segment = self.current_segment()
        if segment is None:
            return False
        if not self.is_supervisor() or self.me is None:
            self._report(NotSupervisor(actor=self.coder_name))
            return False
        comment = self.comment_edit.toPlainText()
        name = self._step_name(verdict, segment)

        def verdict_step(seen: SegmentSeen | None) -> Changes:
            # One transaction through the workbench, its undo step in the core history.
            return self.wb.review.give_verdict(segment_id=segment.id, verdict=verdict,
                                               comment=comment, seen=seen, name=name)
        try:
            try:
                changes = verdict_step(SegmentSeen.of(segment))
            except SegmentChangedSinceLoaded:
                if not self.confirm_changed(segment):
                    self.reload_queue(select=segment.id)
                    return False
                changes = verdict_step(None)
        except TelaahError as error:
            self._report(error)
            return False
        self.comment_edit.clear()
        self.history.done(changes)
        self.reload()
        return True

    def set_back_to_pending(self) -> bool:
        segment = self.current_segment()
        if segment is None or self.me is None:
            return False
        name = self._step_name("pending", segment)
        changes = self.history.run(lambda: self.wb.review.set_back_to_pending(
            segment_id=segment.id, name=name))
        if changes is None:
            return False
        self.reload_queue(select=segment.id)
        return True

    def undo(self) -> bool:
        """Undo the last step of the project's history; a verdict's segment is chosen again."""
        changes = self.history.undo()
        if changes is None:
            return False
        segment_ids = sorted(changes.segments)
        self.reload()
        if segment_ids and self.model.row_of(segment_ids[0]) >= 0:
            self.reload_queue(select=segment_ids[0])
        return True

    def _update_undo(self) -> None:
        name = self.history.stack.undo_name
        self.undo_button.setEnabled(name is not None)
        key = key_text(KEYS["undo"])
        self.undo_button.setToolTip(_tr("Undo {step} ({key})").format(step=name, key=key)
                                    if name else _tr("Nothing to undo ({key})").format(key=key))

    def add_comment(self) -> bool:
        segment = self.current_segment()
        if segment is None:
            return False
        try:
            changes = self.wb.review.comment(segment_id=segment.id,
                                             author=self.coder_name or _tr("Coder"),
                                             body=self.comment_edit.toPlainText())
        except TelaahError as error:
            self._report(error)
            return False
        self.comment_edit.clear()
        self.hub.publish(changes)
        self.reload()
        return True

    def jump_to_current(self) -> None:
        segment = self.current_segment()
        if segment is not None:
            self.show_in_text(segment)

    def show_feedback_item(self, item: FeedbackItem) -> None:
        self.show_in_text(item.segment)

    def _jump_to_feedback(self, row: object) -> None:  # the list row, as before
        item = row.data(Qt.ItemDataRole.UserRole) if hasattr(row, "data") else None
        if isinstance(item, FeedbackItem):
            self.show_in_text(item.segment)

    def show_in_text(self, segment: SegmentView) -> None:
        """The transcript comes forward with ``segment`` current (Ctrl+B then acts on it)."""
        self._jump_to(segment.source_id, segment.start, segment.end)
        window = self.parentWidget()
        if isinstance(window, WindowHost):
            window.show_segment(segment.id)
        if window is not None:
            if QGuiApplication.platformName() != "offscreen":  # it has no window stacking
                window.raise_()
            window.activateWindow()

    def _choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _tr("Export review summary"), "ringkasan_review.docx",
            _tr("Word document (*.docx)"))
        if path:
            target = Path(path)
            if target.suffix.lower() != ".docx":
                target = target.with_name(target.name + ".docx")
            self.export_summary(target)

    def export_summary(self, path: Path) -> Job[Pseudonymiser | None]:
        """Write the review summary off the GUI thread; pseudonymised when the box is
        ticked, then listing what was replaced (:mod:`app.ui.widgets.replacement_list`);
        says where it was saved. ``job.done`` once it is over."""
        project, pseudonymise = self.project, self.pseudonymise.isChecked()
        supervisor = self.coder_name if self.is_supervisor() else ""
        labels = ExportLabels(choose_language())

        def work(_progress: Callable[[int, int], None],
                 _cancelled: Callable[[], bool]) -> Pseudonymiser | None:
            mask = export_mask(project, labels=labels) if pseudonymise else None
            export_review_summary(project, path, mask=mask, supervisor=supervisor)
            return mask

        def written(mask: Pseudonymiser | None) -> None:
            self.saved_label.setText(_tr("Saved to {path}").format(path=path))
            self.saved_label.setToolTip(str(path))
            if mask is not None:
                self.replacements_box = show_replacements(self, mask.replacements())

        return run_for(self, work, on_result=written, report=self._report,
                       progress=ProgressOptions(_tr("Export review summary"),
                                                _tr("Writing the review summary…"),
                                                cancellable=False))
