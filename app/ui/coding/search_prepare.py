"""The project's search index, built in the background once the project is shown, so that
the first search need not build it (issue 19; the index itself is kept by the core, in
:mod:`app.core.search_index`, and found out of date there when a text changes)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from app.core.project import Project
from app.core.search_index import forget_search_index, prepare_search
from app.ui.widgets.work_runner import CancelCheck, Progress, run_work

# After a project is shown, wait this long (the window paints and settles first).
PREPARE_AFTER_MS = 500


def prepare_index_when_shown(window: QWidget) -> None:
    """Follow the window's ``project_shown``: build each shown project's index in the
    background, unless another project is shown by then or the window is gone."""
    shown = getattr(window, "project_shown", None)
    if shown is None:
        return
    previous: list[Project] = []

    def on_shown(project: Project | None) -> None:
        for other in previous:  # the window closed it: its index (~50 MB) goes too
            if other is not project:
                forget_search_index(other)
        previous[:] = [project] if project is not None else []
        _prepare_later(window, project)

    def on_destroyed() -> None:  # the window closed its project with it
        for other in previous:
            forget_search_index(other)
        previous.clear()

    shown.connect(on_shown)
    window.destroyed.connect(on_destroyed)


def _prepare_later(window: QWidget, project: Project | None) -> None:
    if project is None:
        return
    shown: Project = project

    def start() -> None:
        if getattr(window, "project", None) is not shown:
            return  # another project is shown by now

        def work(progress: Progress, cancelled: CancelCheck) -> None:
            prepare_search(shown, progress=progress, cancel=cancelled)

        # A failure is not shown here: the first search builds the index again and
        # reports what went wrong then.
        run_work(work, on_result=lambda _none: None, on_error=lambda _error: None,
                 parent=window)

    QTimer.singleShot(PREPARE_AFTER_MS, window, start)
