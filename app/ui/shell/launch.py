"""Start the workbench: application, translator, project, main window; or a screenshot."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QInputDialog

from app.core.coders import list_coders
from app.core.project import Project
from app.errors import FileUnwritable, ProjectDamaged, ProjectLocked, TelaahError
from app.i18n import choose_language, translator_for
from app.ui.host.error_messages import show_error
from app.ui.shell import language_switch
from app.ui.shell.main_window import MainWindow, Translate
from app.ui.shell.open_choice import open_with_choice
from app.ui.shell.project_windows import handle_file_open_events, prepare_application
from app.ui.widgets.settings import store_coder, stored_coder, stored_language, user_settings
from app.ui.widgets.window_size import fit_window, keep_inside_screen

CONTEXT = "Launch"
WINDOW_SIZE = (1400, 900)
USER_ERROR = 2
# What the offscreen platform says about features it lacks; not a problem of Telaah.
PLATFORM_NOTE = "This plugin does not support "
MessageHandler = Callable[[QtMsgType, QMessageLogContext, str], Any]


def run_gui(
    project_path: Path | str | None,
    *,
    coder: str | None,
    language: str | None,
    screenshot: Path | None = None,
) -> int:
    """Show the main window and run the event loop; returns the exit code.

    ``project_path`` is a .telaah file or a PostgreSQL URL; None shows the welcome panel.
    With ``screenshot`` the window (1400×900) opens the first interview, is saved as a
    PNG there once the event loop has painted it, and closed again; a project that cannot be
    opened is then reported on stderr with exit code 2 instead of a message box.
    The platform follows ``QT_QPA_PLATFORM`` (``offscreen`` for headless screenshots).
    ``language`` None means the one chosen last in the app (View › Language), else the
    system's; ``coder`` None means the name given last, asked for on the very first start.
    """
    application = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "telaah"])
    assert isinstance(application, QApplication)
    QCoreApplication.setApplicationName("Telaah")
    prepare_application(application)  # window icon, desktop entry name
    language = language or stored_language() or choose_language()
    language_switch.install_translator(language)
    translate = translator_for(language)
    try:
        with _without_platform_notes():
            name = coder or stored_coder() or ("Tester" if screenshot
                                               else _ask_coder(project_path))
            if not name:
                return 0
            return _show(application, project_path, name, translate, screenshot, language)
    finally:
        language_switch.remove_translator()


def _open_for_screenshot(location: Path | str) -> Project:
    """A screenshot writes nothing: beside an open workbench it shows the project read-only."""
    try:
        return Project.open(location)
    except ProjectLocked:
        return Project.open(location, read_only=True)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def project_people(project_path: Path | str | None) -> list[tuple[str, str]]:
    """(name, role) of the coders and supervisors of the project about to open, read
    without writing anything; [] when there is none or it cannot be read yet."""
    if project_path is None:
        return []
    try:
        project = Project.open(project_path, read_only=True)
    except TelaahError:
        return []
    try:
        return [(coder.name, coder.role) for coder in list_coders(project)]
    except TelaahError:
        return []
    finally:
        project.close()


def coder_question(people: list[tuple[str, str]]) -> QInputDialog:
    """First start: who is coding? The project's coders and supervisors are offered; a new
    name can be typed."""
    dialog = QInputDialog()
    dialog.setWindowTitle(_tr("Welcome to Telaah"))
    if people:
        named = ", ".join(f"{name} ({_tr('supervisor') if role == 'supervisor' else _tr('coder')})"
                          for name, role in people)
        dialog.setLabelText(_tr(
            "Who are you? This project has: {people}. Choose your name or type a new one; "
            "it is stored with every segment you code.").format(people=named))
        dialog.setComboBoxItems([name for name, _role in people])
        dialog.setComboBoxEditable(True)
    else:
        dialog.setLabelText(_tr("Who is coding? Your name is stored with every segment you "
                                "code."))
    return dialog


def _ask_coder(project_path: Path | str | None = None) -> str | None:
    """First start: who is coding? Remembered for the next start."""
    dialog = coder_question(project_people(project_path))
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    name = dialog.textValue().strip()
    if accepted and name:
        store_coder(name)
        return name
    return None


def _show(
    application: QApplication,
    project_path: Path | str | None,
    coder: str,
    translate: Translate,
    screenshot: Path | None,
    language: str,
) -> int:
    project: Project | None = None
    damaged: ProjectDamaged | None = None
    if project_path is not None:
        try:
            project = (_open_for_screenshot(project_path) if screenshot is not None
                       else open_with_choice(None, project_path))
        except ProjectDamaged as error:
            if screenshot is not None:
                return _fail(error, translate)
            damaged = error
        except TelaahError as error:
            if screenshot is not None:
                return _fail(error, translate)
            show_error(None, error, translate)
    window = MainWindow(project, coder, translate, language=language,
                        features_after_paint=screenshot is None)
    if damaged is not None:
        QTimer.singleShot(0, lambda: window.offer_backups(damaged))
    window.resize(*WINDOW_SIZE)
    if screenshot is not None:
        return _save_screenshot(application, window, screenshot, translate)
    language_switch.connect(window)
    window.file_open_handler = handle_file_open_events(window)  # macOS Finder double-click
    settings = user_settings()
    geometry = settings.value("window/geometry")
    if geometry is not None and window.restoreGeometry(geometry):
        keep_inside_screen(window)  # saved on a bigger screen, or with a screen since gone
        window.show()
    else:
        fit_window(window, "main", WINDOW_SIZE)  # the size to come back to from maximised
        window.showMaximized()
    if settings.value("window/state") is not None:
        window.restoreState(settings.value("window/state"))
    return application.exec()


@contextmanager
def _without_platform_notes() -> Iterator[None]:
    """Drop the offscreen platform's notes; pass every other Qt message on as before."""
    previous: MessageHandler | None = None

    def handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message.startswith(PLATFORM_NOTE):
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handle)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _fail(error: TelaahError, translate: Translate) -> int:
    """The CLI's way of reporting: one translated line on stderr, exit code 2."""
    print(f"telaah: {translate('error')}: {error.message(translate)}", file=sys.stderr)
    return USER_ERROR


def _save_screenshot(
    application: QApplication, window: MainWindow, path: Path, translate: Translate
) -> int:
    """Show the window, let the event loop lay it out and paint it once, then grab it and
    leave the loop: no ``processEvents()`` pumping."""
    saved: list[bool] = []

    def grab() -> None:
        saved.append(window.grab().save(str(path)))
        application.exit(0)

    window.show()
    window.show_first_interview()
    QTimer.singleShot(0, grab)
    application.exec()
    # Closed outside the loop: closing the last window inside it would post a Quit event
    # that a later event loop (a dialog's) would receive.
    window.close()
    window.deleteLater()
    if not saved or not saved[0]:
        return _fail(FileUnwritable(path=path, detail="PNG"), translate)
    return 0
