"""Waiting for work the GUI runs through the one runner (app.ui.widgets.work_runner)."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot


def finished(qtbot: QtBot, job: Any, timeout: int = 60_000) -> bool:
    """Wait until ``job`` has ended and its callbacks ran; True when it gave a result
    (False after an error or Cancel)."""
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=timeout)
    return bool(job.outcome == "result")
