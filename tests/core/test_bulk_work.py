"""The collector pause of bulk work: nested and concurrent pauses turn the collector back
on once, when the last ends, and never when it was off before."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from app.core.bulk_work import collector_paused


@pytest.fixture(autouse=True)
def _collector_on_afterwards() -> Iterator[None]:
    yield
    gc.enable()


def test_a_pause_turns_the_collector_back_on() -> None:
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still runs
    assert gc.isenabled()


def test_an_error_ends_the_pause_too() -> None:
    gc.enable()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("stop")
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_pauses_in_two_threads_end_with_the_later_one() -> None:
    gc.enable()
    first_in, second_in, first_may_end = (threading.Event() for _ in range(3))
    seen: list[bool] = []

    def first() -> None:
        with collector_paused():
            first_in.set()
            first_may_end.wait(10)
        seen.append(gc.isenabled())  # the second thread's pause still runs

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(10)
    with collector_paused():
        second_in.set()
        first_may_end.set()
        thread.join(10)
        assert not gc.isenabled()
    assert seen == [False]
    assert gc.isenabled()
