"""GUI measurements on real widgets (offscreen): open a project, open a transcript, apply a
code with its shortcut key, and the resident memory with the project open.

Run: ``python -m benchmarks.gui FOLDER WORK [--repeat N] [--only NAME ...] [--json FILE]``
with ``FOLDER`` a generated scale (see :mod:`benchmarks.generate`). ``python -m
benchmarks`` starts this module in a fresh process, so that the resident memory is the
GUI's alone and the core benchmarks never import Qt. Timings are ``perf_counter`` around
the calls plus ``QApplication.processEvents()`` and a synchronous repaint of the
transcript's viewport (what the user sees).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.generate import GeneratedProject, prepare_existing
from benchmarks.results import GOALS_BY_NAME, Result, timed_result
from benchmarks.timing import MiB, Timings, current_rss_bytes, max_rss_bytes

GUI_OPERATIONS = ("gui_open_project", "gui_open_transcript", "gui_apply_code", "gui_play_turn",
                  "gui_transcribe_frames", "gui_scroll", "gui_rss")
CODER = "Benchmark"
WINDOW_SIZE = (1400, 900)
APPLY_RUNS = 10  # shortcut presses per repeat


def _identity(text: str) -> str:
    return text


class GuiBench:
    """One QApplication and one copy of the project; the app.ui imports happen here."""

    def __init__(self, generated: GeneratedProject, work: Path) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from app.ui.shell.main_window import MainWindow

        self.application = QApplication.instance() or QApplication(["telaah-benchmark"])
        self.main_window_class = MainWindow
        self.generated = generated
        work.mkdir(parents=True, exist_ok=True)
        self.path = work / "project.telaah"
        shutil.copyfile(generated.project_path, self.path)
        self.focus_id = int(generated.manifest["focus_source_id"])
        self.window: Any = None

    def settle(self) -> None:
        self.application.processEvents()

    def open_window(self) -> float:
        """Open the project and show the main window; returns the seconds it took."""
        from app.core.project import Project

        self.close_window()
        started = time.perf_counter()
        window = self.main_window_class(Project.open(self.path), CODER, _identity)
        window.resize(*WINDOW_SIZE)
        window.show()
        self.settle()
        elapsed = time.perf_counter() - started
        self.window = window
        return elapsed

    def close_window(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
            self.settle()

    def activate(self) -> bool:
        self.window.activateWindow()
        deadline = time.perf_counter() + 2
        while not self.window.isActiveWindow() and time.perf_counter() < deadline:
            self.settle()
        return bool(self.window.isActiveWindow())

    @property
    def workspace(self) -> Any:
        return self.window.workspace

    def show_source(self, source_id: int) -> float:
        view = self.workspace.transcript.view
        started = time.perf_counter()
        self.workspace.sources.select_source(source_id)
        self.settle()
        view.viewport().repaint()
        return time.perf_counter() - started

    def other_source_id(self) -> int:
        from app.core.sources import list_sources

        return min((source for source in list_sources(self.window.project)
                    if source.id != self.focus_id), key=lambda source: source.word_count).id


def _result(name: str, runs: list[float], *, workload: str, baseline_runs: Sequence[float] = (),
            baseline: str = "", notes: list[str] | None = None) -> Result:
    timings = Timings(runs=tuple(runs), baseline_runs=tuple(baseline_runs),
                      tracemalloc_peak_bytes=0, max_rss_bytes=max_rss_bytes())
    result = timed_result(GOALS_BY_NAME[name], workload=workload, timings=timings,
                          baseline=baseline, notes=notes or [])
    return replace(result, tracemalloc_peak_mb=None)


def measure_gui(generated: GeneratedProject, work: Path, *, repeat: int,
                only: tuple[str, ...] = GUI_OPERATIONS) -> list[Result]:
    bench = GuiBench(generated, work)
    manifest = generated.manifest
    started_rss = current_rss_bytes()
    results: dict[str, Result] = {}
    cold = bench.open_window()
    scale = f"{manifest['sources']} sources, {manifest['words']:,} words"
    if "gui_rss" in only:
        from benchmarks.end_to_end import rss_after_first_search

        bench.show_source(bench.focus_id)
        in_process = current_rss_bytes()
        # The row: a fresh GUI process (no harness in it), after its first searches.
        rss = rss_after_first_search(bench.path, work / "rss_settings") * MiB
        goal = GOALS_BY_NAME["gui_rss"]
        met = goal.target.megabytes is None or rss / MiB <= goal.target.megabytes
        results["gui_rss"] = Result(
            name=goal.name, label=goal.label, target=goal.target.describe(),
            workload=f"{scale}, {manifest['segments']:,} segments; a fresh GUI process, "
                     "project open, after its background index build and two fuzzy "
                     "searches listed",
            status="met" if met else "missed", runs=1, rss_mb=rss / MiB,
            baseline="", baseline_s=None, max_rss_mb=max_rss_bytes() / MiB,
            notes=(f"in the harness's own process: {started_rss / MiB:.0f} MB before "
                   f"opening the project, {in_process / MiB:.0f} MB with it open and the "
                   "focus transcript shown (no search)",))
    if "gui_open_project" in only:
        runs = [bench.open_window() for _ in range(max(1, repeat))]
        results["gui_open_project"] = _result(
            "gui_open_project", runs, workload=scale,
            notes=[(f"first (cold) open: {cold * 1000:.0f} ms, including the backup "
                    "Project.open takes of a changed file")])
    if "gui_open_transcript" in only:
        results["gui_open_transcript"] = _open_transcript(bench, repeat)
    if "gui_apply_code" in only:
        results["gui_apply_code"] = _apply_code(bench, repeat)
    if "gui_play_turn" in only:  # gives the focus transcript a recording
        from benchmarks.gui_recording import play_turn

        results["gui_play_turn"] = play_turn(bench, repeat)
    if "gui_transcribe_frames" in only:  # adds recorded sources to the project
        from benchmarks.gui_recording import transcribe_frames

        results["gui_transcribe_frames"] = transcribe_frames(bench, repeat)
    if "gui_scroll" in only:  # last: it adds the long transcript to the project
        results["gui_scroll"] = _scroll(bench, repeat)
    bench.close_window()
    return [results[name] for name in GUI_OPERATIONS if name in results]


def _open_transcript(bench: GuiBench, repeat: int) -> Result:
    from PySide6.QtWidgets import QPlainTextEdit

    from app.core.sources import read_source

    other = bench.other_source_id()
    text = read_source(bench.window.project, source_id=bench.focus_id).text
    bare = QPlainTextEdit()
    bare.resize(690, 860)
    bare.show()
    runs, baseline_runs = [], []
    for _ in range(max(1, repeat) + 1):  # the first is a warm-up
        bench.show_source(other)
        bare.setPlainText("")
        bench.settle()
        started = time.perf_counter()
        bare.setPlainText(text)
        bench.settle()
        bare.viewport().repaint()
        baseline_runs.append(time.perf_counter() - started)
        runs.append(bench.show_source(bench.focus_id))
    bare.close()
    bare.deleteLater()
    view = bench.workspace.transcript.view
    manifest = bench.generated.manifest
    return _result(
        "gui_open_transcript", runs[1:], baseline_runs=baseline_runs[1:],
        workload=f"{manifest['focus_words']:,} words, {view.highlight_count():,} segments shown",
        baseline="bare QPlainTextEdit.setPlainText of the same text + repaint")


def _apply_code(bench: GuiBench, repeat: int) -> Result:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.core.codes import list_codes
    from app.core.search_index import has_search_index
    from benchmarks.coding_plan import sentence_spans

    bench.show_source(bench.focus_id)
    active = bench.activate()
    # A person codes once the window has settled: the search index it builds in the
    # background (from 0.5 s after it shows) is done first, as gui_first_search waits too.
    waited = time.perf_counter()
    while not has_search_index(bench.window.project) and time.perf_counter() - waited < 120:
        bench.settle()
        time.sleep(0.005)
    waited = time.perf_counter() - waited
    view = bench.workspace.transcript.view
    keys = [code.shortcut for code in list_codes(bench.window.project)  # single keys: "1"
            if code.codable and code.shortcut and len(code.shortcut) == 1]
    text = view.toPlainText()
    spans = sentence_spans(text, len(text) // 3, len(text))[::7]
    runs, settled = [], []
    shown = view.highlight_count()
    press: Callable[[str], None]
    if active:
        def press(key: str) -> None:
            QTest.keyClick(view, Qt.Key(ord(key.upper())), Qt.KeyboardModifier.NoModifier)
    else:
        def press(key: str) -> None:
            bench.workspace.shortcut_actions()[key].trigger()
    for number in range(max(1, repeat) * APPLY_RUNS + 1):  # the first is a warm-up
        start, end = spans[number % len(spans)]
        view.select_span(start, end)
        bench.settle()
        key = keys[number % len(keys)]
        started = time.perf_counter()
        press(key)
        view.viewport().repaint()
        painted = time.perf_counter()
        bench.settle()
        runs.append(painted - started)
        settled.append(time.perf_counter() - started)
    added = view.highlight_count() - shown
    # The row is the wait until the event loop is idle again (every pending event handled,
    # the panels' updates included); the first repaint comes earlier.
    notes = [f"median to the first repaint: {statistics.median(runs[1:]) * 1000:.1f} ms",
             f"{added} segments added by {len(runs)} presses",
             f"timed after the window's background index build ({waited:.1f} s waited)"]
    if not active:
        notes.append("the window never became active offscreen: the shortcut's QAction was "
                     "triggered directly instead of a key press")
    manifest = bench.generated.manifest
    return _result("gui_apply_code", settled[1:],
                   workload=f"{manifest['focus_words']:,}-word transcript with "
                            f"{shown:,} segments shown", notes=notes)


SCROLL_SEGMENTS = 2_000  # coded passages spread over the long transcript
SCROLL_STARTS = 10  # places in the transcript the scrolling starts from
SCROLL_PAGES = 4  # pages scrolled down from each


def _scroll(bench: GuiBench, repeat: int) -> Result:
    """Page down through a 500,000-word transcript with its segments highlighted; each
    step is timed until the viewport has repainted, like a frame on the screen."""
    from PySide6.QtWidgets import QPlainTextEdit

    from app.core.coders import ensure_coder
    from app.core.codes import list_codes
    from app.core.segments import add_segment
    from app.core.sources import import_sources, read_source
    from benchmarks.coding_plan import sentence_spans

    project = bench.window.project
    changes = import_sources(project, paths=[bench.generated.long_transcript])
    source_id = sorted(changes.sources)[-1]
    text = read_source(project, source_id=source_id).text
    codes = [code.id for code in list_codes(project) if code.codable]
    coder = ensure_coder(project, name=CODER).created
    assert coder is not None
    spans = sentence_spans(text, 0, len(text))
    for number, (start, end) in enumerate(spans[:: max(1, len(spans) // SCROLL_SEGMENTS)]):
        add_segment(project, source_id=source_id, code_id=codes[number % len(codes)],
                    coder_id=coder, start=start, end=end)
    bench.window.hub.publish(changes)
    bench.settle()
    bench.show_source(source_id)
    view = bench.workspace.transcript.view
    bare = QPlainTextEdit()
    bare.resize(view.size())
    bare.setPlainText(text)
    bare.show()
    bench.settle()

    def page_down(editor: Any, runs: list[float]) -> None:
        bar = editor.verticalScrollBar()
        for place in range(SCROLL_STARTS):
            bar.setValue(bar.maximum() * place // SCROLL_STARTS)
            editor.viewport().repaint()
            for _ in range(SCROLL_PAGES):
                started = time.perf_counter()
                bar.setValue(bar.value() + bar.pageStep())
                editor.viewport().repaint()
                runs.append(time.perf_counter() - started)

    runs: list[float] = []
    baseline_runs: list[float] = []
    for _ in range(max(1, repeat)):
        page_down(view, runs)
        page_down(bare, baseline_runs)
    bare.close()
    bare.deleteLater()
    words = len(text.split())
    return _result(
        "gui_scroll", runs, baseline_runs=baseline_runs,
        workload=f"{words:,} words, {view.highlight_count():,} segments, "
                 f"{SCROLL_STARTS} places × {SCROLL_PAGES} pages",
        baseline="bare QPlainTextEdit with the same text, same page steps",
        notes=[f"slowest step {max(runs) * 1000:.1f} ms"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("folder", type=Path, help="a generated scale's folder")
    parser.add_argument("work", type=Path, help="a folder for the copy of the project")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", nargs="+", choices=GUI_OPERATIONS, default=GUI_OPERATIONS)
    parser.add_argument("--json", type=Path, help="write the results here")
    arguments = parser.parse_args(argv)
    results = measure_gui(prepare_existing(arguments.folder), arguments.work,
                          repeat=arguments.repeat, only=tuple(arguments.only))
    payload = json.dumps([result.as_json() for result in results], indent=2)
    if arguments.json:
        arguments.json.write_text(payload, encoding="utf-8")
    else:
        sys.stdout.write(payload + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
