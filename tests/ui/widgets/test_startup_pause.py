"""The end of the start-up pause runs at the event loop's next turn, not before."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.ui.widgets.startup_pause import end_at_first_event_loop_turn


def test_the_pause_ends_when_the_event_loop_turns(qtbot: QtBot) -> None:
    ended: list[bool] = []
    end_at_first_event_loop_turn(lambda: ended.append(True))
    assert ended == []  # not while the window is still being built
    qtbot.waitUntil(lambda: ended == [True], timeout=5_000)
