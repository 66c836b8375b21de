"""One window per open project: opening a second project opens a second window.

Also what the application does once for all its windows: its icon and desktop-file name
(so launchers and Wayland compositors match the windows to ``org.telaah.Telaah.desktop``),
and macOS's "open this file" events (double-click in the Finder), which arrive as
``QFileOpenEvent`` rather than on the command line.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QFileOpenEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from app.errors import FileUnwritable, TelaahError
from app.resources import demo_location, icon_file
from app.ui.shell.shell_window import ShellWindow
from app.ui.widgets.work_runner import Job, ProgressOptions, run_work, stop_when

if TYPE_CHECKING:
    from app.core.project import Project

CONTEXT = "ProjectWindows"
DESKTOP_FILE = "org.telaah.Telaah"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
WINDOW_OFFSET = QPoint(32, 32)  # a further window, so that both can be seen

_windows: list[ShellWindow] = []  # further windows have no other Python owner


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def prepare_application(application: QGuiApplication) -> None:
    """The window icon for every window, and the name of the desktop entry."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_file(f"telaah-{size}.png")))
    application.setWindowIcon(icon)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE)


def open_in_window(window: ShellWindow, location: Path | str) -> ShellWindow | None:
    """Open ``location`` in ``window`` if it shows no project, else in a new window beside
    it (same coder and language). Returns the window showing it, None if not opened."""
    for shown in [window, *_windows]:
        project = shown.project
        if project is not None and _same(project.location, location):
            shown.raise_()
            shown.activateWindow()
            return shown
    if window.project is None:
        return window if window.open_project(location) else None
    other = new_window(window)
    if not other.open_project(location):
        other.close()
        return None
    other.show()
    return other


def new_window(window: ShellWindow) -> ShellWindow:
    """An empty window like ``window`` (coder, language), a little offset from it."""
    from app.ui.shell import language_switch

    other = window.sibling(None)
    language_switch.connect(other)
    other.resize(window.size())
    other.move(window.pos() + WINDOW_OFFSET)
    other.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _windows.append(other)
    other.destroyed.connect(lambda _object=None, kept=other: _forget(kept))
    return other


def show_in_window(window: ShellWindow, project: Project) -> ShellWindow:
    """Show a project just made (new, demo) in ``window``, or beside it in a new window if
    ``window`` already shows one."""
    target = window if window.project is None else new_window(window)
    target.show_project(project)
    if target is not window:
        target.show()
    return target


def open_demo_study(window: ShellWindow) -> Job[None] | ShellWindow | None:
    """The demo study in its usual place (as ``telaah gui --demo``). Built on first use off
    the GUI thread (the Job is returned; the study opens when it is done), else opened at
    once (the window showing it is returned)."""
    location = demo_location()
    if location.exists():
        return open_in_window(window, location)
    try:
        location.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        window.report(FileUnwritable(path=location.parent, detail=error.strerror or ""))
        return None

    def failed(error: BaseException) -> None:
        if isinstance(error, OSError):
            window.report(FileUnwritable(path=location.parent, detail=error.strerror or ""))
        elif isinstance(error, TelaahError):
            window.report(error)
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def built(_none: None) -> None:
        open_in_window(window, location)

    from app.core.demo import build_demo  # with the recordings and QDPX readers it uses

    return run_work(
        lambda progress, cancelled: build_demo(
            location, progress=stop_when(progress, cancelled)).close(),
        on_result=built, on_error=failed,
        dialog=ProgressOptions(QCoreApplication.applicationName(),
                               _tr("Building the demo study…"), minimum_ms=300),
        parent=window)


class FileOpenHandler(QObject):
    """Opens the projects macOS hands over with ``QFileOpenEvent`` (Finder double-click)."""

    def __init__(self, window: ShellWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path:
                open_in_window(self._active(), Path(path))
                return True
        return super().eventFilter(watched, event)

    def _active(self) -> ShellWindow:
        active = QApplication.activeWindow()
        return active if isinstance(active, ShellWindow) else self.window


def handle_file_open_events(window: ShellWindow) -> FileOpenHandler:
    handler = FileOpenHandler(window)
    application = QCoreApplication.instance()
    if application is not None:
        application.installEventFilter(handler)
    return handler


def open_windows() -> list[ShellWindow]:
    """The further windows opened here (not the first one), for tests and the shell."""
    return list(_windows)


def _forget(window: ShellWindow) -> None:
    if window in _windows:
        _windows.remove(window)


def _same(shown: str, location: Path | str) -> bool:
    if "://" in str(location) or "://" in shown:
        return shown == str(location)
    try:
        return Path(shown).resolve() == Path(location).resolve()
    except OSError:
        return False

