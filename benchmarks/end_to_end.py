"""What a user waits for, end to end: each run is a fresh Python process (issue 19).

* ``cli_info``: ``python -m app info PROJECT`` from process start to exit (interpreter
  start, imports, opening the project read-only, the summary). Baseline: ``python -c
  pass``; the notes add a bare ``python -c "import sqlalchemy"`` timed in the same runs.
* ``cli_code``: ``python -m app code PROJECT ...`` on a copy of the project, one new
  segment per run at places spread over the focus transcript, start to exit, including any
  backup the call takes (the notes count the backups). Baseline: ``python -c pass``.
* ``cli_search_fuzzy``: ``python -m app search PROJECT QUERY --fuzzy`` start to exit, the
  index built in the call (as every CLI call must). Baseline: ``python -c pass``.
* ``gui_cold_start``: ``python -m app gui PROJECT`` from launching the process to the
  main window's first paint (Qt offscreen, a private settings folder), read from the
  wall clock in the child. No baseline.
* ``gui_first_search``: in a fresh GUI process with the main window shown and its
  background build of the search index done, Edit › Search, a fuzzy query, until the hits
  are in the list (the rapidfuzz import included), timed in the child. The notes give
  when the background build was ready, a first search right after the window shows (the
  build then on its path) and a second search. No baseline.

The harness's own process only starts these; its py peak and max RSS say nothing about
them.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from app.models import Code, Source, Turn
from benchmarks.coding_plan import sentence_spans
from benchmarks.core_operations import Bench
from benchmarks.fuzzy_search import QUERIES
from benchmarks.timing import Operation

REPO = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
_TIMEOUT = 600


def _environment(settings: Path) -> dict[str, str]:
    """Offscreen Qt, private settings and backups in the run's work folder (deleted at the
    end): a benchmark never writes the user's own, nor fills the cache with backups.

    Bytecode is compiled once and kept, in a private cache of the run, as an installed
    Telaah has it (pip compiles the modules at install): a machine that sets
    PYTHONDONTWRITEBYTECODE would otherwise compile every module at every launch."""
    inherited = {key: value for key, value in os.environ.items()
                 if key != "PYTHONDONTWRITEBYTECODE"}
    return {**inherited, "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(settings / "config"), "XDG_DATA_HOME": str(settings / "data"),
            "TELAAH_BACKUP_DIR": str(settings / "backups"),
            "PYTHONPYCACHEPREFIX": str(settings / "bytecode")}


def _run(arguments: list[str], environment: dict[str, str]) -> str:
    completed = subprocess.run(arguments, cwd=REPO, env=environment, capture_output=True,
                               text=True, timeout=_TIMEOUT, check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"{' '.join(arguments[:4])}: "
                           f"{(completed.stderr.strip().splitlines() or ['failed'])[-1]}")
    return completed.stdout


def _shared_copy(bench: Bench) -> Path:
    """One copy of the project for the read-only rows (the cache is never opened)."""
    copy = bench.work / "end_to_end" / "project.telaah"
    if not copy.exists():
        copy = bench.copy_project("end_to_end")
    return copy


def _median_ms(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:.0f} ms" if times else "—"


def cli_info_operation(bench: Bench) -> Operation:
    project = _shared_copy(bench)
    environment = _environment(bench.folder("end_to_end_settings"))
    bare_sqlalchemy: list[float] = []

    def after(_number: int) -> None:  # untimed: the second baseline, in the same runs
        started = time.perf_counter()
        _run([PYTHON, "-c", "import sqlalchemy"], environment)
        bare_sqlalchemy.append(time.perf_counter() - started)

    operation = Operation(
        name="cli_info",
        run=lambda _number: _run([PYTHON, "-m", "app", "info", str(project)], environment),
        baseline=lambda _number: _run([PYTHON, "-c", "pass"], environment),
        after=after,
        workload=f"{_size(project)}; a new process per run, start to exit",
        baseline_label="python -c pass (a new process)")

    def close() -> None:
        operation.notes.append(f"bare python -c 'import sqlalchemy' in the same runs: "
                               f"median {_median_ms(bare_sqlalchemy)}")

    operation.close = close
    return operation


def cli_code_operation(bench: Bench) -> Operation:
    project = bench.copy_project("cli_code")
    environment = _environment(bench.folder("end_to_end_settings"))
    backups = Path(environment["TELAAH_BACKUP_DIR"])
    with bench.reader().reading() as session:
        source_id = bench.generated.manifest["focus_source_id"]
        title, text = session.execute(
            select(Source.title, Source.text).where(Source.id == source_id)).one()
        answers = session.execute(select(Turn.start, Turn.end).where(
            Turn.source_id == source_id, Turn.role == "informant").order_by(Turn.start)).all()
        code_id = session.scalar(select(Code.id).where(Code.codable.is_(True))
                                 .order_by(Code.id))
    from app.core.lookup import code_paths  # noqa: PLC0415 - the harness reads the path once
    with bench.reader().reading() as session:
        code_path = code_paths(session)[code_id]
    spans = [span for start, end in answers for span in sentence_spans(text, start, end)]
    spans = spans[:: max(1, len(spans) // 50)] or [(0, 1)]
    before = _count_files(backups, ".telaah")
    bench_runs = [0]

    def run(number: int) -> None:
        bench_runs[0] += 1
        start, end = spans[(number * 7) % len(spans)]
        _run([PYTHON, "-m", "app", "code", str(project), "--source", title, "--start",
              str(start), "--end", str(end), "--code", code_path, "--coder", "Annisa"],
             environment)

    operation = Operation(
        name="cli_code", run=run,
        baseline=lambda _number: _run([PYTHON, "-c", "pass"], environment),
        workload=f"{_size(project)}; one segment per call in the focus transcript, "
                 "a new process per run, start to exit",
        baseline_label="python -c pass (a new process)")

    def close() -> None:
        operation.notes.append(f"backup copies of the project written during the row "
                               f"({bench_runs[0]} calls): "
                               f"{_count_files(backups, '.telaah') - before}")

    operation.close = close
    return operation


def cli_search_operation(bench: Bench) -> Operation:
    project = _shared_copy(bench)
    environment = _environment(bench.folder("end_to_end_settings"))
    return Operation(
        name="cli_search_fuzzy",
        run=lambda number: _run([PYTHON, "-m", "app", "search", str(project),
                                 QUERIES[number % len(QUERIES)], "--fuzzy", "--limit", "50"],
                                environment),
        baseline=lambda _number: _run([PYTHON, "-c", "pass"], environment),
        workload=f"{bench.generated.manifest['words']:,} words; index built in the call, "
                 "a new process per run, start to exit",
        baseline_label="python -c pass (a new process)")


_GUI_START = """
import sys, time
from app.cli import main  # first, as `python -m app gui` does: PySide6 then finds the core loaded
from app.commands.gui import load_before_qt
load_before_qt()  # what `telaah gui` imports before Qt (the harness loads Qt early, to watch)
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
application = QApplication(["telaah"])
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow)
                and not hasattr(self, "at")):
            self.at = time.time()
            QTimer.singleShot(0, application.quit)  # also when painted before exec()
        return False
