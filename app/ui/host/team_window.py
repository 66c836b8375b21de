"""How the review, agreement, search, exchange and backup features hook into the main window.

Each feature's ``install(window)`` adds its menu actions through :func:`add_menu_action`
and opens its dialog over :func:`feature_context`, which reads the window's project, change
hub, coder name, jump-to-text function and translator through its typed interface,
:class:`~app.ui.host.window_api.WindowHost` (features are handed the window as a plain
``QWidget``; :func:`window_host` checks that it is one).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.core.project import Project
from app.ui.host.analysis_context import AnalysisContext
from app.ui.host.change_hub import ChangeHub
from app.ui.host.window_api import WindowHost, menu_title

CONTEXT = "TeamWindow"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def window_host(window: object) -> WindowHost:
    """``window`` as the main window's feature interface; a TypeError if it is none."""
    if not isinstance(window, WindowHost):
        raise TypeError(f"features are installed in a WindowHost, not {type(window).__name__}")
    return window


def feature_context(window: object) -> AnalysisContext | None:
    """The project and its tools as the window holds them now; None without a project."""
    host = window_host(window)
    project, hub = host.project, host.hub
    if project is None or hub is None:
        return None
    return AnalysisContext(project=project, hub=hub, coder_name=host.coder_name,
                           jump_to=host.jump_to, translate_error=host.translator,
                           workbench=host.workbench)


def window_menu(window: object, key: str) -> QMenu:
    """The window's top-level menu ``key`` (created with its usual title if new)."""
    return window_host(window).menu(key, menu_title(key))


def add_menu_action(window: object, key: str, text: str, slot: Callable[[], object], *,
                    needs_project: bool = True, separated: bool = False) -> QAction:
    """Add an action to the menu ``key``, before the File menu's closing Quit group.

    ``needs_project`` actions are enabled only while a project is open (the window
    follows the ``needs_project`` property); ``separated`` puts a separator before it.
    """
    host = window_host(window)
    action = QAction(text, host)
    action.triggered.connect(lambda _checked=False: slot())
    action.setProperty("needs_project", needs_project)
    menu = window_menu(host, key)
    anchor = _closing_separator(host, menu)
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


def _closing_separator(window: WindowHost, menu: QMenu) -> QAction | None:
    """The separator before the window's Quit action when ``menu`` holds it."""
    quit_action = window.actions_by_name.get("quit")
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


def open_feature(window: object, feature: FeatureWindow) -> QWidget | None:
    """Show ``feature`` for the window's project (deleted when closed); None without one."""
    context = feature_context(window)
    if context is None:
        return None
    widget = feature(context.project, context.hub, context.coder_name, context.jump_to,
                     window_host(window), translate_error=context.translate_error)
    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    widget.show()
    return widget
