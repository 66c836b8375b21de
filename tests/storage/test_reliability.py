"""Nothing a student codes is lost: old schemas, backups, locks, read-only, crashes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.coders import ensure_coder
from app.core.project import Project
from app.core.segments import add_segment, list_segments
from app.errors import ProjectLocked, ReadOnlyProject
from app.storage.backup import list_backups, restore_backup, take_backup
from app.storage.schema import current_revision, head_revision
from app.storage.session_lock import current_holder, lock_path

FIRST_REVISION = Path(__file__).resolve().parents[1] / "data" / "projects" / "schema-0001.telaah"


def test_a_project_from_the_first_schema_opens_after_a_backup(tmp_path: Path) -> None:
    old = tmp_path / "lama.telaah"
    shutil.copyfile(FIRST_REVISION, old)
    project = Project.open(old)
    try:
        assert current_revision(project.engine) == head_revision()
        [segment] = list_segments(project)
        assert segment.text.startswith("Belum maksimal") and segment.text.endswith("😀")
        assert (segment.code, segment.coder, segment.memo) == ("Kinerja/Kualitas", "Annisa",
                                                               "memo lama")
        assert segment.review_status == "pending"
    finally:
        project.close()
    backups = list_backups(old)  # newest first: after the upgrade, then before it
    with sqlite3.connect(backups[-1].path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert FIRST_REVISION.read_bytes()[:16] == b"SQLite format 3\x00"


def test_backups_skip_unchanged_projects_even_when_forced(demo_path: Path) -> None:
    first = take_backup(demo_path)
    assert first is not None and take_backup(demo_path) is None  # nothing changed
    for _ in range(12):
        renewed = take_backup(demo_path, force=True)
        assert renewed is not None  # forced: the backup that holds this state
    backups = list_backups(demo_path)
    assert len(backups) == 1
    assert oct(backups[0].path.stat().st_mode & 0o777) == oct(0o600)
    with sqlite3.connect(backups[0].path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM coded_segments").fetchone() == (429,)


def test_restore_brings_back_the_old_state(demo_path: Path) -> None:
    project = Project.open(demo_path)
    assert list_backups(demo_path) == []  # opening backs up nothing; the first write does
    coder = ensure_coder(project, name="Citra").created
    [backup] = list_backups(demo_path)
    segment = list_segments(project)[0]
    add_segment(project, source_id=segment.source_id, code_id=segment.code_id,
                coder_id=coder, start=0, end=3)
    assert len(list_segments(project)) == 430
    project.close()
    safety = restore_backup(demo_path, backup.path).safety
    assert safety is not None
    reopened = Project.open(demo_path)
    try:
        assert len(list_segments(reopened)) == 429
    finally:
        reopened.close()
    with sqlite3.connect(safety.path) as connection:
        assert connection.execute("SELECT count(*) FROM coded_segments").fetchone() == (430,)


def test_one_interactive_writer_and_a_read_only_second(demo_path: Path) -> None:
    first = Project.open(demo_path, exclusive=True)
    try:
        holder = current_holder(demo_path)
        assert holder is not None and holder.pid == os.getpid()
        with pytest.raises(ProjectLocked) as raised:
            Project.open(demo_path, exclusive=True)
        assert holder.user in raised.value.message()
        viewer = Project.open(demo_path, read_only=True)
        try:
            assert len(list_segments(viewer)) == 429
            with pytest.raises(ReadOnlyProject):
                ensure_coder(viewer, name="Citra")
        finally:
            viewer.close()
    finally:
        first.close()
    assert current_holder(demo_path) is None and not lock_path(demo_path).exists()


def test_a_stale_lock_from_a_crashed_process_is_cleared(demo_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True)
    import socket

    lock_path(demo_path).write_text(json.dumps({
        "pid": int(dead.stdout), "host": socket.gethostname(), "user": "x",
        "since": "2026-01-01 00:00", "started": "1"}))
    assert current_holder(demo_path) is None
    project = Project.open(demo_path, exclusive=True)
    project.close()
    garbage = lock_path(demo_path)
    garbage.write_text("{not json")
    Project.open(demo_path, exclusive=True).close()


CODING_LOOP = """
import sys
from app.core.coders import ensure_coder
from app.core.project import Project
from app.core.segments import add_segment, list_segments

project = Project.open(sys.argv[1])
coder = ensure_coder(project, name="Crash").created
segment = list_segments(project)[0]
index = 0
while True:
    changes = add_segment(project, source_id=segment.source_id, code_id=segment.code_id,
                          coder_id=coder, start=index % 50, end=index % 50 + 3,
                          memo=f"crash-{index}")
    print(changes.created, flush=True)
    index += 1
"""


def test_sigkill_while_coding_loses_no_acknowledged_segment(demo_path: Path) -> None:
    worker = subprocess.Popen([sys.executable, "-c", CODING_LOOP, str(demo_path)],
                              stdout=subprocess.PIPE, text=True)
    acknowledged = []
    assert worker.stdout is not None
    for line in worker.stdout:
        acknowledged.append(int(line))
        if len(acknowledged) >= 300:
            break
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    acknowledged += [int(line) for line in worker.stdout.read().split()]
    with sqlite3.connect(demo_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    project = Project.open(demo_path)
    try:
        stored = {s.id for s in list_segments(project) if s.coder == "Crash"}
    finally:
        project.close()
    assert set(acknowledged) <= stored