first = FirstPaint()
application.installEventFilter(first)
main(["gui", sys.argv[1], "--coder", "Tester"])
print(first.at)
"""

# The floor: a bare QMainWindow in a new process, timed the same way.
_BARE_WINDOW = _GUI_START.replace(
    'main(["gui", sys.argv[1], "--coder", "Tester"])\n',
    "window = QMainWindow()\nwindow.resize(1400, 900)\nwindow.show()\napplication.exec()\n",
).replace("from app.cli import main  # first, as `python -m app gui` does: PySide6 then finds "
          "the core loaded\n", "").replace(
    "from app.commands.gui import load_before_qt\nload_before_qt()  # what `telaah gui` imports "
    "before Qt (the harness loads Qt early, to watch)\n", "")

_GUI_SEARCH = """
import json, sys, time
from app.commands.gui import load_before_qt
load_before_qt()  # what `telaah gui` imports before Qt (PySide6 keeps the source of later ones)
from PySide6.QtWidgets import QApplication
application = QApplication(["telaah"])
from app.core.project import Project
from app.ui.shell.main_window import MainWindow
from app.ui.coding.search_panel import open_search
window = MainWindow(Project.open(sys.argv[1], read_only=True), "Tester", lambda text: text)
window.resize(1400, 900)
window.show()
shown_at = time.perf_counter()
application.processEvents()
times = []
if sys.argv[4] == "prepared":  # wait for the background build the window starts
    from app.core.search_index import has_search_index
    while not has_search_index(window.project):
        if time.perf_counter() - shown_at > 120:
            raise SystemExit("the background build of the search index never finished")
        application.processEvents()
        time.sleep(0.005)
    ready = time.perf_counter() - shown_at
