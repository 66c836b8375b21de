"""The one runner for long work: result, error, cancel and progress reach the GUI thread,
the work runs on another thread, and the GUI thread keeps handling events meanwhile."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QThread, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.core.changes import Changes
from app.core.project import Project
from app.core.sources import import_sources, list_sources
from app.errors import Cancelled, ExportCancelled
from app.ui.widgets.work_runner import (
    CancelCheck,
    Progress,
    ProgressOptions,
    run_work,
    stop_when,
)

WAIT_MS = 10_000


def _gui_thread() -> QThread:
    application = QApplication.instance()
    assert application is not None
    return application.thread()


def test_the_result_arrives_on_the_gui_thread_from_another_thread(qtbot: QtBot) -> None:
    worker_threads: list[int] = []
    seen: list[tuple[int, bool]] = []

    def work(_progress: Progress, _cancelled: CancelCheck) -> int:
        worker_threads.append(threading.get_ident())
        return 42

    job = run_work(work, on_result=lambda value: seen.append(
        (value, QThread.currentThread() is _gui_thread())))
    assert not job.done
    qtbot.waitUntil(lambda: job.done, timeout=WAIT_MS)
    assert seen == [(42, True)]
    assert worker_threads and worker_threads[0] != threading.get_ident()
    assert job.outcome == "result" and not job.running


def test_an_error_reaches_on_error_and_nothing_else(qtbot: QtBot) -> None:
    errors: list[BaseException] = []
    results: list[object] = []

    def work(_progress: Progress, _cancelled: CancelCheck) -> int:
        raise ValueError("boom")

    job = run_work(work, on_result=results.append, on_error=errors.append,
                   on_cancelled=lambda: results.append("cancelled"))
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS):
        pass
    assert results == []
    assert len(errors) == 1 and isinstance(errors[0], ValueError) and str(errors[0]) == "boom"
    assert job.outcome == "error"


def test_an_error_without_on_error_goes_to_the_excepthook(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
) -> None:
    hooked: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda _kind, error, _tb: hooked.append(error))

    def work(_progress: Progress, _cancelled: CancelCheck) -> None:
        raise KeyError("lost")

    job = run_work(work, on_result=lambda _value: None)
    qtbot.waitUntil(lambda: job.done, timeout=WAIT_MS)
    assert len(hooked) == 1 and isinstance(hooked[0], KeyError)


def _until_cancelled(progress: Progress, cancelled: CancelCheck) -> str:
    deadline = time.monotonic() + 10
    done = 0
    while time.monotonic() < deadline:
        if cancelled():
            raise Cancelled()
        done += 1
        progress(done, 1_000_000)
        time.sleep(0.002)
    return "ran to the end"


def test_cancel_stops_the_work_and_calls_on_cancelled(qtbot: QtBot) -> None:
    outcomes: list[str] = []
    job = run_work(_until_cancelled, on_result=outcomes.append,
                   on_cancelled=lambda: outcomes.append("cancelled"),
                   on_finished=lambda: outcomes.append("finished"))
    QTimer.singleShot(50, job.cancel)
    started = time.monotonic()
    qtbot.waitUntil(lambda: job.done, timeout=WAIT_MS)
    assert time.monotonic() - started < 5
    assert outcomes == ["cancelled", "finished"]
    assert job.outcome == "cancelled"


def test_an_export_cancelled_error_counts_as_cancelled(qtbot: QtBot, tmp_path: Path) -> None:
    outcomes: list[str] = []

    def work(_progress: Progress, _cancelled: CancelCheck) -> None:
        raise ExportCancelled(path=tmp_path / "x.docx")

    job = run_work(work, on_result=lambda _v: outcomes.append("result"),
                   on_error=lambda _e: outcomes.append("error"),
                   on_cancelled=lambda: outcomes.append("cancelled"))
    qtbot.waitUntil(lambda: job.done, timeout=WAIT_MS)
    assert outcomes == ["cancelled"]


def test_progress_reaches_the_gui_thread_in_order_and_coalesced(qtbot: QtBot) -> None:
    reports: list[tuple[int, int, bool]] = []
    steps = 20_000

    def work(progress: Progress, _cancelled: CancelCheck) -> int:
        for done in range(1, steps + 1):
            progress(done, steps)
        return steps

    job = run_work(work, on_result=lambda _v: None, on_progress=lambda done, total: reports.append(
        (done, total, QThread.currentThread() is _gui_thread())))
    qtbot.waitUntil(lambda: job.done, timeout=WAIT_MS)
    assert reports, "no progress arrived"
    assert all(on_gui and total == steps for _done, total, on_gui in reports)
    dones = [done for done, _total, _on_gui in reports]
    assert dones == sorted(dones)
    assert len(reports) < steps  # coalesced: the GUI thread is not flooded


def test_the_gui_thread_stays_responsive_while_the_work_runs(qtbot: QtBot) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    release = threading.Event()

    def work(_progress: Progress, _cancelled: CancelCheck) -> str:
        # Busy for a while (holding the GIL between sleeps, like parsing would) ...
        deadline = time.monotonic() + 0.6
        while time.monotonic() < deadline and not release.is_set():
            sum(range(2000))
        return "done"

    job = run_work(work, on_result=lambda _v: None)
    qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=WAIT_MS)
    assert job.running, "the timer ticked only after the work ended"
    release.set()
    qtbot.waitUntil(lambda: job.done, timeout=WAIT_MS)
    timer.stop()


def test_the_progress_dialogs_cancel_button_cancels(qtbot: QtBot) -> None:
    outcomes: list[str] = []
    job = run_work(_until_cancelled, on_result=outcomes.append,
                   on_cancelled=lambda: outcomes.append("cancelled"),
                   dialog=ProgressOptions("Work", "Working…", minimum_ms=0))
    dialog = job.progress_dialog
    assert isinstance(dialog, QProgressDialog) and dialog.windowTitle() == "Work"
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=WAIT_MS)
    button = dialog.findChild(QPushButton)
    assert button is not None
    button.click()
    qtbot.waitUntil(lambda: job.done, timeout=WAIT_MS)
    assert outcomes == ["cancelled"] and job.progress_dialog is None


def test_the_busy_cursor_shows_while_the_work_runs(qtbot: QtBot) -> None:
    gate = threading.Event()
    job = run_work(lambda _p, _c: gate.wait(WAIT_MS / 1000), on_result=lambda _v: None,
                   busy_cursor=True)
    assert QApplication.overrideCursor() is not None
    gate.set()
    qtbot.waitUntil(lambda: job.done, timeout=WAIT_MS)
    assert QApplication.overrideCursor() is None


def test_stop_when_turns_a_progress_callback_into_a_cancel_point() -> None:
    seen: list[tuple[int, int]] = []
    stop = threading.Event()
    report = stop_when(lambda done, total: seen.append((done, total)), stop.is_set)
    report(1, 3)
    stop.set()
    with pytest.raises(Cancelled):
        report(2, 3)
    assert seen == [(1, 3)]


def test_a_core_import_runs_in_a_worker_with_its_own_session(
    qtbot: QtBot, empty_project: Project, tmp_path: Path,
) -> None:
    """SQLite connections are per thread: the worker's core calls open their own sessions,
    and the GUI thread reads the committed result afterwards."""
    files = []
    for number in range(3):
        path = tmp_path / f"interview-{number}.txt"
        path.write_text(f"I: Question {number}?\nR: Answer {number}.\n", encoding="utf-8")
        files.append(path)
    results: list[Changes] = []
    errors: list[BaseException] = []
    job = run_work(lambda progress, cancelled: import_sources(
        empty_project, paths=files, progress=stop_when(progress, cancelled)),
        on_result=results.append, on_error=errors.append)
    qtbot.waitUntil(lambda: job.done, timeout=WAIT_MS)
    assert errors == []
    assert len(results) == 1 and len(results[0].sources) == 3
    assert sorted(source.title for source in list_sources(empty_project)) == [
        "interview-0", "interview-1", "interview-2"]


def test_a_cancelled_core_import_changes_nothing(
    qtbot: QtBot, empty_project: Project, tmp_path: Path,
) -> None:
    files = []
    for number in range(3):
        path = tmp_path / f"talk-{number}.txt"
        path.write_text(f"I: Question {number}?\n", encoding="utf-8")
        files.append(path)
    outcomes: list[str] = []
    holder: list[object] = []

    def cancel_at_first_step(progress: Progress, cancelled: CancelCheck) -> Changes:
        def report(done: int, total: int) -> None:
            job = holder[0]
            job.cancel()  # type: ignore[attr-defined]  # the Job, set before it runs
            stop_when(progress, cancelled)(done, total)
        return import_sources(empty_project, paths=files, progress=report)

    gate = threading.Event()

    def work(progress: Progress, cancelled: CancelCheck) -> Changes:
        gate.wait(WAIT_MS / 1000)
        return cancel_at_first_step(progress, cancelled)

    job = run_work(work, on_result=lambda _c: outcomes.append("result"),
                   on_cancelled=lambda: outcomes.append("cancelled"))
    holder.append(job)
    gate.set()
    qtbot.waitUntil(lambda: job.done, timeout=WAIT_MS)
    assert outcomes == ["cancelled"]
    assert list_sources(empty_project) == []


def test_a_job_cancelled_before_the_loop_turns_never_runs_its_work(qtbot: QtBot) -> None:
    ran: list[bool] = []
    outcomes: list[str] = []

    def work(_progress: Progress, _cancelled: CancelCheck) -> None:
        ran.append(True)

    job = run_work(work, on_result=lambda _v: outcomes.append("result"),
                   on_cancelled=lambda: outcomes.append("cancelled"))
    job.cancel()
    qtbot.waitUntil(lambda: job.done, timeout=WAIT_MS)
    assert ran == [] and outcomes == ["cancelled"]


def test_no_callback_runs_for_a_window_deleted_meanwhile(qtbot: QtBot) -> None:
    owner = QWidget()
    gate = threading.Event()
    outcomes: list[str] = []
    job = run_work(lambda _p, _c: gate.wait(WAIT_MS / 1000),
                   on_result=lambda _v: outcomes.append("result"),
                   on_error=lambda _e: outcomes.append("error"),
                   dialog=ProgressOptions("Work", "Working…", minimum_ms=0), parent=owner)
    assert job.progress_dialog is not None and job.progress_dialog.parent() is owner
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=WAIT_MS)
    gate.set()
    qtbot.waitUntil(lambda: job.done, timeout=WAIT_MS)
    assert outcomes == [] and job.outcome == "result"


def test_a_worker_whose_signals_were_deleted_ends_quietly(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing the program while a background job (the search index) runs deleted the
    job's signals under the worker, which then printed "Signal source has been deleted"."""
    failures: list[BaseException] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: failures.append(args.exc_value))
    monkeypatch.setattr("sys.excepthook", lambda _t, value, _tb: failures.append(value))
    gate, finished = threading.Event(), threading.Event()

    def work(_progress: object, _cancelled: object) -> None:
        gate.wait(WAIT_MS / 1000)
        finished.set()

    job = run_work(work, on_result=lambda _v: None)
    qtbot.waitUntil(lambda: job.running and not gate.is_set() and _started(job), timeout=WAIT_MS)
    shiboken6.delete(job._signals)  # noqa: SLF001 - what the program's end does to it
    gate.set()
    assert finished.wait(WAIT_MS / 1000)
    QThreadPool.globalInstance().waitForDone(WAIT_MS)
    assert failures == []


def _started(job: object) -> bool:
    return QThreadPool.globalInstance().activeThreadCount() > 0
