"""The one runner for long work in the GUI: a Qt-free core function off the GUI thread.

Every export, import, merge, index build or other slow core call runs through
:func:`run_work`; there is no nested event loop and no ``processEvents()`` pumping.

API
---
``run_work(work, *, on_result, on_error=None, on_cancelled=None, on_progress=None,
on_finished=None, dialog=None, busy_cursor=False, parent=None) -> Job``

``work(progress, cancelled) -> T`` is called once on a thread of Qt's global thread pool:

* ``progress(done, total)`` reports how far it is; it may be called as often as the work
  likes (reports are coalesced: the GUI thread sees the latest one, never a backlog).
* ``cancelled() -> bool`` says whether the person asked to stop. The work checks it and
  then raises :class:`app.errors.Cancelled` (or ``ExportCancelled``), or returns early.
  A core function that only takes ``progress`` gets cancellation through
  :func:`stop_when`: its progress callback raises ``Cancelled`` once cancel was asked for.

Exactly one of these then runs **on the GUI thread**:

* ``on_result(value)`` with what ``work`` returned (a normal return is a result, even when
  Cancel was pressed too late for the work to notice);
* ``on_cancelled()`` when the work raised ``Cancelled``/``ExportCancelled``;
* ``on_error(error)`` with any other exception. Without ``on_error`` the error is given
  to ``sys.excepthook`` (the application's error log), never silently dropped.

``on_progress(done, total)`` runs on the GUI thread while the work runs and
``on_finished()`` after the one outcome callback.

With a ``parent`` widget that is deleted before the work ends (its window closed), none
of the outcome callbacks runs: there is nobody left to tell.

``dialog=ProgressOptions(title, label)`` shows a window-modal progress dialog with a
Cancel button (after ``minimum_ms``); ``busy_cursor=True`` shows the wait cursor while the
work runs. Both go away before the outcome callback runs.

The work starts at the next turn of the event loop; a job cancelled before that never
runs its work (and ends with ``on_cancelled``). The returned :class:`Job` lives on the GUI
thread: ``job.cancel()`` asks the work to stop, ``job.running`` / ``job.done`` tell its
state, its ``finished`` signal fires after the callbacks, and ``job.outcome``
(``"result"``, ``"error"``, ``"cancelled"``) says how it ended. Tests wait with
``qtbot.waitUntil(lambda: job.done)`` or ``qtbot.waitSignal(job.finished)``.

Databases: an SQLite connection must not be used by two threads. The work gets no
session: it calls core functions with the :class:`~app.core.project.Project`, and each of
those opens its own session (``project.reading()`` / ``project.writing()``) on the
worker's thread from the shared engine's pool. Never pass a Session or ORM row in.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    SignalInstance,
    Slot,
)
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from app.errors import Cancelled, ExportCancelled

CONTEXT = "BackgroundWork"
Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
T = TypeVar("T")
Work = Callable[[Progress, CancelCheck], T]
Outcome = Literal["result", "error", "cancelled"]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class ProgressOptions:
    """A window-modal progress dialog with Cancel while the work runs."""

    title: str
    label: str
    minimum_ms: int = 400
    cancellable: bool = True


class CancelToken:
    """Thread-safe: the GUI thread sets it, the work reads it."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


def stop_when(progress: Progress, cancelled: CancelCheck) -> Progress:
    """A progress callback that raises ``Cancelled`` once ``cancelled()`` is true, for core
    functions that take a progress callback but no cancel check."""

    def report(done: int, total: int) -> None:
        if cancelled():
            raise Cancelled()
        progress(done, total)

    return report


class _Signals(QObject):
    """Created on the GUI thread; emitted from the worker, so delivery is queued there."""

    progressed = Signal()
    ended = Signal()


_RUNNING: set[QObject] = set()  # keeps jobs alive until their callbacks ran


