"""The segments part of the transcript's context menu: one submenu per segment under the
pointer (its code and coder), each with change code, edit memo, adjust bounds, delete and
show in review."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QMenu

from app.core.segments import SegmentView
from app.ui.host.passage_names import Place, passage_name

CONTEXT = "SegmentMenu"
# The actions a segment's submenu asks for (``TranscriptView.segment_requested``).
CHANGE_CODE, EDIT_MEMO, ADJUST_BOUNDS, DELETE, SHOW_IN_REVIEW = (
    "change_code", "edit_memo", "adjust_bounds", "delete", "show_in_review")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_labels() -> dict[str, str]:
    return {
        CHANGE_CODE: _tr("Change code…"),
        EDIT_MEMO: _tr("Edit memo…"),
        ADJUST_BOUNDS: _tr("Adjust bounds…"),
        DELETE: _tr("Delete segment"),
        SHOW_IN_REVIEW: _tr("Show in review"),
    }


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def segment_title(segment: SegmentView) -> str:
    """The submenu's title: code and coder, and a note when it has a memo."""
    title = _tr("{code} — {coder}").format(code=segment.code, coder=segment.coder)
    return title + (_tr(" (memo)") if segment.memo.strip() else "")


def add_segment_menus(menu: QMenu, segments: Sequence[SegmentView],
                      place_of: Callable[[int], Place],
                      blocked: Callable[[SegmentView], str | None],
                      request: Callable[[str, int], None]) -> list[QMenu]:
    """Add a heading and one submenu per segment to ``menu``; ``request(action, id)`` runs
    the chosen action. A segment with a ``blocked`` reason (another coder's, or a read-only
    project) can only be shown in review; the reason is the disabled actions' tooltip."""
    heading = menu.addAction(_tr("Segments here") if len(segments) > 1
                             else _tr("Segment here"))
    heading.setEnabled(False)
    labels = action_labels()
    submenus = []
    for segment in segments:
        submenu = menu.addMenu(swatch(segment.color), segment_title(segment).replace("&", "&&"))
        submenu.setToolTipsVisible(True)
        submenu.setToolTip(passage_name(place_of(segment.start), segment.text))
        submenu.menuAction().setToolTip(submenu.toolTip())
        reason = blocked(segment)
        editable = reason is None
        for key in (CHANGE_CODE, EDIT_MEMO, ADJUST_BOUNDS, DELETE, SHOW_IN_REVIEW):
            action = submenu.addAction(labels[key])
            action.setObjectName(key)
            action.setEnabled(editable or key == SHOW_IN_REVIEW)
            if not editable and key != SHOW_IN_REVIEW:
                action.setToolTip(reason or "")
            action.triggered.connect(
                lambda _checked=False, key=key, segment_id=segment.id: request(key, segment_id))
            if key == DELETE:
                submenu.insertSeparator(action)
        submenu.setProperty("segment_id", segment.id)
        submenus.append(submenu)
    return submenus
