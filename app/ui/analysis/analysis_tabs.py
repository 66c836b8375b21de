"""The analysis workflow as stage tabs of the main window: 2 reduction, 3 display,
4 conclusions (the coding workspace is stage 1), plus the coded-excerpts dialog.

``build_analysis_tabs`` makes the three tabs for one project; ``install`` hooks them into
a main window, rebuilding them whenever the window shows another project.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QWidget

from app.core.project import Project
from app.i18n import choose_language, translator_for
from app.ui.analysis.analysis_context import AnalysisContext, Translate
from app.ui.analysis.conclusion_tab import ConclusionTab
from app.ui.analysis.display_tab import DisplayTab
from app.ui.analysis.excerpts_dialog import ExcerptsDialog
from app.ui.analysis.reduction_tab import ReductionTab
from app.ui.shell.change_hub import ChangeHub

CONTEXT = "AnalysisTabs"
_INSTALLED = "_telaah_analysis_tabs"


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
    return [
        (_tr("2 Data reduction"), ReductionTab(context, parent)),
        (_tr("3 Data display"), DisplayTab(context, parent)),
        (_tr("4 Conclusions"), ConclusionTab(context, parent)),
    ]


def open_excerpts_dialog(window: Any) -> ExcerptsDialog | None:
    state = getattr(window, _INSTALLED, None)
    if state is None or state.get("context") is None:
        return None
    dialog = ExcerptsDialog(state["context"], window)
    dialog.show()
    return dialog


def install(window: Any) -> None:
    """Add the analysis tabs to ``window`` for every project it shows.

    Uses the window's ``add_stage_tab``, ``project_shown``, ``hub``, ``coder_name``,
    ``jump_to`` and ``menu`` when they are there; does nothing harmful when one is missing.
    """
    if getattr(window, _INSTALLED, None) is not None:
        return
    state: dict[str, Any] = {"widgets": [], "context": None}
    setattr(window, _INSTALLED, state)

    def show(project: Project | None) -> None:
        _remove(window, state["widgets"])
        state["widgets"], state["context"] = [], None
        hub = getattr(window, "hub", None)
        add = getattr(window, "add_stage_tab", None)
        if project is None or hub is None or add is None:
            return
        language = getattr(window, "language", None) or choose_language()
        translate = (getattr(window, "translator", None) or getattr(window, "_translator", None)
                     or translator_for(language))
        jump = getattr(window, "jump_to", None) or (lambda _s, _a, _b: None)
        coder = str(getattr(window, "coder_name", None) or getattr(window, "_coder_name", ""))
        context = AnalysisContext(project=project, hub=hub, coder_name=coder, jump_to=jump,
                                  translate_error=translate, language=language)
        state["context"] = context
        for title, widget in stage_tabs(context):
            add(title, widget)
            state["widgets"].append(widget)

    menu_for = getattr(window, "menu", None)
    if callable(menu_for):
        menu = menu_for("analysis", _tr("&Analysis"))
        action = QAction(_tr("Coded &excerpts to Word…"), window)
        action.triggered.connect(lambda: open_excerpts_dialog(window))
        action.setProperty("needs_project", True)
        menu.addAction(action)
        state["excerpts_action"] = action
    signal = getattr(window, "project_shown", None)
    if signal is not None:
        signal.connect(show)
    if getattr(window, "project", None) is not None:
        show(window.project)


def _remove(window: Any, widgets: list[QWidget]) -> None:
    remove = getattr(window, "remove_stage_tab", None)
    for widget in widgets:
        if not shiboken6.isValid(widget):  # the window already deleted it
            continue
        if callable(remove):
            remove(widget)
        else:
            holder = widget.parentWidget()
            while holder is not None and not isinstance(holder, QTabWidget):
                holder = holder.parentWidget()
            if holder is not None and holder.indexOf(widget) >= 0:
                holder.removeTab(holder.indexOf(widget))
        widget.deleteLater()
