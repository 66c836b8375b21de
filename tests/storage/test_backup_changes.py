"""A project file is backed up when it is opened after its content changed, and only then."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from app.core.coders import ensure_coder
from app.core.project import Project
from app.core.segments import add_segment, list_segments
from app.storage.backup import RECORD_SUFFIX, list_backups, restore_backup

AN_HOUR_NS = 3600 * 1_000_000_000


def open_and_close(path: Path, times: int = 1) -> None:
    for _ in range(times):
        Project.open(path).close()


def add_one_segment(project: Project) -> None:
    coder = ensure_coder(project, name="Citra").created
    first = list_segments(project)[0]
    add_segment(project, source_id=first.source_id, code_id=first.code_id,
                coder_id=coder, start=0, end=3)


def segments_in(backup: Path) -> int:
    with sqlite3.connect(backup) as connection:
        return connection.execute("SELECT count(*) FROM coded_segments").fetchone()[0]


def last_changed_long_ago(path: Path) -> None:
    """As a project file saved in an earlier session looks: its time proves it unchanged."""
    earlier = time.time_ns() - AN_HOUR_NS
    os.utime(path, ns=(earlier, earlier))


def test_unchanged_opens_share_one_backup_and_a_change_adds_exactly_one(
        demo_path: Path) -> None:
    open_and_close(demo_path, times=4)
    assert len(list_backups(demo_path)) == 1
    with Project.open(demo_path) as project:
        add_one_segment(project)
    assert len(list_backups(demo_path)) == 1  # the change is saved at the next open
    open_and_close(demo_path)
    backups = list_backups(demo_path)
    assert len(backups) == 2
    assert [segments_in(b.path) for b in backups] == [426, 425]
    open_and_close(demo_path, times=3)
    assert len(list_backups(demo_path)) == 2


def test_a_file_known_unchanged_by_its_time_is_not_reread(demo_path: Path) -> None:
    last_changed_long_ago(demo_path)
    open_and_close(demo_path)
    [backup] = list_backups(demo_path)
    before = demo_path.stat().st_mtime_ns
    open_and_close(demo_path, times=3)
    # Reading a project writes nothing into the file itself, only into -wal and -shm.
    assert demo_path.stat().st_mtime_ns == before
    assert list_backups(demo_path) == [backup]
    # A file touched (or copied back) without a change is compared by its content.
    os.utime(demo_path)
    open_and_close(demo_path)
    assert list_backups(demo_path) == [backup]


def test_a_transaction_still_in_the_log_is_in_the_next_backup(demo_path: Path) -> None:
    with Project.open(demo_path) as first:
        add_one_segment(first)
        # The first project is still open, so its commit is in the -wal file only.
        assert Path(f"{demo_path}-wal").stat().st_size > 0
        open_and_close(demo_path)
        newest = list_backups(demo_path)[0]
        assert segments_in(newest.path) == 426
        with sqlite3.connect(newest.path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        open_and_close(demo_path, times=2)
        assert list_backups(demo_path)[0] == newest
    assert len(list_backups(demo_path)) == 2


def test_backups_without_a_record_are_compared_by_content(demo_path: Path) -> None:
    open_and_close(demo_path)
    [backup] = list_backups(demo_path)
    record = backup.path.with_suffix(RECORD_SUFFIX)
    assert record.is_file()
    record.unlink()  # as a backup taken by an earlier Telaah has none
    open_and_close(demo_path, times=2)
    assert list_backups(demo_path) == [backup]
    assert record.is_file()


def test_a_restored_project_is_backed_up_once(demo_path: Path) -> None:
    with Project.open(demo_path) as project:
        add_one_segment(project)
    oldest = list_backups(demo_path)[-1]
    restore_backup(demo_path, oldest.path)
    count = len(list_backups(demo_path))
    # The restored file is in rollback-journal mode until the first open turns on WAL.
    open_and_close(demo_path, times=3)
    backups = list_backups(demo_path)
    assert len(backups) == count + 1
    assert segments_in(backups[0].path) == 425


def test_rotation_removes_the_records_of_old_backups(demo_path: Path) -> None:
    for _ in range(12):
        with Project.open(demo_path) as project:
            add_one_segment(project)
    backups = list_backups(demo_path)
    assert len(backups) == 10
    records = sorted(backups[0].path.parent.glob(f"*{RECORD_SUFFIX}"))
    assert records == sorted(b.path.with_suffix(RECORD_SUFFIX) for b in backups)
