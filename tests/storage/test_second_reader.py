"""A second process reading the project never costs the open workbench its write-ahead log.

SQLite's locks are POSIX advisory locks, held per process: if the workbench process ever
opened the project file through a descriptor of its own and closed it, it would drop the
locks of its SQLite connections too; the next reader to close would think itself the last
connection, fold the log and delete it while the workbench goes on writing into the
unnamed file. Everything written from then on would be lost in a crash.

These tests run the real workbench (tests/storage/workbench_process.py) on a project
changed since its last backup, let other Telaah processes read it, write from the
workbench, kill it with SIGKILL and look for every acknowledged write.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.coders import ensure_coder
from app.core.codes import list_codes
from app.core.project import Project
from app.core.sources import list_sources

REPO = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("workbench_process.py")
WAIT_S = 60


def _environment(tmp_path: Path) -> dict[str, str]:
    environment = dict(os.environ)
    environment.update(QT_QPA_PLATFORM="offscreen", TELAAH_LANG="en",
                       XDG_CONFIG_HOME=str(tmp_path / "config"),
                       XDG_DATA_HOME=str(tmp_path / "data"),
                       TELAAH_BACKUP_DIR=str(tmp_path / "backups"),
                       PYTHONPATH=str(REPO))
    return environment


class Workbench:
    """One workbench process and the segments it acknowledged."""

    def __init__(self, project: Path, environment: dict[str, str], *extra: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(DRIVER), str(project), *extra], cwd=REPO, env=environment,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.acknowledged: list[int] = []
        assert self._line() == "ready", self.process.stderr.read() if self.process.stderr else ""

    def _line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def code(self, source: int, code: int, coder: int, start: int, end: int) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(f"code {source} {code} {coder} {start} {end}\n")
        self.process.stdin.flush()
        answer = self._line()
        assert answer.startswith("ack "), answer
        self.acknowledged.append(int(answer.split()[1]))

    def quit(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("quit\n")
        self.process.stdin.flush()
        self.process.wait(WAIT_S)

    def send(self, command: str, answer: str) -> None:
        """A command without data (``begin``, ``commit``) and the line that confirms it."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"{command}\n")
        self.process.stdin.flush()
        assert self._line() == answer

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(WAIT_S)

    def deleted_files(self) -> list[str]:
        """The files this process still writes into although their name is gone."""
        folder = Path(f"/proc/{self.process.pid}/fd")
        targets = []
        for entry in folder.iterdir():
            try:
                targets.append(os.readlink(entry))
            except OSError:
                continue
        return [target for target in targets if target.endswith(" (deleted)")]


