"""The analysis and review windows' long work: off the GUI thread, errors where they go."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.errors import FileUnreadable, TelaahError
from app.ui.widgets.long_work import run_for
from tests.ui.jobs import finished

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_work_runs_off_the_gui_thread_and_its_result_comes_back(
        qtbot: QtBot, window: QWidget) -> None:
    threads: list[threading.Thread] = []
    results: list[int] = []

    def work(_progress: Progress, _cancelled: Cancelled) -> int:
        threads.append(threading.current_thread())
        return 42

    job = run_for(window, work, on_result=results.append, report=lambda _error: None)
    assert finished(qtbot, job) and results == [42]
    assert threads and threads[0] is not threading.main_thread()


def test_a_core_error_is_reported_to_the_window(qtbot: QtBot, window: QWidget) -> None:
    reported: list[TelaahError] = []

    def work(_progress: Progress, _cancelled: Cancelled) -> None:
        raise FileUnreadable(path=Path("bab4.docx"))

    job = run_for(window, work, on_result=lambda _none: None, report=reported.append)
    assert not finished(qtbot, job)
    assert len(reported) == 1 and "bab4.docx" in reported[0].message()


def test_a_bug_goes_to_the_error_log_not_to_the_window(
        qtbot: QtBot, window: QWidget, monkeypatch: pytest.MonkeyPatch) -> None:
    logged: list[BaseException] = []
    reported: list[TelaahError] = []
    monkeypatch.setattr(sys, "excepthook", lambda _type, error, _trace: logged.append(error))

    def work(_progress: Progress, _cancelled: Cancelled) -> None:
        raise KeyError("a bug")

    job = run_for(window, work, on_result=lambda _none: None, report=reported.append)
    assert not finished(qtbot, job)
    assert job.outcome == "error" and not reported
    assert len(logged) == 1 and isinstance(logged[0], KeyError)
