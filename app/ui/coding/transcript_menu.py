"""The transcript's right-click menu: the segments under the pointer (each with its own
actions), the codable codes by category, then Copy and Select all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from app.core.segments import SegmentView
from app.ui.coding.code_menu import add_code_actions
from app.ui.coding.segment_menu import add_segment_menus

if TYPE_CHECKING:
    from app.ui.coding.transcript_base import TranscriptBase

CONTEXT = "TranscriptView"  # the view's own words, translated with it


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def edit_blocked(view: TranscriptBase, segment: SegmentView) -> str | None:
    """Why ``segment`` cannot be changed in this view, or None when it can."""
    if not view.editable:
        return _tr("This project is open read-only.")
    if view.coder_name is not None and segment.coder != view.coder_name:
        return _tr("Coded by {coder}: only they can change it.").format(coder=segment.coder)
    return None


def transcript_menu(view: TranscriptBase, utf16_position: int | None) -> QMenu:
    menu = QMenu(view)
    here: list[SegmentView] = []
    if utf16_position is not None:
        # A click on a passage's last character's right half lands just after it.
        here = [s for s in (view.segments_at(utf16_position)
                            or view.segments_at(utf16_position - 1)) if view.shows(s)]
    if here:
        add_segment_menus(menu, here, view.place_of, lambda s: edit_blocked(view, s),
                          view.request_segment)
        menu.addSeparator()
    has_selection = view.selected_span() is not None
    if not view.editable:
        hint = menu.addAction(_tr("Read-only: codes cannot be applied"))
        hint.setEnabled(False)
    elif not has_selection:
        hint = menu.addAction(_tr("Select a passage to apply a code"))
        hint.setEnabled(False)
    add_code_actions(menu, view.menu_codes(), enabled=has_selection and view.editable,
                     on_chosen=view.code_chosen.emit)
    menu.addSeparator()
    copy = menu.addAction(_tr("Copy"))
    copy.setEnabled(has_selection)
    copy.triggered.connect(view.copy)
    select_all = menu.addAction(_tr("Select all"))
    select_all.triggered.connect(view.selectAll)
    return menu