class Job(QObject, Generic[T]):
    """One run of a work function; see the module docstring."""

    finished = Signal()

    def __init__(self, work: Work[T], *, on_result: Callable[[T], None],
                 on_error: Callable[[BaseException], None] | None,
                 on_cancelled: Callable[[], None] | None,
                 on_progress: Progress | None,
                 on_finished: Callable[[], None] | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._on_result = on_result
        self._on_error = on_error
        self._on_cancelled = on_cancelled
        self._on_progress = on_progress
        self._on_finished = on_finished
        self.token = CancelToken()
        self._lock = threading.Lock()
        self._latest: tuple[int, int] | None = None
        self._value: T | None = None
        self._error: BaseException | None = None
        self._was_cancelled = False
        self.outcome: Outcome | None = None
        self.running = False
        self.done = False
        self.progress_dialog: QProgressDialog | None = None
        self._owner: QWidget | None = None  # the callbacks are skipped once it is deleted
        self._busy_cursor = False
        self._signals = _Signals()
        self._signals.progressed.connect(self._deliver_progress,
                                         Qt.ConnectionType.QueuedConnection)
        self._signals.ended.connect(self._deliver_outcome, Qt.ConnectionType.QueuedConnection)

    # --- GUI thread -------------------------------------------------------------------------

    def start(self) -> None:
        """Hand the work to the thread pool at the next turn of the event loop, so that a
        caller can still connect to the job, or cancel it before any of it runs."""
        self.running = True
        QTimer.singleShot(0, self, self._launch)

    @Slot()
    def _launch(self) -> None:
        # Qt wraps the callable in a runnable of its own, deleted by the pool after it ran.
        QThreadPool.globalInstance().start(self._run)

    def cancel(self) -> None:
        """Ask the work to stop; it ends with ``on_cancelled`` once it notices."""
        self.token.cancel()

    def show_progress(self, options: ProgressOptions, parent: QWidget | None) -> None:
        dialog = QProgressDialog(options.label, _tr("Cancel") if options.cancellable else "",
                                 0, 0, parent)
        dialog.setWindowTitle(options.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(options.minimum_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not options.cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.cancel)
        dialog.rejected.connect(self.cancel)  # Escape
        self.progress_dialog = dialog

    def show_busy_cursor(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._busy_cursor = True

    @Slot()
    def _deliver_progress(self) -> None:
        with self._lock:
            latest, self._latest = self._latest, None
        if latest is None or self.done:
            return
        done, total = latest
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(max(1, total))
            self.progress_dialog.setValue(min(max(0, done), max(1, total)))
        if self._on_progress is not None:
            self._on_progress(done, total)

    @Slot()
    def _deliver_outcome(self) -> None:
        self.running = False
        self._tidy_up()
        try:
            if self._owner is not None and not shiboken6.isValid(self._owner):
                # The window it was for is gone: nobody to tell.
                self.outcome = "cancelled" if self._was_cancelled else (
                    "error" if self._error is not None else "result")
            elif self._was_cancelled:
                self.outcome = "cancelled"
                if self._on_cancelled is not None:
                    self._on_cancelled()
            elif self._error is not None:
                self.outcome = "error"
                if self._on_error is not None:
                    self._on_error(self._error)
                else:
                    error = self._error
                    sys.excepthook(type(error), error, error.__traceback__)
            else:
                self.outcome = "result"
                self._on_result(self._value)  # type: ignore[arg-type]  # set by the work
        finally:
            self.done = True
            _RUNNING.discard(self)
            if self._on_finished is not None:
                self._on_finished()
            self.finished.emit()

    def _tidy_up(self) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None and shiboken6.isValid(dialog):  # gone with a closed window
            dialog.close()  # (its canceled signal now only sets the spent token)
            dialog.deleteLater()
        if self._busy_cursor:
            QApplication.restoreOverrideCursor()
            self._busy_cursor = False

    # --- worker thread ----------------------------------------------------------------------

    def _report(self, done: int, total: int) -> None:
        with self._lock:
            pending = self._latest is not None
            self._latest = (done, total)
        if not pending:
            self._emit(self._signals.progressed)

    def _run(self) -> None:
        try:
            if self.token.cancelled:
                raise Cancelled()
            self._value = self._work(self._report, self.token)
        except (Cancelled, ExportCancelled):
            self._was_cancelled = True
        except BaseException as error:  # handed to the GUI thread's on_error
            self._error = error
        finally:
            self._emit(self._signals.ended)

    @staticmethod
    def _emit(signal: SignalInstance) -> None:
        """Emit from the worker thread; when the window that owned the job was deleted
        meanwhile (closed, or the program quitting), its signals went with it and there is
        nobody left to tell."""
        with contextlib.suppress(RuntimeError):  # "Signal source has been deleted"
            signal.emit()


def run_work(work: Work[T], *, on_result: Callable[[T], None],
             on_error: Callable[[BaseException], None] | None = None,
             on_cancelled: Callable[[], None] | None = None,
             on_progress: Progress | None = None,
             on_finished: Callable[[], None] | None = None,
             dialog: ProgressOptions | None = None,
             busy_cursor: bool = False,
             parent: QWidget | None = None) -> Job[T]:
    """Start ``work`` off the GUI thread; see the module docstring. Call on the GUI thread."""
    job: Job[T] = Job(work, on_result=on_result, on_error=on_error,
                      on_cancelled=on_cancelled, on_progress=on_progress,
                      on_finished=on_finished)
    job._owner = parent  # noqa: SLF001 - set by its factory
    if dialog is not None:
        job.show_progress(dialog, parent)
    if busy_cursor:
        job.show_busy_cursor()
    _RUNNING.add(job)
    job.start()
    return job
