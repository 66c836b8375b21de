"""Time every operation of issue 9 against its target and its baseline, at one scale.

Run: ``python -m benchmarks [--scale thesis|group] [--json FILE] [--repeat N]
[--only NAME ...] [--cache DIR] [--markdown]``. The scale's project is generated on the first run and
cached (see :mod:`benchmarks.generate`); the GUI rows run in a second process
(:mod:`benchmarks.gui`, Qt offscreen). Prints one line per operation as it finishes, then
the table (target, median, baseline, ratio, peak Python memory, met or missed) and the
machine; ``--json`` writes all of it, with every note, for docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from benchmarks.core_operations import (
    Bench,
    add_segment_operation,
    agreement_operation,
    code_matrix_operation,
    import_operation,
    triangulation_operation,
)
from benchmarks.end_to_end import (
    cli_code_operation,
    cli_info_operation,
    cli_search_operation,
    gui_cold_start_operation,
    gui_first_search_operation,
)
from benchmarks.exchange_operations import (
    export_excerpts_operation,
    fuzzy_search_operation,
    qdpx_operation,
)
from benchmarks.generate import default_cache, prepare
from benchmarks.idle_window import idle_window_operation
from benchmarks.pdf_media import pdf_import_operation, pdf_page_operation
from benchmarks.results import (
    GOALS,
    GOALS_BY_NAME,
    Result,
    format_table,
    hold_to_scale,
    machine,
    markdown_table,
    timed_result,
    unmeasured,
)
from benchmarks.scales import SCALES
from benchmarks.timing import Operation, measure
from benchmarks.transcription import transcription_operation

CORE_OPERATIONS: dict[str, Callable[[Bench], Operation]] = {
    "cli_info": cli_info_operation,
    "cli_code": cli_code_operation,
    "add_segment": add_segment_operation,
    "gui_cold_start": gui_cold_start_operation,
    "cli_search_fuzzy": cli_search_operation,
    "gui_first_search": gui_first_search_operation,
    "import_txt": import_operation,
    "fuzzy_search": fuzzy_search_operation,
    "code_matrix": code_matrix_operation,
    "triangulation_matrix": triangulation_operation,
    "agreement_segment": agreement_operation("segment"),
    "agreement_character": agreement_operation("character"),
    "export_excerpts": export_excerpts_operation,
    "qdpx_roundtrip": qdpx_operation,
    "pdf_import": pdf_import_operation,
    "pdf_open_page": pdf_page_operation,
    "transcription_rtf": transcription_operation,
    "idle_window": idle_window_operation,
}
GUI_TIMEOUT_SECONDS = 1800


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks",
                                     description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--scale", choices=("thesis", "group", "tiny"), default="thesis",
                        help="project size (tiny is for the smoke test)")
    parser.add_argument("--json", type=Path, help="write the results as JSON here")
    parser.add_argument("--repeat", type=int, default=5,
                        help="timed runs per operation (cheap operations run more)")
    parser.add_argument("--only", nargs="+", choices=[goal.name for goal in GOALS],
                        metavar="NAME", help="measure only these operations")
    parser.add_argument("--cache", type=Path, default=default_cache(),
                        help="folder of the generated projects")
    parser.add_argument("--markdown", action="store_true",
                        help="also print the table in Markdown (for docs/BENCHMARKS.md)")
    return parser.parse_args(argv)


def run_core(bench: Bench, name: str, repeat: int) -> Result:
    goal = GOALS_BY_NAME[name]
    try:
        operation = CORE_OPERATIONS[name](bench)
    except Exception as error:  # noqa: BLE001 - a broken operation must not hide the others' figures
        traceback.print_exc()
        return unmeasured(goal, f"set-up failed: {type(error).__name__}: {error}")
    try:
        timings = measure(operation, repeat)
    except Exception as error:  # noqa: BLE001 - likewise
        traceback.print_exc()
        return unmeasured(goal, f"failed: {type(error).__name__}: {error}")
    finally:
        operation.close()
    return timed_result(goal, workload=operation.workload, timings=timings,
                        baseline=operation.baseline_label, notes=operation.notes)


def run_gui(folder: Path, work: Path, names: list[str], repeat: int) -> list[Result]:
    """The GUI rows, measured in a fresh process so its memory is the GUI's alone."""
    output = work / "gui.json"
    command = [sys.executable, "-m", "benchmarks.gui", str(folder), str(work / "gui"),
               "--repeat", str(repeat), "--json", str(output), "--only", *names]
    # A private settings folder: the window remembers its layout and recent projects on
    # close, and a benchmark must never write those into the user's own settings.
    environment = {**os.environ,
                   "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   "XDG_CONFIG_HOME": str(work / "config")}
    completed = subprocess.run(command, env=environment, capture_output=True, text=True,
                               timeout=GUI_TIMEOUT_SECONDS, check=False)
    if completed.returncode != 0 or not output.is_file():
        detail = (completed.stderr.strip().splitlines() or ["no output"])[-1]
        sys.stderr.write(completed.stderr)
        return [unmeasured(GOALS_BY_NAME[name], f"GUI process failed: {detail}")
                for name in names]
    return [Result(**{**row, "notes": tuple(row["notes"])})
            for row in json.loads(output.read_text(encoding="utf-8"))]


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    scale = SCALES[arguments.scale]
    hold_to_scale(scale.name)
    arguments.cache.mkdir(parents=True, exist_ok=True)
    # Project.open backs a changed file up; keep those copies with the cache.
    os.environ.setdefault("TELAAH_BACKUP_DIR", str(arguments.cache / "backups"))
    generated = prepare(scale, arguments.cache)
    names = arguments.only or [goal.name for goal in GOALS]
    work = Path(tempfile.mkdtemp(prefix="work-", dir=arguments.cache))
    bench = Bench(generated, work)
    results: dict[str, Result] = {}
    started = time.perf_counter()
    try:
        for name in names:
            if GOALS_BY_NAME[name].gui:
                continue
            results[name] = run_core(bench, name, arguments.repeat)
            _say_progress(results[name])
        bench.close()
        gui_names = [name for name in names if GOALS_BY_NAME[name].gui]
        if gui_names:
            for result in run_gui(generated.folder, work, gui_names, arguments.repeat):
                results[result.name] = result
                _say_progress(result)
    finally:
        bench.close()
        shutil.rmtree(work, ignore_errors=True)
    ordered = [results[goal.name] for goal in GOALS if goal.name in results]
    description = machine()
    print()
    print(f"scale {scale.name}: {generated.manifest['sources']} sources, "
          f"{generated.manifest['words']:,} words, {generated.manifest['segments']:,} segments, "
          f"coders {', '.join(generated.manifest['coders'])}; repeat {arguments.repeat}")
    print(format_table(ordered))
    print(f"machine: {description['cpus']} CPUs ({description['cpu_model']}), "
          f"{description['memory_gib']} GiB RAM, Python {description['python']}, "
          f"SQLite {description['sqlite']}; {time.perf_counter() - started:.0f} s")
    if arguments.markdown:
        print()
        print(markdown_table(ordered))
    if arguments.json:
        arguments.json.write_text(json.dumps({
            "scale": scale.name, "repeat": arguments.repeat, "project": generated.manifest,
            "machine": description, "operations": [result.as_json() for result in ordered],
        }, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


def _say_progress(result: Result) -> None:
    if result.rss_mb is not None:
        figure = f"{result.rss_mb:.0f} MB"
    elif result.median_s is not None:
        figure = f"median {result.median_s * 1000:.1f} ms"
        if result.ratio is not None:
            figure += f", {result.ratio:.2f}× baseline"
    else:
        figure = "; ".join(result.notes)
    print(f"{result.name:<22} {result.status:<13} {figure}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
