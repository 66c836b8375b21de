"""Menu entries for applying a code: one submenu per category, swatch and key on each."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QMenu

from app.core.codes import CodeView

SWATCH_SIZE = 12


def swatch_icon(color: str) -> QIcon:
    pixmap = QPixmap(SWATCH_SIZE, SWATCH_SIZE)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def add_code_actions(
    menu: QMenu,
    codes: Sequence[CodeView],
    *,
    enabled: bool,
    on_chosen: Callable[[CodeView], None],
) -> None:
    """Add the codebook to ``menu``; a category becomes a submenu of its codes.

    ``codes`` is in the depth-first order of ``list_codes``. Categories with no codable
    code below them are left out.
    """
    children: dict[int | None, list[CodeView]] = {}
    for code in codes:
        children.setdefault(code.parent_id, []).append(code)

    def has_codable(code: CodeView) -> bool:
        return code.codable or any(has_codable(child) for child in children.get(code.id, []))

    def add(target: QMenu, parent_id: int | None) -> None:
        for code in children.get(parent_id, []):
            if code.codable:
                label = f"{code.name}\t{code.shortcut}" if code.shortcut else code.name
                action = target.addAction(swatch_icon(code.color), label)
                action.setEnabled(enabled)
                action.setData(code.id)
                action.triggered.connect(lambda _checked=False, code=code: on_chosen(code))
            if code.id in children and has_codable(code):
                submenu = target.addMenu(swatch_icon(code.color), code.name)
                submenu.setEnabled(enabled)
                add(submenu, code.id)

    add(menu, None)
