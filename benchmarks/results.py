"""The targets (../shared/GUIDE.md and issue 19), one result row per operation, the machine, and
the printed table."""

from __future__ import annotations

import os
import platform
import sqlite3
from dataclasses import asdict, dataclass
from importlib import metadata
from typing import Any

from benchmarks.timing import MiB, Timings

MET = "met"
MISSED = "missed"
NOT_MEASURED = "not measured"


@dataclass(frozen=True)
class Target:
    """At most ``seconds`` (median), at most ``ratio`` × the baseline, at most
    ``megabytes`` resident; every bound given must hold."""

    seconds: float | None = None
    ratio: float | None = None
    megabytes: float | None = None

    def describe(self) -> str:
        parts = []
        if self.seconds is not None:
            parts.append(f"≤ {_duration(self.seconds)}")
        if self.ratio is not None:
            parts.append(f"≤ {self.ratio:g} × baseline")
        if self.megabytes is not None:
            parts.append(f"≤ {self.megabytes:g} MB RSS")
        return " and ".join(parts)


@dataclass(frozen=True)
class Goal:
    name: str
    label: str
    target: Target
    gui: bool = False


GOALS = (
    Goal("cli_info", "`telaah info` cold, end to end", Target(seconds=0.2)),
    Goal("cli_code", "`telaah code` end to end on the project", Target(seconds=0.3)),
    Goal("add_segment", "add one coded segment (core, committed) anywhere in a "
         "500,000-word source", Target(seconds=0.002)),
    Goal("gui_apply_code", "apply a code in the GUI (shortcut until the event loop is idle)",
         Target(seconds=0.016), gui=True),
    Goal("import_txt", "import a 500,000-word .txt", Target(seconds=0.5)),
    Goal("gui_open_transcript", "open the focus transcript in the coding view",
         Target(seconds=0.3), gui=True),
    Goal("gui_open_project", "open the project and show the main window",
         Target(seconds=2.0), gui=True),
    Goal("gui_cold_start", "`telaah gui PROJECT` to the shown main window (2M-word "
         "target; 0.8 s for a demo-size project)", Target(seconds=1.2)),
    Goal("gui_scroll", "scroll a 500,000-word transcript by a page (to repaint)",
         Target(seconds=0.016), gui=True),
    Goal("fuzzy_search", "fuzzy search across the project", Target(seconds=0.3, ratio=2.0)),
    Goal("cli_search_fuzzy", "`telaah search --fuzzy` end to end, index built in the call",
         Target(seconds=1.0)),
    Goal("gui_first_search", "first fuzzy search in a GUI session, index build included",
         Target(seconds=0.5)),
    Goal("code_matrix", "code × informant matrix", Target(seconds=0.25)),
    Goal("triangulation_matrix", "triangulation matrix", Target(seconds=0.5)),
    Goal("agreement_segment", "agreement statistics (segment unit)", Target(seconds=0.5)),
    Goal("agreement_character", "agreement statistics (character unit)", Target(seconds=0.5)),
    Goal("export_excerpts", "export coded excerpts to .docx (baseline: the same paragraphs "
         "as raw WordprocessingML in a .docx, the floor)", Target(ratio=1.5)),
    Goal("qdpx_roundtrip", "QDPX export + import of the project", Target(seconds=15.0)),
    Goal("pdf_import", "import a 300-page text PDF (LibreOffice-made)", Target(seconds=5.0)),
    Goal("pdf_open_page", "open a coded PDF page beside its text (QtPdf render and "
         "highlights)", Target(seconds=0.3)),
    # Half a minute of speech transcribed in at most 15 s: a real-time factor of 0.5.
    Goal("transcription_rtf", "transcribe 30 s of speech offline (tiny.en, CPU; the "
         "real-time factor is in the notes)", Target(seconds=15.0)),
    Goal("gui_play_turn", "jump to a turn of a recorded transcript until it plays there",
         Target(seconds=0.2), gui=True),
    # The GUI stays responsive while a recording is transcribed: a 16 ms timer on the GUI
    # thread fires late by at most a frame (median; the worst tick is in the notes).
    Goal("gui_transcribe_frames", "GUI frame lateness while a recording is transcribed in "
         "the background (16 ms timer; max in the notes)", Target(seconds=0.016), gui=True),
    Goal("gui_rss", "GUI resident memory with the project open, after a search",
         Target(megabytes=250), gui=True),
    # Issue 24: what an idle window costs the database (statements counted in the notes).
    Goal("idle_window", "an idle window's minute of change-feed polls (statements per "
         "minute in the notes)", Target(seconds=0.05)),
)
GOALS_BY_NAME = {goal.name: goal for goal in GOALS}