else:
    ready = None
panel = None
for query in sys.argv[2:4]:
    started = time.perf_counter()
    panel = panel or open_search(window)
    panel.query.setText(query)
    panel.mode.setCurrentIndex(panel.mode.findData("fuzzy"))
    shown = []
    panel.searched.connect(shown.append)
    panel.search()  # off the GUI thread; the hits are shown when it signals
    while not shown:
        application.processEvents()
        time.sleep(0.001)
    panel.searched.disconnect(shown.append)
    application.processEvents()
    times.append(time.perf_counter() - started)
with open("/proc/self/status", encoding="ascii") as status:  # resident memory now, in MB
    rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024
print(json.dumps(times + [ready, rss]))
"""


def rss_after_first_search(project: Path, settings: Path) -> float:
    """Resident memory (MB) of a fresh GUI process with ``project`` open, once its
    background index build is done and two fuzzy searches have listed their hits."""
    output = _run([PYTHON, "-c", _GUI_SEARCH, str(project), *QUERIES[:2], "prepared"],
                  _environment(settings))
    rss: float = json.loads(output.strip().splitlines()[-1])[3]
    return rss


def gui_cold_start_operation(bench: Bench) -> Operation:
    project = _shared_copy(bench)
    settings = bench.folder("end_to_end_settings")

    def launch(script: str, into: list[float]) -> None:
        started = time.time()
        shown = float(_run([PYTHON, "-c", script, str(project)],
                           _environment(settings)).split()[-1])
        into.append(shown - started)

    spans: list[float] = []
    bare: list[float] = []
    return Operation(
        name="gui_cold_start", run=lambda _number: launch(_GUI_START, spans),
        own_time=lambda: spans[-1],
        baseline=lambda _number: launch(_BARE_WINDOW, bare),
        baseline_own_time=lambda: bare[-1],
        workload=f"{_size(project)}; python -m app gui PROJECT, launching the process to "
                 "the main window's first paint",
        baseline_label="a bare QMainWindow in a new process, launch to first paint")


def gui_first_search_operation(bench: Bench) -> Operation:
    """Two fresh GUI processes per run: one searches once the window's background build of
    the index is done (the row: what a person who searches a moment after opening the
    project waits for), one searches right after the window shows (the notes: the build
    is then on the first search's path)."""
    project = _shared_copy(bench)
    settings = bench.folder("end_to_end_settings")
    first: list[float] = []
    later: list[float] = []
    at_once: list[float] = []
    ready: list[float] = []
    memory: list[float] = []

    def run(number: int) -> None:
        queries = [QUERIES[number % len(QUERIES)], QUERIES[(number + 1) % len(QUERIES)]]
        for mode in ("prepared", "at once"):
            output = _run([PYTHON, "-c", _GUI_SEARCH, str(project), *queries, mode],
                          _environment(settings))
            times = json.loads(output.strip().splitlines()[-1])
            if mode == "prepared":
                first.append(times[0])
                later.append(times[1])
                ready.append(times[2])
                memory.append(times[3])
            else:
                at_once.append(times[0])

    operation = Operation(
        name="gui_first_search", run=run, own_time=lambda: first[-1],
        workload=f"{bench.generated.manifest['words']:,} words; Edit › Search, fuzzy, until "
                 "the hits are listed, once the index the window builds in the background "
                 "is ready (fresh GUI process per run)")

    def close() -> None:
        if first:
            operation.notes.append(
                f"the background build was ready {_median_ms(ready)} after the window "
                f"showed (it starts 0.5 s after); a search right after the window shows, "
                f"which then builds the index itself: median {_median_ms(at_once)}; the "
                f"next search in the same Search window: median {_median_ms(later)}; "
                "reopening the Search window keeps the index; resident memory after the "
                f"two searches: median {statistics.median(memory):.0f} MB")

    operation.close = close
    return operation


def _size(project: Path) -> str:
    return f"{project.stat().st_size / 1e6:.0f} MB project"


def _count_files(folder: Path, suffix: str) -> int:
    return sum(1 for path in folder.rglob(f"*{suffix}") if path.is_file()) \
        if folder.is_dir() else 0

