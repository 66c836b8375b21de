"""The main window as the shell's own helper modules see it.

Menus, project actions, further windows and the language switch get a :class:`ShellWindow`:
a feature's :class:`~app.ui.host.window_api.WindowHost` plus what only the shell touches.
:class:`~app.ui.shell.main_window.MainWindow` implements it; the helpers never import the
main window itself, so no import cycle runs through it.

An abstract ``QMainWindow`` rather than a ``typing.Protocol``, like ``WindowHost``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from app.core.project import Project
from app.ui.host.window_api import Translate, WindowHost

if TYPE_CHECKING:
    from app.ui.shell.welcome_panel import WelcomePanel
    from app.ui.shell.workspace import Workspace


class ShellWindow(WindowHost):
    """What the shell's own helper modules use of the main window besides a feature's API."""

    language_requested = Signal(str)  # "id" / "en", from View › Language
    workspace: Workspace | None
    welcome: WelcomePanel | None
    tabs: QTabWidget | None
    # Kept so that Python does not collect them while they are shown.
    citation_dialog: QWidget
    about_dialog: QWidget

    def show_project(self, project: Project | None) -> None:
        """Show ``project`` here (None: the start screen), closing the one shown before."""
        raise NotImplementedError

    def take_project(self) -> Project | None:
        """Hand the open project to someone else (a rebuilt window); shows nothing."""
        raise NotImplementedError

    def choose_project(self) -> None:
        raise NotImplementedError

    def switch_coder(self, name: str) -> None:
        raise NotImplementedError

    def show_first_interview(self) -> bool:
        raise NotImplementedError

    def sibling(self, project: Project | None, *, translator: Translate | None = None,
                language: str | None = None) -> ShellWindow:
        """A new window of the same kind for the same coder (another project, another
        language); not shown yet."""
        raise NotImplementedError