def hold_to_scale(scale: str) -> None:
    """GUIDE's start-up target depends on the project: 0.8 s for a demo-size one (the
    thesis and tiny scales), 1.2 s for the 2,000,000-word group project."""
    if scale != "group":
        GOALS_BY_NAME["gui_cold_start"] = Goal(
            "gui_cold_start", "`telaah gui PROJECT` to the shown main window (a demo-size "
            "project)", Target(seconds=0.8))


@dataclass(frozen=True)
class Result:
    name: str
    label: str
    target: str
    workload: str
    status: str
    runs: int = 0
    median_s: float | None = None
    baseline_s: float | None = None
    baseline: str = ""
    ratio: float | None = None
    rss_mb: float | None = None
    tracemalloc_peak_mb: float | None = None
    max_rss_mb: float | None = None
    notes: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "notes": list(self.notes)}


def timed_result(goal: Goal, *, workload: str, timings: Timings, baseline: str,
                 notes: list[str]) -> Result:
    median = timings.median
    base = timings.baseline_median
    ratio = median / base if base else None
    met = (goal.target.seconds is None or median <= goal.target.seconds) and (
        goal.target.ratio is None or (ratio is not None and ratio <= goal.target.ratio))
    return Result(name=goal.name, label=goal.label, target=goal.target.describe(),
                  workload=workload, status=MET if met else MISSED, runs=len(timings.runs),
                  median_s=median, baseline_s=base, baseline=baseline, ratio=ratio,
                  tracemalloc_peak_mb=timings.tracemalloc_peak_bytes / MiB,
                  max_rss_mb=timings.max_rss_bytes / MiB, notes=tuple(notes))


def unmeasured(goal: Goal, reason: str) -> Result:
    return Result(name=goal.name, label=goal.label, target=goal.target.describe(),
                  workload="", status=NOT_MEASURED, notes=(reason,))


def machine() -> dict[str, Any]:
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            model = next((line.split(":", 1)[1].strip() for line in cpuinfo
                          if line.startswith("model name")), "")
    except OSError:
        pass
    memory_gib = None
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            kib = int(next(line for line in meminfo if line.startswith("MemTotal")).split()[1])
            memory_gib = round(kib / 1024 / 1024, 1)
    except (OSError, StopIteration):
        pass
    return {
        "cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
        else os.cpu_count(),
        "cpu_model": model or platform.processor(),
        "memory_gib": memory_gib,
        "system": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "packages": {name: _version(name) for name in
                     ("SQLAlchemy", "PySide6-Essentials", "PySide6", "rapidfuzz",
                      "python-docx", "lxml")},
    }


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds < 1:
        return f"{seconds * 1000:.3g} ms" if seconds < 0.01 else f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s"


def _megabytes(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.1f} MB" if value < 10 else f"{value:.0f} MB"


def table_rows(results: list[Result]) -> list[list[str]]:
    header = ["operation", "workload", "target", "median", "baseline", "ratio", "py peak",
              "max RSS", "status"]
    rows = [header]
    for result in results:
        if result.rss_mb is not None:
            median = f"{result.rss_mb:.0f} MB"
        else:
            median = _duration(result.median_s)
        rows.append([
            result.name, result.workload, result.target,
            median if result.status != NOT_MEASURED else "—",
            _duration(result.baseline_s) if result.baseline_s is not None else "—",
            f"{result.ratio:.2f}×" if result.ratio is not None else "—",
            _megabytes(result.tracemalloc_peak_mb),
            _megabytes(result.max_rss_mb),
            result.status,
        ])
    return rows


def format_table(results: list[Result]) -> str:
    rows = table_rows(results)
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip()
             for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def markdown_table(results: list[Result]) -> str:
    rows = table_rows(results)
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines.extend("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |"
                 for row in rows[1:])
    return "\n".join(lines)
