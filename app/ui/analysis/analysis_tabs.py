"""The analysis workflow as stage tabs of the main window: 2 reduction, 3 display,
4 conclusions (the coding workspace is stage 1), plus the coded-excerpts dialog.

``build_analysis_tabs`` makes the three tabs for one project; ``install`` hooks them into
a main window, rebuilding them whenever the window shows another project. In the window
each tab is a :class:`~app.ui.widgets.lazy_page.LazyPage`: its tab shows from the start,
its content (and the modules it needs) is built when the tab is first opened.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.core.project import Project
from app.i18n import choose_language, translator_for
from app.ui.host.analysis_context import AnalysisContext, Translate
from app.ui.host.change_hub import ChangeHub
from app.ui.host.team_window import window_host
from app.ui.host.window_api import WindowHost
from app.ui.widgets.lazy_page import LazyPage

if TYPE_CHECKING:
    from app.ui.analysis.excerpts_dialog import ExcerptsDialog

CONTEXT = "AnalysisTabs"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def build_analysis_tabs(
    project: Project,
    hub: ChangeHub,
    *,
    coder_name: str,
    jump_to: Callable[[int, int, int], None],
    parent: QWidget | None = None,
    translate_error: Translate | None = None,
    language: str | None = None,
) -> list[tuple[str, QWidget]]:
    """(title, widget) of the reduction, display and conclusion tabs, in stage order.

    ``language`` is the language of exported documents ("id" or "en"; default: the user's
    language); ``translate_error`` maps error templates to it.
    """
    chosen = language or choose_language()
    context = AnalysisContext(
        project=project, hub=hub, coder_name=coder_name, jump_to=jump_to,
        translate_error=translate_error or translator_for(chosen), language=chosen)
    return stage_tabs(context, parent)


def stage_tabs(context: AnalysisContext, parent: QWidget | None = None,
               ) -> list[tuple[str, QWidget]]:
    return [(title, build(context, parent)) for title, build in _stages()]


def _stages() -> list[tuple[str, Callable[[AnalysisContext, QWidget | None], QWidget]]]:
    return [(_tr("2 Data reduction"), _reduction), (_tr("3 Data display"), _display),
            (_tr("4 Conclusions"), _conclusions)]


# Each tab's module is imported when the tab is built (see LazyPage).
def _reduction(context: AnalysisContext, parent: QWidget | None) -> QWidget:
    from app.ui.analysis.reduction_tab import ReductionTab

    return ReductionTab(context, parent)


def _display(context: AnalysisContext, parent: QWidget | None) -> QWidget:
    from app.ui.analysis.display_tab import DisplayTab

    return DisplayTab(context, parent)


def _conclusions(context: AnalysisContext, parent: QWidget | None) -> QWidget:
    from app.ui.analysis.conclusion_tab import ConclusionTab

    return ConclusionTab(context, parent)


class AnalysisTabs(QObject):
    """The stage tabs installed in one window (a child of it): the tabs shown for its
    current project and the context they share (None on the start screen)."""

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.window = window
        self.widgets: list[LazyPage] = []
        self.context: AnalysisContext | None = None
        self.excerpts_action: QAction | None = None

    def show(self, project: Project | None) -> None:
        """Replace the tabs by those of ``project`` (none for the start screen)."""
        window = self.window
        for widget in self.widgets:
            if shiboken6.isValid(widget):  # else the window already deleted it
                window.remove_stage_tab(widget)
                widget.deleteLater()
        self.widgets, self.context = [], None
        hub = window.hub
        if project is None or hub is None:
            return
        # A window rebuilt in another language says so; else the person's language.
        language = window.language or choose_language()
        self.context = AnalysisContext(project=project, hub=hub, coder_name=window.coder_name,
                                       jump_to=window.jump_to,
                                       translate_error=window.translator, language=language,
                                       workbench=window.workbench)
        context = self.context
        for title, build in _stages():
            page = LazyPage(partial(build, context, None))
            window.add_stage_tab(title, page)
            self.widgets.append(page)

    def contents(self) -> list[QWidget]:
        """The reduction, display and conclusion tabs, built now where they were not yet."""
        return [page.content() for page in self.widgets]


def installed_tabs(window: QWidget) -> AnalysisTabs | None:
    return window.findChild(AnalysisTabs)


def open_excerpts_dialog(window: QWidget) -> ExcerptsDialog | None:
    tabs = installed_tabs(window)
    if tabs is None or tabs.context is None:
        return None
    # Loaded when first opened: the excerpt grouping it needs is not needed at start.
    from app.ui.analysis.excerpts_dialog import ExcerptsDialog

    dialog = ExcerptsDialog(tabs.context, window)
    dialog.show()
    return dialog


def install(window: QWidget) -> None:
    """Add the analysis tabs to ``window`` (a WindowHost) for every project it shows, and
    Analysis › Coded excerpts to Word… to its menu."""
    host = window_host(window)
    if installed_tabs(host) is not None:
        return
    tabs = AnalysisTabs(host)
    menu = host.menu("analysis", _tr("&Analysis"))
    action = QAction(_tr("Coded &excerpts to Word…"), host)
    action.triggered.connect(lambda: open_excerpts_dialog(host))
    action.setProperty("needs_project", True)
    menu.addAction(action)
    tabs.excerpts_action = action
    host.project_shown.connect(tabs.show)
    if host.project is not None:
        tabs.show(host.project)
