"""A project file is backed up before the first write of a session when its content changed
since its last backup, and only then; reading never backs up; no content is stored twice."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.core.coders import ensure_coder
from app.core.project import COMMAND_SESSION_S, Project
from app.core.segments import add_segment, list_segments
from app.storage.backup import (
    RECORD_SUFFIX,
    STAMP_FORMAT,
    BackupFile,
    backups_to_keep,
    list_backups,
    restore_backup,
    take_backup,
)

AN_HOUR_NS = 3600 * 1_000_000_000


def open_and_close(path: Path, times: int = 1, *, read_only: bool = False) -> None:
    for _ in range(times):
        Project.open(path, read_only=read_only).close()


def add_one_segment(project: Project) -> None:
    coder = ensure_coder(project, name="Citra").created
    first = list_segments(project)[0]
    add_segment(project, source_id=first.source_id, code_id=first.code_id,
                coder_id=coder, start=0, end=3)


def write_session(path: Path, writes: int = 1) -> None:
    """A workbench session (it holds the session lock) that writes."""
    with Project.open(path, exclusive=True) as project:
        for _ in range(writes):
            add_one_segment(project)


def segments_in(backup: Path) -> int:
    connection = sqlite3.connect(backup)
    try:
        return int(connection.execute("SELECT count(*) FROM coded_segments").fetchone()[0])
    finally:
        connection.close()


def last_changed_long_ago(path: Path) -> None:
    """As a project file saved in an earlier session looks: its time proves it unchanged."""
    earlier = time.time_ns() - AN_HOUR_NS
    os.utime(path, ns=(earlier, earlier))


def test_reading_never_backs_up_nor_changes_the_file_or_its_folder(demo_path: Path) -> None:
    last_changed_long_ago(demo_path)
    before = (demo_path.stat().st_mtime_ns, sorted(p.name for p in demo_path.parent.iterdir()))
    open_and_close(demo_path, times=4, read_only=True)
    open_and_close(demo_path, times=2)  # opened for writing, nothing written
    after = (demo_path.stat().st_mtime_ns, sorted(p.name for p in demo_path.parent.iterdir()))
    assert after == before
    assert list_backups(demo_path) == []


def test_the_first_write_of_a_session_backs_up_the_state_before_it(demo_path: Path) -> None:
    write_session(demo_path, writes=2)
    [first] = list_backups(demo_path)
    assert segments_in(first.path) == 429
    write_session(demo_path)
    backups = list_backups(demo_path)
    assert [segments_in(b.path) for b in backups] == [431, 429]
    open_and_close(demo_path, times=3)
    assert len(list_backups(demo_path)) == 2


def test_a_file_known_unchanged_by_its_time_is_not_reread(demo_path: Path) -> None:
    last_changed_long_ago(demo_path)
    backup = take_backup(demo_path)
    assert backup is not None
    before = demo_path.stat().st_mtime_ns
    for _ in range(3):
        assert take_backup(demo_path) is None
    assert demo_path.stat().st_mtime_ns == before
    # A file touched (or copied back) without a change is compared by its content.
    os.utime(demo_path)
    assert take_backup(demo_path) is None
    assert list_backups(demo_path) == [backup]


def test_a_transaction_still_in_the_log_is_in_the_next_backup(demo_path: Path) -> None:
    with Project.open(demo_path) as first:
        add_one_segment(first)
        # The first project is still open, so its commit is in the -wal file only.
        assert Path(f"{demo_path}-wal").stat().st_size > 0
        write_session(demo_path)
        newest = list_backups(demo_path)[0]
        assert segments_in(newest.path) == 430
        connection = sqlite3.connect(newest.path)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        finally:
            connection.close()
    assert len(list_backups(demo_path)) == 2


def test_backups_without_a_record_are_compared_by_content(demo_path: Path) -> None:
    backup = take_backup(demo_path)
    assert backup is not None
    record = backup.path.with_suffix(RECORD_SUFFIX)
    assert record.is_file()
    record.unlink()  # as a backup taken by an earlier Telaah has none
    assert take_backup(demo_path) is None
    assert list_backups(demo_path) == [backup]
    assert record.is_file()


def test_the_same_content_is_never_stored_twice(demo_path: Path, tmp_path: Path) -> None:
    """A project back at an earlier state (a copy brought back) renews that state's
    backup instead of storing it again."""
    take_backup(demo_path)
    saved = tmp_path / "saved.telaah"
    shutil.copyfile(demo_path, saved)
    write_session(demo_path)  # backs up nothing new: the state before equals the backup
    take_backup(demo_path)  # the state with the new segment
    assert [segments_in(b.path) for b in list_backups(demo_path)] == [430, 429]
    shutil.copyfile(saved, demo_path)
    for suffix in ("-wal", "-shm"):
        Path(f"{demo_path}{suffix}").unlink(missing_ok=True)
    assert take_backup(demo_path) is None
    assert [segments_in(b.path) for b in list_backups(demo_path)] == [429, 430]


def test_a_log_that_cannot_be_folded_still_adds_no_copy_of_the_same_state(
        demo_path: Path) -> None:
    """With a reader inside a transaction the log cannot be folded, as with a read-only
    file: ten backups of the same content used to evict every earlier state."""
    write_session(demo_path)
    older = list_backups(demo_path)
    reader = sqlite3.connect(demo_path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM coded_segments").fetchone()
        for _ in range(10):
            take_backup(demo_path)
    finally:
        reader.close()
    backups = list_backups(demo_path)
    assert len(backups) == 2
    assert backups[-1] == older[0]


def test_a_restored_project_is_backed_up_once(demo_path: Path) -> None:
    write_session(demo_path)
    take_backup(demo_path)
    oldest = list_backups(demo_path)[-1]
    restore_backup(demo_path, oldest.path)
    count = len(list_backups(demo_path))
    open_and_close(demo_path, times=3)
    write_session(demo_path)
    backups = list_backups(demo_path)
    assert len(backups) == count
    assert segments_in(backups[0].path) == 429


def test_rotation_removes_the_records_of_old_backups(demo_path: Path) -> None:
    for _ in range(12):
        write_session(demo_path)
    backups = list_backups(demo_path)
    assert len(backups) == 10
    records = sorted(backups[0].path.parent.glob(f"*{RECORD_SUFFIX}"))
    assert records == sorted(b.path.with_suffix(RECORD_SUFFIX) for b in backups)


def test_the_last_state_of_each_of_the_last_fourteen_days_is_kept() -> None:
    now = datetime(2026, 12, 5, 12, tzinfo=UTC)
    today = [now - timedelta(minutes=minutes) for minutes in range(30)]
    earlier_days = [now - timedelta(days=days, hours=hours)
                    for days in range(1, 20) for hours in (0, 1)]
    backups = [BackupFile(path=Path(f"{number}.telaah"), taken_at=taken, size=1)
               for number, taken in enumerate(sorted(today + earlier_days, reverse=True))]
    kept = backups_to_keep(backups, keep=10, now=now)
    assert kept[:10] == backups[:10]
    days = [backup.taken_at.astimezone().date() for backup in kept[10:]]
    assert len(days) == len(set(days)) == 13  # yesterday back to thirteen days ago
    assert all((now.astimezone().date() - day).days < 14 for day in days)
    for backup in kept[10:]:  # the newest of its day
        same_day = [b for b in backups
                    if b.taken_at.astimezone().date() == backup.taken_at.astimezone().date()]
        assert backup == same_day[0]


def test_what_a_crash_left_half_written_in_the_backup_folder_is_cleared(
        demo_path: Path) -> None:
    take_backup(demo_path)
    folder = list_backups(demo_path)[0].path.parent
    old, fresh = folder / "20260101T000000000000Z.telaah.partial", folder / "x.state.partial"
    for partial in (old, fresh):
        partial.write_bytes(b"half")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    write_session(demo_path)
    assert not old.exists()
    assert fresh.exists()  # may be another process's backup being written now


def _age_backups(path: Path, seconds: float) -> None:
    """Make every backup of ``path`` look ``seconds`` older (its time is in its name)."""
    for backup in list_backups(path):
        older = (backup.taken_at - timedelta(seconds=seconds)).strftime(STAMP_FORMAT)
        record = backup.path.with_suffix(RECORD_SUFFIX)
        backup.path.rename(backup.path.with_name(f"{older}.telaah"))
        if record.exists():
            record.rename(record.with_name(f"{older}{RECORD_SUFFIX}"))


def test_commands_run_one_after_another_are_one_session(demo_path: Path) -> None:
    """A script coding segment by segment copies the project once, not once per call."""
    for _ in range(5):
        with Project.open(demo_path) as project:  # a command: no session lock
            add_one_segment(project)
    assert [segments_in(b.path) for b in list_backups(demo_path)] == [429]
    _age_backups(demo_path, COMMAND_SESSION_S + 1)
    with Project.open(demo_path) as project:  # a command after a pause: a new session
        add_one_segment(project)
    assert [segments_in(b.path) for b in list_backups(demo_path)] == [434, 429]
    write_session(demo_path)  # the workbench always backs up before its first write
    assert [segments_in(b.path) for b in list_backups(demo_path)] == [435, 434, 429]
