"""The main window's menus: its own File, Edit, View, Coding and Help actions; the
Analysis, Review and Tools menus exist from the start and features fill them."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu

from app.core.project_location import lacks_password, with_password
from app.ui.host.window_api import menu_title
from app.ui.shell import project_actions, user_guide
from app.ui.shell.shell_window import ShellWindow
from app.ui.widgets.settings import recent_projects

if TYPE_CHECKING:
    from app.ui.shell.workspace import Workspace

CONTEXT = "MainMenus"
LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def build_menus(window: ShellWindow) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}

    def add(menu: QMenu, name: str, text: str, slot: Callable[[], object],
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, *,
            needs_project: bool = False,
            edits: bool = False) -> QAction:
        """``edits``: the action changes the project, so a read-only window disables it."""
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        action.setProperty("needs_project", needs_project or edits)
        action.setProperty("edits_project", edits)
        menu.addAction(action)
        actions[name] = action
        return action

    def on_workspace(method: str) -> Callable[[], object]:
        def call() -> object:
            workspace: Workspace | None = window.workspace
            return getattr(workspace, method)() if workspace is not None else None
        return call

    file_menu = window.menu("file", _tr("&File"))
    add(file_menu, "new", _tr("&New project…"), lambda: project_actions.new_project(window),
        QKeySequence.StandardKey.New)
    add(file_menu, "open", _tr("&Open project…"), window.choose_project,
        QKeySequence.StandardKey.Open)
    add(file_menu, "demo", _tr("Open the &demo study…"), lambda: project_actions.open_demo(window))
    recent = file_menu.addMenu(_tr("&Recent projects"))
    recent.aboutToShow.connect(lambda: _fill_recent(window, recent))
    file_menu.addSeparator()
    add(file_menu, "import", _tr("&Import sources…"),
        lambda: project_actions.import_with_dialog(window), edits=True)
    add(file_menu, "sources", _tr("&Sources and informants…"),
        lambda: project_actions.edit_sources(window), edits=True)
    file_menu.addSeparator()
    add(file_menu, "quit", _tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)

    edit_menu = window.menu("edit", _tr("&Edit"))
    add(edit_menu, "undo", _tr("&Undo"), lambda: window.history and window.history.undo(),
        QKeySequence.StandardKey.Undo)
    redo = add(edit_menu, "redo", _tr("&Redo"),
               lambda: window.history and window.history.redo(), "Ctrl+Shift+Z")
    # Windows users press Ctrl+Y; Ctrl+Shift+Z stays first (shown in the menu).
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit_menu.addSeparator()
    add(edit_menu, "find", _tr("&Find in source…"), on_workspace("open_find"),
        QKeySequence.StandardKey.Find, needs_project=True)

    view_menu = window.menu("view", _tr("&View"))
    def show_others() -> None:
        if window.workspace:
            window.workspace.set_show_others(actions["show_others"].isChecked())

    others = add(view_menu, "show_others", _tr("Show &other coders' segments"), show_others,
                 needs_project=True)
    others.setCheckable(True)
    others.setChecked(True)
    language_menu = view_menu.addMenu(_tr("&Language"))
    group = QActionGroup(window)
    for code, label in LANGUAGES:
        action = add(language_menu, f"language_{code}", label,
                     partial(window.language_requested.emit, code))
        action.setCheckable(True)
        action.setChecked(code == (window.language or ""))
        group.addAction(action)

    coding = window.menu("coding", _tr("&Coding"))
    add(coding, "quick_code", _tr("&Quick code…"), on_workspace("quick_code"), "Ctrl+K",
        edits=True)
    add(coding, "in_vivo", _tr("&In-vivo code"), on_workspace("code_in_vivo"), "Ctrl+I",
        edits=True)
    add(coding, "code_again", _tr("Code &again with the last code"),
        on_workspace("code_again"), "Ctrl+L", edits=True)
    coding.addSeparator()
    add(coding, "change_code", _tr("&Change the segment's code…"),
        on_workspace("change_segment_code"), "Ctrl+Shift+K", edits=True)
    add(coding, "set_bounds", _tr("Set segment &boundaries to the selection"),
        on_workspace("set_segment_bounds"), "Ctrl+B", edits=True)
    add(coding, "memo", _tr("Segment &memo…"), on_workspace("edit_segment_memo"), "Ctrl+M",
        edits=True)
    add(coding, "delete_segment", _tr("&Delete segment"), on_workspace("delete_segment"),
        "Ctrl+Delete", edits=True)
    add(coding, "next_segment", _tr("&Next segment of this code"),
        on_workspace("next_segment"), "Alt+Down", needs_project=True)
    add(coding, "previous_segment", _tr("&Previous segment of this code"),
        on_workspace("previous_segment"), "Alt+Up", needs_project=True)
    coding.addSeparator()
    add(coding, "switch_coder", _tr("&Switch coder…"), lambda: _ask_coder(window))

    for key in ("analysis", "review", "tools"):
        window.menu(key, menu_title(key))
    help_menu = window.menu("help", menu_title("help"))
    add(help_menu, "user_guide", _tr("&User guide"), lambda: user_guide.show_guide(window),
        QKeySequence.StandardKey.HelpContents)
    add(help_menu, "cite", _tr("&Cite Telaah…"), lambda: _show_citation(window))
    add(help_menu, "about", _tr("&About Telaah"), lambda: _show_about(window))
    return actions


def _show_citation(window: ShellWindow) -> None:
    from app.ui.analysis.citation_dialog import show_citation

    window.citation_dialog = show_citation(window, window.translator)


def _show_about(window: ShellWindow) -> None:
    from app.ui.shell.about_dialog import show_about

    window.about_dialog = show_about(window)


def _ask_coder(window: ShellWindow) -> None:
    name, accepted = QInputDialog.getText(window, _tr("Switch coder"),
                                          _tr("Who is coding now?"), text=window.coder_name)
    if accepted:
        window.switch_coder(name)


def _fill_recent(window: ShellWindow, menu: QMenu) -> None:
    menu.clear()
    items = recent_projects()
    if not items:
        empty = menu.addAction(_tr("No recent projects"))
        empty.setEnabled(False)
    for location in items:
        action = menu.addAction(location)
        action.triggered.connect(lambda _checked=False, where=location:
                                 open_recent(window, where))


def open_recent(window: ShellWindow, location: str) -> bool:
    """Open a remembered project. Team projects are remembered without their password
    (it is never stored); it is asked for again."""
    if lacks_password(location):
        password, accepted = QInputDialog.getText(
            window, _tr("Team project"),
            _tr("Password for {location}:").format(location=location),
            QLineEdit.EchoMode.Password)
        if not accepted:
            return False
        location = with_password(location, password)
    from app.ui.shell.project_windows import open_in_window

    return open_in_window(window, location) is not None  # a second project: a second window