def _telaah(environment: dict[str, str], *arguments: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "app", *arguments], cwd=REPO,
                            env=environment, capture_output=True, text=True, timeout=WAIT_S)
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def changed_project(demo_path: Path, tmp_path: Path) -> Iterator[tuple[Path, tuple[int, ...]]]:
    """The demo with a backup, then changed without changing its size: opening it in the
    workbench has to compare its content with the backup."""
    environment = _environment(tmp_path)
    with Project.open(demo_path) as project:
        source = list_sources(project)[0]
        code = next(code for code in list_codes(project) if code.codable)
        coder = ensure_coder(project, name="Workbench").created
    size = demo_path.stat().st_size
    _telaah(environment, "code", str(demo_path), "--source", source.title, "--start", "0",
            "--end", "5", "--code", code.path, "--coder", "Workbench")
    # Fold the log into the file. (A connection left open here would hold a lock that
    # hides the hazard: close it.)
    connection = sqlite3.connect(demo_path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    assert demo_path.stat().st_size == size
    assert coder is not None
    yield demo_path, (source.id, code.id, coder)


def _stored_segments(path: Path) -> set[int]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return {row[0] for row in connection.execute("SELECT id FROM coded_segments")}
    finally:
        connection.close()


def _project_files(path: Path) -> set[str]:
    return {entry.name for entry in path.parent.iterdir() if entry.name.startswith(path.name)}


# A backup program or any other SQLite client reads the file as this one does.
OTHER_SQLITE_CLIENT = (
    "import sqlite3, sys\n"
    "connection = sqlite3.connect(sys.argv[1])\n"
    "connection.execute('SELECT count(*) FROM coded_segments').fetchone()\n"
    "connection.close()\n"
)


@pytest.mark.parametrize("reader", ["info", "segments", "backup list", "read-only workbench",
                                    "another SQLite client", "search", "search --fuzzy"])
def test_a_second_reader_leaves_the_workbench_its_log(
        changed_project: tuple[Path, tuple[int, ...]], tmp_path: Path, reader: str) -> None:
    path, (source, code, coder) = changed_project
    environment = _environment(tmp_path)
    workbench = Workbench(path, environment)
    try:
        # The first reader comes before the workbench writes anything (a write makes its
        # SQLite connection take its locks again).
        assert {f"{path.name}-wal", f"{path.name}-shm"} <= _project_files(path)
        for round_number in range(3):
            if reader == "read-only workbench":
                second = Workbench(path, environment, "--read-only")
                second.quit()
            elif reader == "another SQLite client":
                subprocess.run([sys.executable, "-c", OTHER_SQLITE_CLIENT, str(path)],
                               check=True, timeout=WAIT_S)
            elif reader.startswith("search"):
                _telaah(environment, "search", str(path), "kinerja", *reader.split()[1:])
            else:
                _telaah(environment, *reader.split(), str(path), *(
                    ["--json"] if reader in ("info", "segments") else []))
            assert workbench.deleted_files() == []
            assert {f"{path.name}-wal", f"{path.name}-shm"} <= _project_files(path)
            for offset in range(5):
                start = 30 + 10 * round_number + offset
                workbench.code(source, code, coder, start, start + 4)
    finally:
        workbench.kill()
    assert len(workbench.acknowledged) == 15
    assert set(workbench.acknowledged) <= _stored_segments(path)


# ``telaah ARGUMENTS`` in a process that fails unless the command read the project through
# the plain reader (no SQLAlchemy loaded); prints the command's output.
PLAIN_COMMAND = (
    "import sys\n"
    "from app.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "sys.stdout.flush()\n"
    "assert 'sqlalchemy' not in sys.modules, 'the full path was taken'\n"
    "raise SystemExit(code)\n"
)


def _plain_telaah(environment: dict[str, str], *arguments: str) -> str:
    result = subprocess.run([sys.executable, "-c", PLAIN_COMMAND, *arguments], cwd=REPO,
                            env=environment, capture_output=True, text=True, timeout=WAIT_S)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _segments_of(summary_json: str, coder: str) -> int:
    import json

    summary = json.loads(summary_json)
    return next((c["segments"] for c in summary["coders"] if c["name"] == coder), 0)


def test_the_plain_reader_leaves_the_workbench_its_log_committed_or_not(
        changed_project: tuple[Path, tuple[int, ...]], tmp_path: Path) -> None:
    """``telaah info`` and ``telaah search`` read without SQLAlchemy (issue 19) while the
    workbench has committed segments in its log and a write transaction open; they see
    the committed ones only; the workbench then commits and crashes; nothing is lost."""
    path, (source, code, coder) = changed_project
    environment = _environment(tmp_path)
    before = _segments_of(_plain_telaah(environment, "info", str(path), "--json"), "Workbench")
    workbench = Workbench(path, environment)
    try:
        for offset in range(4):  # committed: in the log, not yet in the file
            workbench.code(source, code, coder, 40 + offset, 44 + offset)
        assert Path(f"{path}-wal").stat().st_size > 0
        workbench.send("begin", "begun")
        for offset in range(3):  # inside the open transaction: not committed
            workbench.code(source, code, coder, 60 + offset, 64 + offset)
        for _ in range(2):
            shown = _plain_telaah(environment, "info", str(path), "--json")
            assert _segments_of(shown, "Workbench") == before + 4
            assert _plain_telaah(environment, "search", str(path), "kinerja", "--fuzzy")
            assert workbench.deleted_files() == []
            assert {f"{path.name}-wal", f"{path.name}-shm"} <= _project_files(path)
        workbench.send("commit", "committed")
        workbench.code(source, code, coder, 80, 84)
        shown = _plain_telaah(environment, "info", str(path), "--json")
        assert _segments_of(shown, "Workbench") == before + 8
        assert workbench.deleted_files() == []
    finally:
        workbench.kill()
    assert len(workbench.acknowledged) == 8
    assert set(workbench.acknowledged) <= _stored_segments(path)
