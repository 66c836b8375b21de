"""The main window: menus, status bar, and either the welcome panel or a workspace."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QWidget

from app.core.project import Project
from app.core.project_info import get_project_info
from app.errors import TelaahError
from app.ui.error_messages import show_error
from app.ui.welcome_panel import WelcomePanel
from app.ui.workspace import Workspace

CONTEXT = "MainWindow"
STATUS_TIMEOUT_MS = 8000
Translate = Callable[[str], str]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class MainWindow(QMainWindow):
    """Owns the open project and closes it when another is opened or the window closes.

    ``translator`` maps error templates to the user's language (``app.i18n.translator_for``);
    every other string goes through ``QCoreApplication.translate`` and the installed
    :class:`~app.ui.catalogue_translator.CatalogueTranslator`.
    """

    def __init__(
        self,
        project: Project | None,
        coder_name: str,
        translator: Translate,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._translator = translator
        self._coder_name = coder_name
        self._project: Project | None = None
        self.workspace: Workspace | None = None
        self.welcome: WelcomePanel | None = None
        self._build_menus()
        self.coder_label = QLabel(_tr("Coder: {name}").format(name=coder_name), self)
        self.coder_label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.coder_label)
        self._show_project(project)

    @property
    def project(self) -> Project | None:
        return self._project

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(_tr("&File"))
        self.open_action = QAction(_tr("&Open project…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_project)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        self.quit_action = QAction(_tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

    # --- projects -------------------------------------------------------------------------

    def choose_project(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _tr("Open project"), "", _tr("Telaah projects (*.telaah);;All files (*)")
        )
        if path:
            self.open_project(Path(path))

    def open_project(self, location: Path | str) -> bool:
        """Open another project in this window; on error keep the current one."""
        try:
            project = Project.open(location)
        except TelaahError as error:
            self.report(error)
            return False
        self._show_project(project)
        return True

    def _show_project(self, project: Project | None) -> None:
        previous = self._project
        self._project = project
        if project is None:
            self.workspace = None
            self.welcome = WelcomePanel(self)
            self.welcome.open_requested.connect(self.choose_project)
            self.setCentralWidget(self.welcome)
            self.setWindowTitle("Telaah")
        else:
            self.welcome = None
            self.workspace = Workspace(project, self._coder_name, self)
            self.workspace.message.connect(self.show_message)
            self.workspace.failed.connect(self.report)
            self.setCentralWidget(self.workspace)
            title = get_project_info(project).title or project.location
            self.setWindowTitle(f"{title} — Telaah")
        if previous is not None and previous is not project:
            previous.close()

    def show_first_interview(self) -> bool:
        return self.workspace is not None and self.workspace.show_first_interview()

    # --- feedback -------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def report(self, error: TelaahError) -> None:
        show_error(self, error, self._translator)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._project is not None:
            self._project.close()
            self._project = None
        super().closeEvent(event)
