"""Timing one operation against its baseline: medians of interleaved runs, peak memory.

Every operation first runs once untimed under ``tracemalloc`` (a warm-up that fills the
caches and records the peak of Python allocations), then ``repeat × runs_per_repeat``
times with ``time.perf_counter``; the baseline runs right before each timed run, so a
noisy neighbour on the machine slows both alike and the ratio holds.
"""

from __future__ import annotations

import gc
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field

Step = Callable[[int], object]
MiB = 1024 * 1024


def _nothing(_run: int) -> None:
    return None


@dataclass
class Operation:
    """One measured operation. ``run``, ``baseline``, ``before`` and ``after`` receive the
    run's number; ``before``/``after`` are untimed (fresh project files, deletions).
    ``close`` releases what the operation's set-up opened."""

    name: str
    run: Step
    workload: str
    baseline: Step | None = None
    baseline_label: str = ""
    before: Step = _nothing
    after: Step = _nothing
    runs_per_repeat: int = 1
    close: Callable[[], None] = lambda: None
    notes: list[str] = field(default_factory=list)
    # The run's time as the operation measured it (a span inside a child process), used
    # instead of the wall time around ``run`` when given.
    own_time: Callable[[], float] | None = None
    baseline_own_time: Callable[[], float] | None = None


@dataclass(frozen=True)
class Timings:
    runs: tuple[float, ...]
    baseline_runs: tuple[float, ...]
    tracemalloc_peak_bytes: int
    max_rss_bytes: int

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def baseline_median(self) -> float | None:
        return statistics.median(self.baseline_runs) if self.baseline_runs else None


def measure(operation: Operation, repeat: int) -> Timings:
    operation.before(-1)
    tracemalloc.start()
    try:
        operation.run(-1)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    operation.after(-1)
    if operation.baseline is not None:
        operation.baseline(-1)
    runs: list[float] = []
    baseline_runs: list[float] = []
    for number in range(max(1, repeat) * operation.runs_per_repeat):
        if operation.runs_per_repeat == 1:
            gc.collect()
        if operation.baseline is not None:
            started = time.perf_counter()
            operation.baseline(number)
            elapsed = time.perf_counter() - started
            baseline_runs.append(operation.baseline_own_time() if operation.baseline_own_time
                                 is not None else elapsed)
        operation.before(number)
        started = time.perf_counter()
        operation.run(number)
        elapsed = time.perf_counter() - started
        runs.append(operation.own_time() if operation.own_time is not None else elapsed)
        operation.after(number)
    return Timings(runs=tuple(runs), baseline_runs=tuple(baseline_runs),
                   tracemalloc_peak_bytes=peak, max_rss_bytes=max_rss_bytes())


def max_rss_bytes() -> int:
    """The process's peak resident set size so far.

    Linux: ``VmHWM`` of ``/proc/self/status``. ``ru_maxrss`` would do, except that Linux
    carries it over ``fork`` + ``exec``: the GUI process started after the QDPX round trip
    would report the harness's peak as its own. Elsewhere ``ru_maxrss`` (KiB; bytes on
    macOS)."""
    peak = _proc_status_bytes("VmHWM:")
    if peak is not None:
        return peak
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def current_rss_bytes() -> int:
    """The process's resident set size now (Linux ``/proc``; the peak elsewhere)."""
    current = _proc_status_bytes("VmRSS:")
    return current if current is not None else max_rss_bytes()


def _proc_status_bytes(field: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None
