"""Run long, Qt-free work off the GUI thread behind a progress dialog that can cancel it.

Used by the REFI-QDA exchange, quote verification and agreement features: the work is a
function ``work(progress, cancel)`` (``progress(done, total)``, ``cancel() -> bool``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import Cancelled, ExportCancelled

CONTEXT = "BackgroundWork"
Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Work = Callable[[Progress, CancelCheck], Any]
_Result = TypeVar("_Result")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class BackgroundWork(QObject):
    """One run of ``work`` on its own thread. ``progressed`` while it runs, then ``ended``;
    afterwards ``result``, ``error`` (any exception, re-raised by the caller) or
    ``cancelled`` says how it went."""

    progressed = Signal(int, int)
    ended = Signal()

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = False
        self.worker_thread = QThread()
        self.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self._run)

    def start(self) -> None:
        self.worker_thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self) -> None:
        self.worker_thread.wait()

    def _run(self) -> None:
        try:
            self.result = self._work(self.progressed.emit, self._cancel.is_set)
        except (Cancelled, ExportCancelled):
            self.cancelled = True
        except BaseException as error:  # handed to the GUI thread, which re-raises it
            self.error = error
        finally:
            if self._cancel.is_set():
                self.cancelled = True
            self.ended.emit()
            self.worker_thread.quit()


class _ProgressRelay(QObject):
    """Lives on the GUI thread, so the worker's progress reaches the dialog there."""

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def advance(self, done: int, total: int) -> None:
        self._dialog.setMaximum(max(1, total))
        self._dialog.setValue(min(done, max(1, total)))


def run_with_progress(parent: QWidget | None, title: str, label: str,
                      work: Callable[[Progress, CancelCheck], _Result]) -> _Result | None:
    """Run ``work`` off the GUI thread while a progress dialog shows; wait for it.

    Returns the result, or None when the person cancelled; re-raises the work's error.
    """
    job = BackgroundWork(work)
    dialog = QProgressDialog(label, _tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    loop = QEventLoop()
    relay = _ProgressRelay(dialog)
    # Plain callables run on the GUI thread at once; ``job.cancel`` itself would be queued
    # to the worker's thread, whose event loop is busy running the work.
    dialog.canceled.connect(lambda: job.cancel())
    dialog.rejected.connect(lambda: job.cancel())  # Escape
    job.progressed.connect(relay.advance, Qt.ConnectionType.QueuedConnection)
    job.ended.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    job.start()
    loop.exec()
    job.wait()
    dialog.close()
    dialog.deleteLater()
    if job.error is not None:
        raise job.error
    result: _Result | None = None if job.cancelled else job.result
    return result
