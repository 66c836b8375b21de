"""How the review, agreement, search, exchange and backup features hook into the main window.

Each feature's ``install(window)`` adds its menu actions through :func:`add_menu_action`
and opens its dialog over :func:`feature_context`, which reads the window's project, change
hub, coder name and jump-to-text function. Written defensively: a window without one of
those parts gets a working fallback (an own hub, a no-op jump).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.core.coders import ensure_coder
from app.core.project import Project
from app.ui.analysis.analysis_context import AnalysisContext, same_text
from app.ui.shell.change_hub import ChangeHub
from app.ui.shell.main_menus import menu_title

CONTEXT = "TeamWindow"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _no_jump(_source_id: int, _start: int, _end: int) -> None:
    return None


def window_hub(window: Any) -> ChangeHub:
    """The window's hub, or one kept on the window when it has none yet."""
    hub = getattr(window, "hub", None)
    if isinstance(hub, ChangeHub):
        return hub
    fallback = getattr(window, "_team_fallback_hub", None)
    if fallback is None:
        fallback = ChangeHub(window if isinstance(window, QWidget) else None)
        window._team_fallback_hub = fallback
    return fallback


def feature_context(window: Any) -> AnalysisContext | None:
    """The project and its tools as the window holds them now; None without a project."""
    project = getattr(window, "project", None)
    if not isinstance(project, Project):
        return None
    translate = getattr(window, "translate_error", None) or getattr(window, "_translator", None)
    return AnalysisContext(
        project=project,
        hub=window_hub(window),
        coder_name=str(getattr(window, "coder_name", None)
                       or getattr(window, "_coder_name", "") or ""),
        jump_to=getattr(window, "jump_to", None) or _no_jump,
        translate_error=translate if callable(translate) else same_text,
    )


def window_menu(window: Any, key: str) -> QMenu:
    """``window.menu(key, title)`` when the window has it, else a menu-bar menu of ours."""
    title = menu_title(key)
    menu_of = getattr(window, "menu", None)
    if callable(menu_of):
        menu: QMenu = menu_of(key, title)
        return menu
    menus: dict[str, QMenu] = window.__dict__.setdefault("_team_menus", {})
    if key not in menus:
        menus[key] = window.menuBar().addMenu(title)
    return menus[key]


def add_menu_action(window: Any, key: str, text: str, slot: Callable[[], object], *,
                    needs_project: bool = True, separated: bool = False) -> QAction:
    """Add an action to the menu ``key``, before the File menu's closing Quit group.

    ``needs_project`` actions are enabled only while a project is open (the window
    follows the ``needs_project`` property); ``separated`` puts a separator before it.
    """
    action = QAction(text, window)
    action.triggered.connect(lambda _checked=False: slot())
    action.setProperty("needs_project", needs_project)
    menu = window_menu(window, key)
    anchor = _closing_separator(window, menu)
    if separated:
        if anchor is None:
            menu.addSeparator()
        else:
            menu.insertSeparator(anchor)
    if anchor is None:
        menu.addAction(action)
    else:
        menu.insertAction(anchor, action)
    return action


def _closing_separator(window: Any, menu: QMenu) -> QAction | None:
    """The separator before the window's Quit action when ``menu`` holds it."""
    quit_action = (getattr(window, "actions_by_name", None) or {}).get("quit")
    actions = menu.actions()
    if quit_action is None or quit_action not in actions:
        return None
    index = actions.index(quit_action)
    return actions[index - 1] if index > 0 and actions[index - 1].isSeparator() else quit_action


class FeatureWindow(Protocol):
    """The constructor shape every project-wide feature window shares."""

    def __call__(self, project: Project, hub: ChangeHub, coder_name: str,
                 jump_to: Callable[[int, int, int], None], parent: QWidget, *,
                 translate_error: Callable[[str], str]) -> QWidget: ...


def open_feature(window: Any, feature: FeatureWindow) -> QWidget | None:
    """Show ``feature`` for the window's project (deleted when closed); None without one."""
    context = feature_context(window)
    if context is None:
        return None
    widget = feature(context.project, context.hub, context.coder_name, context.jump_to,
                     window, translate_error=context.translate_error)
    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    widget.show()
    return widget


def coder_id_for(project: Project, coder_name: str) -> tuple[int, Any]:
    """The id of the coder called ``coder_name`` (created when new) and the Changes."""
    changes = ensure_coder(project, name=coder_name or _tr("Coder"))
    assert changes.created is not None
    return changes.created, changes
