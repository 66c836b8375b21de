"""What the main window says about review when a project opens: the person's role in the
status bar and, for a coder, how many segments came back for revision (shown on request)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.coders import list_coders
from app.core.ids import SegmentId
from app.core.project import Project
from app.core.review import last_comment
from app.core.review_feedback import revision_count
from app.errors import TelaahError
from app.ui.host.window_api import WindowHost
from app.ui.review.review_feedback_list import revision_question
from app.ui.widgets.status_names import status_label

CONTEXT = "ReviewStart"
REVIEW_QUESTION = "review_question"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def role_text(name: str, role: str | None) -> str:
    """The status bar's "Supervisor: Dr. Sari" or "Coder: Annisa"."""
    if role == "supervisor":
        return _tr("Supervisor: {name}").format(name=name)
    return _tr("Coder: {name}").format(name=name)


def last_comment_text(project: Project, segment_id: SegmentId) -> str | None:
    """"Dr. Sari (Needs revision): Potong…" for a segment's margin tooltip."""
    try:
        comment = last_comment(project, segment_id=segment_id)
    except TelaahError:
        return None
    if comment is None:
        return None
    verdict = f" ({status_label(comment.status)})" if comment.status else ""
    body = comment.body or (_tr("changed the segment") if comment.previous else "")
    return f"{comment.author}{verdict}: {body}" if body else f"{comment.author}{verdict}"


def on_project_shown(window: WindowHost, project: Project | None,
                     show_feedback: Callable[[], object]) -> QMessageBox | None:
    """Role in the status bar; for a coder with segments to revise, a (non-modal) question
    whose Yes opens "My feedback". Returns the question when one is shown; it is the
    window's child named ``review_question`` while it is there."""
    if project is None:
        return None
    name = window.coder_name
    try:
        me = next((c for c in list_coders(project) if c.name == name), None)
        count = (revision_count(project, coder_id=me.id)
                 if me is not None and me.role != "supervisor" else 0)
    except TelaahError:
        return None  # the window reports problems with the project itself
    # The margin tooltip's last review comment.
    # The margin asks with the plain id its view keeps for a segment.
    window.set_review_comments(
        lambda segment_id: last_comment_text(project, SegmentId(segment_id)))
    window.show_role(role_text(name, me.role if me else None))
    if not count:
        return None
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Feedback from your supervisor"),
                      revision_question(count),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    box.setObjectName(REVIEW_QUESTION)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.button(QMessageBox.StandardButton.Yes).clicked.connect(lambda: show_feedback())
    QTimer.singleShot(0, box.open)  # after the window is up; never blocks the event loop
    return box


def review_question(window: QWidget) -> QMessageBox | None:
    """The question about segments to revise while it is open over ``window``."""
    return window.findChild(QMessageBox, REVIEW_QUESTION)
