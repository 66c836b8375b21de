"""How the analysis and review windows run exports and long computations: through the one
runner (:mod:`app.ui.widgets.work_runner`), never on the GUI thread.

:func:`run_for` starts the work for a window; the runner calls back on the GUI thread
only while that window is still there. A core error (:class:`~app.errors.TelaahError`)
goes to the window's ``report`` (a translated message over it); anything else is a bug
and goes to the error log (``sys.excepthook``), never silently dropped. With ``progress``
a window-modal progress dialog (with Cancel) shows; without, the wait cursor.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from app.errors import TelaahError
from app.ui.widgets.work_runner import Job, ProgressOptions, Work, run_work

T = TypeVar("T")
Report = Callable[[TelaahError], None]

__all__ = ["Job", "ProgressOptions", "error_handler", "run_for"]


def error_handler(parent: QWidget, report: Report) -> Callable[[BaseException], None]:
    """An ``on_error`` for the runner: a TelaahError to ``report`` (while ``parent`` is
    there), any other exception to the error log."""

    def handle(error: BaseException) -> None:
        if not isinstance(error, TelaahError):
            sys.excepthook(type(error), error, error.__traceback__)
        elif isValid(parent):
            report(error)

    return handle


def run_for(parent: QWidget, work: Work[T], *, on_result: Callable[[T], None],
            report: Report, progress: ProgressOptions | None = None,
            on_cancelled: Callable[[], None] | None = None,
            on_finished: Callable[[], None] | None = None) -> Job[T]:
    """Run ``work(progress, cancelled)`` off the GUI thread for ``parent``; see the module
    docstring. ``on_finished`` runs after the outcome, whatever it was."""
    return run_work(work, on_result=on_result, on_error=error_handler(parent, report),
                    on_cancelled=on_cancelled, on_finished=on_finished,
                    dialog=progress, busy_cursor=progress is None, parent=parent)
