"""The main window: menus, stage tabs, status bar, and either the start screen or a project.

Features see it as a :class:`~app.ui.host.window_api.WindowHost` and the shell's helpers
as a :class:`~app.ui.host.window_api.ShellWindow` (see there for the API); features
install themselves through :data:`app.ui.shell.extensions.EXTENSIONS`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMenu,
    QSizePolicy,
    QTabWidget,
    QToolBar,
    QWidget,
)

from app.core.change_watch import ChangeMark, current_mark, poll_changes
from app.core.project import Project
from app.core.project_info import get_project_info
from app.core.workbench import Workbench
from app.errors import ProjectDamaged, TelaahError
from app.ui.host.change_hub import ChangeHub
from app.ui.host.edit_history import EditHistory
from app.ui.host.error_messages import show_error
from app.ui.host.window_api import MENU_ORDER, Translate
from app.ui.shell import extensions
from app.ui.shell.main_menus import build_menus, open_recent
from app.ui.shell.open_choice import open_with_choice
from app.ui.shell.project_actions import import_paths
from app.ui.shell.project_windows import open_demo_study, open_in_window
from app.ui.shell.shell_window import ShellWindow
from app.ui.shell.welcome_panel import WelcomePanel
from app.ui.shell.workspace import Workspace
from app.ui.widgets.conflict_dialog import ask_overwrite
from app.ui.widgets.settings import remember_project, store_coder, user_settings

if TYPE_CHECKING:
    from app.ui.shell.project_windows import FileOpenHandler

__all__ = ["MENU_ORDER", "MainWindow", "Translate"]

CONTEXT = "MainWindow"
STATUS_TIMEOUT_MS = 8000
POLL_INTERVAL_MS = 3000


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class MainWindow(ShellWindow):
    """Owns the open project and closes it when another is opened or the window closes.

    ``translator`` maps error templates to the user's language (``app.i18n.translator_for``);
    every other string goes through ``QCoreApplication.translate``.
    """

    # Kept so that Python does not collect it while it is listening.
    file_open_handler: FileOpenHandler

    def __init__(
        self,
        project: Project | None,
        coder_name: str,
        translator: Translate,
        parent: QWidget | None = None,
        *,
        language: str | None = None,
        features_after_paint: bool = False,
    ) -> None:
        super().__init__(parent)
        self._translator = translator
        self.language = language
        self._coder_name = coder_name
        self._project: Project | None = None
        self._menus: dict[str, QMenu] = {}
        self.workspace: Workspace | None = None
        self.welcome: WelcomePanel | None = None
        self.tabs: QTabWidget | None = None
        self.history: EditHistory | None = None
        self._mark: ChangeMark | None = None
        self.actions_by_name = build_menus(self)
        self.read_only_bar = self._make_read_only_bar()
        self.coder_label = QLabel(self)
        self.coder_label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.coder_label)
        self._update_coder_label()
        self.setAcceptDrops(True)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_INTERVAL_MS)
        self.poll_timer.timeout.connect(self.poll_now)
        # telaah gui: the menu-only features after the first paint (see extensions).
        extensions.install_features(self, later_after_paint=features_after_paint,
                                    on_later=self.update_project_actions)
        self.show_project(project)

    # --- API for other features -----------------------------------------------------------

    @property
    def project(self) -> Project | None:
        return self._project

    @property
    def hub(self) -> ChangeHub | None:
        return self.workspace.hub if self.workspace is not None else None

    @property
    def workbench(self) -> Workbench | None:
        return self.workspace.workbench if self.workspace is not None else None

    @property
    def coder_name(self) -> str:
        return self._coder_name

    @property
    def translator(self) -> Translate:
        return self._translator

    def menu(self, key: str, title: str) -> QMenu:
        """The top-level menu ``key``, created (in MENU_ORDER) with ``title`` if new."""
        existing = self._menus.get(key)
        if existing is not None:
            return existing
        menu = QMenu(title, self)
        rank = MENU_ORDER.index(key) if key in MENU_ORDER else len(MENU_ORDER)
        before = next((m for k, m in self._menus.items()
                       if (MENU_ORDER.index(k) if k in MENU_ORDER else len(MENU_ORDER)) > rank),
                      None)
        if before is not None:
            self.menuBar().insertMenu(before.menuAction(), menu)
        else:
            self.menuBar().addMenu(menu)
        self._menus[key] = menu
        return menu

    def add_stage_tab(self, title: str, widget: QWidget) -> None:
        if self.tabs is None:
            raise RuntimeError("add_stage_tab needs an open project (see project_shown)")
        self.tabs.addTab(widget, title)

    def remove_stage_tab(self, widget: QWidget) -> None:
        if self.tabs is not None and self.tabs.indexOf(widget) > 0:
            self.tabs.removeTab(self.tabs.indexOf(widget))

    def jump_to(self, source_id: int, start: int, end: int) -> None:
        """Show the coding tab with ``[start, end)`` (code points) of a source selected."""
        if self.workspace is None or self.tabs is None:
            return
        self.tabs.setCurrentIndex(0)
        self.workspace.show_span(source_id, start, end)

    def show_segment(self, segment_id: int) -> None:
        if self.workspace is not None:
            self.workspace.transcript.view.choose_segment(segment_id)

    def show_role(self, text: str) -> None:
        self.coder_label.setText(text)

    def set_review_comments(self, comment_for: Callable[[int], str | None]) -> None:
        if self.workspace is not None:
            view = self.workspace.transcript.view
            # An optional hook the margin's tooltip reads with getattr; the view declares none.
            view.review_comment_for = comment_for  # type: ignore[attr-defined]

    # --- projects -------------------------------------------------------------------------

    def choose_project(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _tr("Open project"), "", _tr("Telaah projects (*.telaah);;All files (*)")
        )
        if path:
            open_in_window(self, Path(path))  # a second project opens a second window

    def open_project(self, location: Path | str) -> bool:
        """Open another project in this window; on error keep the current one."""
        try:
            project = open_with_choice(self, location)
        except ProjectDamaged as damaged:
            self.offer_backups(damaged)
            return False
        except TelaahError as error:
            self.report(error)
            return False
        if project is None:  # locked by another session and the person cancelled
            return False
        self.show_project(project)
        return True

    def close_project(self) -> None:
        """Close the open project and show the start screen."""
        self.show_project(None)

    def take_project(self) -> Project | None:
        """Hand the open project to someone else (a rebuilt window); shows nothing."""
        project, self._project = self._project, None
        return project

    def sibling(self, project: Project | None, *, translator: Translate | None = None,
                language: str | None = None) -> MainWindow:
        return MainWindow(project, self._coder_name, translator or self._translator,
                          language=language or self.language)

    def show_project(self, project: Project | None) -> None:
        previous = self._project
        self._project = project
        self.poll_timer.stop()
        if project is None:
            self.workspace = self.tabs = self.history = None
            self.welcome = WelcomePanel(self)
            self.welcome.open_requested.connect(self.choose_project)
            self.welcome.project_chosen.connect(lambda where: open_recent(self, where))
            self.welcome.create_requested.connect(self.actions_by_name["new"].trigger)
            self.welcome.demo_requested.connect(lambda: open_demo_study(self))
            self.welcome.guide_requested.connect(self.actions_by_name["user_guide"].trigger)
            self.setCentralWidget(self.welcome)
            self.setWindowTitle("Telaah")
        else:
            self.welcome = None
            self.workspace = Workspace(project, self._coder_name, self)
            self.history = self.workspace.history
            self.history.confirm_overwrite = lambda conflict: ask_overwrite(
                self, conflict, self.translator)
            self.workspace.message.connect(self.show_message)
            self.workspace.failed.connect(self.report)
            self.workspace.review_requested.connect(self.segment_review_requested)
            self.history.changed.connect(self._update_undo_actions)
            splitter = user_settings().value("window/splitter")
            if splitter is not None:
                self.workspace.restoreState(splitter)
            self.tabs = QTabWidget(self)
            self.tabs.setDocumentMode(True)
            self.tabs.addTab(self.workspace, _tr("1 Coding"))
            self.setCentralWidget(self.tabs)
            title = get_project_info(project).title or project.location
            if project.read_only:
                title = _tr("{title} (read-only)").format(title=title)
            self.setWindowTitle(f"{title} — Telaah")
            remember_project(project.location)
            self._mark = current_mark(project)
            if project.is_shared:
                self.poll_timer.start()
        read_only = project is not None and project.read_only
        self.read_only_bar.setVisible(read_only)
        self._update_undo_actions()
        self.update_project_actions()
        if previous is not None and previous is not project:
            previous.close()
        self.project_shown.emit(project)

    def update_project_actions(self) -> None:
        """Enable the window's and its features' actions that need a (writable) project."""
        project = self._project
        read_only = project is not None and project.read_only
        for action in self.findChildren(QAction):
            if action.property("needs_project"):
                action.setEnabled(project is not None
                                  and not (read_only and action.property("edits_project")))

    def show_first_interview(self) -> bool:
        return self.workspace is not None and self.workspace.show_first_interview()

    def poll_now(self) -> None:
        """Publish what others changed in the project since the last look."""
        if self._project is None or self._mark is None or self.hub is None:
            return
        try:
            changes, self._mark = poll_changes(self._project, since=self._mark)
        except TelaahError as error:
            self.poll_timer.stop()
            self.report(error)
            return
        self.hub.publish(changes)

    # --- coder ----------------------------------------------------------------------------

    def switch_coder(self, name: str) -> None:
        """Code as someone else from now on; the project view is rebuilt for them."""
        name = name.strip()
        if not name or name == self._coder_name:
            return
        self._coder_name = name
        store_coder(name)
        self._update_coder_label()
        if self._project is not None:
            self.show_project(self._project)

    def _update_coder_label(self) -> None:
        self.coder_label.setText(_tr("Coder: {name}").format(name=self._coder_name))

    # --- undo -----------------------------------------------------------------------------

    def _update_undo_actions(self) -> None:
        undo, redo = self.actions_by_name["undo"], self.actions_by_name["redo"]
        read_only = self._project is not None and self._project.read_only
        stack = self.history.stack if self.history is not None and not read_only else None
        undo_name = stack.undo_name if stack else None
        redo_name = stack.redo_name if stack else None
        undo.setEnabled(undo_name is not None)
        redo.setEnabled(redo_name is not None)
        undo.setText(_tr("&Undo {action}").format(action=undo_name) if undo_name
                     else _tr("&Undo"))
        redo.setText(_tr("&Redo {action}").format(action=redo_name) if redo_name
                     else _tr("&Redo"))

    # --- read-only ------------------------------------------------------------------------

    def _make_read_only_bar(self) -> QToolBar:
        """The bar under the menu that says the open project cannot be changed."""
        bar = QToolBar(_tr("Read-only"), self)
        bar.setObjectName("read_only_bar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        bar.toggleViewAction().setVisible(False)
        bar.setStyleSheet("QToolBar { background: #FFF4CE; border-bottom: 1px solid #E0C36A; }")
        label = QLabel(_tr("Read-only: nothing can be changed or saved in this window "
                           "(the project is open in another session). Coding, memos and "
                           "imports are switched off; reading, searching and exporting work."),
                       bar)
        label.setObjectName("read_only_message")
        label.setToolTip(label.text())  # whole, should a narrow window cut the line
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        label.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(label)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        bar.setVisible(False)
        return bar

    # --- importing by drag and drop -------------------------------------------------------

    @staticmethod
    def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        data = event.mimeData()
        if not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if (self._project is not None and not self._project.read_only
                and self._dropped_files(event)):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_files(event)
        if self._project is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        import_paths(self, paths)

    # --- feedback -------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def offer_backups(self, damaged: ProjectDamaged) -> None:
        """A damaged project file: offer its backups; restoring one opens it here."""
        from app.ui.shell.backup_dialog import offer_backups_of_damaged

        self.backup_offer = offer_backups_of_damaged(
            self, damaged, lambda location: bool(self.open_project(location)),
            self._translator)

    def report(self, error: TelaahError) -> None:
        show_error(self, error, self._translator)

    def save_layout(self) -> None:
        settings = user_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        if self.workspace is not None:
            settings.setValue("window/splitter", self.workspace.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.poll_timer.stop()
        if self._project is not None:
            self._project.close()
            self._project = None
        super().closeEvent(event)
