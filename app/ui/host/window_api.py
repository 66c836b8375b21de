"""The main window as features see it: a small typed interface.

Features (search, exchange, backups, review, agreement, the analysis stages) receive a
:class:`WindowHost` in their ``install(window)`` and through :mod:`app.ui.host.team_window`.
They never import :mod:`app.ui.shell.main_window`, whose
:class:`~app.ui.shell.main_window.MainWindow` implements it (and the shell's own
:class:`~app.ui.shell.shell_window.ShellWindow`), so no import runs from a feature up to
the shell and nobody reads the window's private attributes.

Both are abstract ``QMainWindow`` classes rather than ``typing.Protocol``: a feature also
uses the window as a widget (parent of its dialogs, owner of its actions), which a protocol
could not say.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from app.core.project import Project
from app.errors import TelaahError
from app.ui.host.change_hub import ChangeHub

if TYPE_CHECKING:
    from app.core.workbench import Workbench
    from app.ui.host.edit_history import EditHistory

Translate = Callable[[str], str]
# Top-level menus in the order they stand in the menu bar; features add to them by key.
MENU_ORDER = ("file", "edit", "view", "coding", "analysis", "review", "tools", "help")


def menu_title(key: str) -> str:
    """The translated title of a top-level menu (the main window names them the same)."""
    titles = {
        "file": QCoreApplication.translate("MainMenus", "&File"),
        "edit": QCoreApplication.translate("MainMenus", "&Edit"),
        "view": QCoreApplication.translate("MainMenus", "&View"),
        "coding": QCoreApplication.translate("MainMenus", "&Coding"),
        "analysis": QCoreApplication.translate("MainMenus", "&Analysis"),
        "review": QCoreApplication.translate("MainMenus", "&Review"),
        "tools": QCoreApplication.translate("MainMenus", "&Tools"),
        "help": QCoreApplication.translate("MainMenus", "&Help"),
    }
    return titles.get(key, key)


class WindowHost(QMainWindow):
    """What a feature may use of the window it is installed in.

    ``project_shown(project)`` follows every project shown (None: the start screen), after
    the workspace exists; ``segment_review_requested(segment_id)`` asks for a segment in
    the review window; ``actions_by_name`` holds the window's own menu actions by key.
    """

    project_shown = Signal(object)  # Project | None
    segment_review_requested = Signal(int)  # a segment id, from the transcript's menu
    actions_by_name: dict[str, QAction]
    # The language the window was built in ("id" / "en"; None: the person's choice).
    language: str | None = None
    # The open project's edit history (Edit › Undo); None on the start screen.
    history: EditHistory | None = None

    @property
    def project(self) -> Project | None:
        raise NotImplementedError

    @property
    def hub(self) -> ChangeHub | None:
        """The open project's change hub; None on the start screen."""
        raise NotImplementedError

    @property
    def workbench(self) -> Workbench | None:
        """The open project's core façade (its actions and undo history); None on the start
        screen or when the window has no coding view."""
        return None

    @property
    def coder_name(self) -> str:
        raise NotImplementedError

    @property
    def translator(self) -> Translate:
        """Maps error templates (and core texts) to the user's language."""
        raise NotImplementedError

    def menu(self, key: str, title: str) -> QMenu:
        """The top-level menu ``key`` (see MENU_ORDER), created with ``title`` if new."""
        raise NotImplementedError

    def add_stage_tab(self, title: str, widget: QWidget) -> None:
        raise NotImplementedError

    def remove_stage_tab(self, widget: QWidget) -> None:
        raise NotImplementedError

    def jump_to(self, source_id: int, start: int, end: int) -> None:
        """Show ``[start, end)`` of a source in the coding tab."""
        raise NotImplementedError

    def show_segment(self, segment_id: int) -> None:
        """Make a segment of the transcript shown (after ``jump_to``) the current one."""
        raise NotImplementedError

    def show_role(self, text: str) -> None:
        """Say in the status bar as whom the person works (coder or supervisor)."""
        raise NotImplementedError

    def set_review_comments(self, comment_for: Callable[[int], str | None]) -> None:
        """Where the transcript's margin finds a segment's last review comment."""
        raise NotImplementedError

    def open_project(self, location: Path | str) -> bool:
        raise NotImplementedError

    def close_project(self) -> None:
        raise NotImplementedError

    def report(self, error: TelaahError) -> None:
        """Show a core error as a translated message."""
        raise NotImplementedError

    def show_message(self, text: str) -> None:
        """A short note in the status bar."""
        raise NotImplementedError
