"""Bulk reads and computations without CPython's cyclic garbage collector running inside.

Loading 50,000 rows and comparing them allocates hundreds of thousands of small objects;
with the default thresholds (700, 10, 10) the collector runs over and over, rescanning the
same live records (about a third of an agreement computation at group scale). None of
these records form reference cycles, so pausing the collector changes nothing but the
time. The pause is counted: nested or concurrent pauses (a worker thread and the GUI
thread) re-enable the collector only when the last one ends, and never when it was off
before the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic garbage collector off (reference counting still frees
    memory as usual)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
