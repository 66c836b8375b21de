"""The coder's side of review: "My feedback", one row per reviewed segment, and the
question on opening a project with segments sent back for revision."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.review_feedback import FeedbackItem
from app.ui.host.passage_names import passage_name
from app.ui.review.review_texts import comment_date
from app.ui.widgets.status_names import status_label

CONTEXT = "ReviewFeedback"
ITEM_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def feedback_text(item: FeedbackItem) -> str:
    """Three lines: open/closed and status, where and the quote, the last comment."""
    state = {"open": _tr("Open"), "waiting": _tr("With your supervisor"),
             "closed": _tr("Closed")}[item.state]
    last = item.last_comment
    when = comment_date(last) if last is not None else ""
    first = _tr("{state} — {status} — {code} — {date}").format(
        state=state, status=status_label(item.segment.review_status), code=item.segment.code,
        date=when)
    second = f"{item.segment.source}, {passage_name(item.place, item.segment.text)}"
    said = ""
    if last is not None:
        body = last.body or (_tr("changed the segment") if last.previous else "")
        said = f"{last.author}: {body}" if body else last.author
    return "\n".join(part for part in (first, second, said) if part)


def revision_question(count: int) -> str:
    return (_tr("Your supervisor sent 1 segment back for revision. Show it now?")
            if count == 1 else
            _tr("Your supervisor sent {count} segments back for revision. Show them now?")
            .format(count=count))


class FeedbackList(QWidget):
    """The list and its "Show in text" button; ``show_segment`` is called with the item."""

    def __init__(self, show_segment: Callable[[FeedbackItem], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._show_segment = show_segment
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        self.empty = QLabel(_tr("No feedback on your segments yet."), self)
        self.show_button = QPushButton(_tr("Show in text"), self)
        self.show_button.setAutoDefault(False)
        self.show_button.setToolTip(_tr("Bring the transcript forward with this segment "
                                        "current, ready to adjust (Ctrl+B) or recode."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.itemActivated.connect(lambda _item: self.show_current())
        self.list.itemDoubleClicked.connect(lambda _item: self.show_current())
        self.list.currentItemChanged.connect(lambda *_args: self._update())
        self.show_button.clicked.connect(self.show_current)
        self._update()

    def set_items(self, items: Sequence[FeedbackItem]) -> None:
        self.list.clear()
        for item in items:
            row = QListWidgetItem(feedback_text(item), self.list)
            row.setData(ITEM_ROLE, item)
            if item.is_open:
                font = row.font()
                font.setBold(True)
                row.setFont(font)
        self.empty.setVisible(not items)
        if items:
            self.list.setCurrentRow(0)
        self._update()

    def count(self) -> int:
        return self.list.count()

    def item(self, row: int) -> QListWidgetItem:
        return self.list.item(row)

    def current(self) -> FeedbackItem | None:
        row = self.list.currentItem()
        item: FeedbackItem | None = row.data(ITEM_ROLE) if row is not None else None
        return item

    def show_current(self) -> None:
        item = self.current()
        if item is not None:
            self._show_segment(item)

    def _update(self) -> None:
        self.show_button.setEnabled(self.current() is not None)
