"""While a project is open in this process, nothing opens its files behind SQLite's back.

Python reports every ``open()`` of a file to audit hooks; SQLite opens its files in C and
is not reported. So a hook that records each Python-level open of the project file, its
log or its shared memory, while connections exist, finds every place that could drop
SQLite's locks (GUIDE rule 11; tests/storage/test_second_reader.py shows what follows).
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import open_databases
from app.core.change_watch import current_mark, poll_changes
from app.core.coders import ensure_coder
from app.core.project import Project
from app.core.project_copy import copy_project
from app.core.qdpx import export_qdpx
from app.core.sources import import_sources
from app.errors import FileIsOpenProject, NotAProject, ProjectInUse
from app.io.file_bytes import write_file_atomically
from app.storage.backup import list_backups, restore_backup, take_backup
from app.storage.file_access import check_database, content_digest

_watched: set[str] = set()
_seen: list[str] = []


def _audit(event: str, arguments: tuple[object, ...]) -> None:
    if event == "open" and _watched and arguments and isinstance(arguments[0], (str, Path)):
        name = os.path.realpath(arguments[0])
        if name in _watched:
            _seen.append(name)


sys.addaudithook(_audit)


@pytest.fixture
def watched(demo_path: Path) -> Iterator[list[str]]:
    """Records Python-level opens of the demo project's files."""
    real = os.path.realpath(demo_path)
    _watched.update({real, f"{real}-wal", f"{real}-shm", f"{real}-journal"})
    _seen.clear()
    yield _seen
    _watched.clear()


def _change_without_resizing(path: Path) -> None:
    """Change the content but not the size, so that the backup check compares digests."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("UPDATE project_info SET title = title || '!'")
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def test_opening_a_changed_project_reads_it_only_through_sqlite(
        demo_path: Path, watched: list[str]) -> None:
    take_backup(demo_path)
    size = demo_path.stat().st_size
    _change_without_resizing(demo_path)
    assert demo_path.stat().st_size == size
    with Project.open(demo_path, exclusive=True) as project:
        assert open_databases.is_held(demo_path)
        ensure_coder(project, name="Citra")  # the first write backs up the state before it
        assert len(list_backups(demo_path)) == 2  # the change was found: digests compared
        _change_without_resizing(demo_path)
        take_backup(demo_path)
        assert len(list_backups(demo_path)) == 3
        mark = current_mark(project)
        poll_changes(project, since=mark)
        with Project.open(demo_path, read_only=True) as second:
            assert second.read_only
    assert not open_databases.is_held(demo_path)
    assert watched == []


def test_exports_and_copies_of_an_open_project_read_it_through_sqlite(
        demo_path: Path, watched: list[str], tmp_path: Path) -> None:
    with Project.open(demo_path) as project:
        export_qdpx(project, path=tmp_path / "out.qdpx")
        copy_project(demo_path, tmp_path / "copy.telaah").close()
        content_digest(demo_path)
        check_database(demo_path)
    assert watched == []


def test_the_open_project_is_refused_as_an_import_or_an_export_target(
        demo_path: Path, watched: list[str]) -> None:
    linked = demo_path.with_name("transcript.txt")
    os.link(demo_path, linked)  # another name for the same file
    with Project.open(demo_path) as project:
        with pytest.raises(FileIsOpenProject):
            import_sources(project, paths=[linked], kind="interview")
        with pytest.raises(FileIsOpenProject):
            write_file_atomically(demo_path, b"an export")
    assert watched == []
    with Project.open(demo_path) as project:  # still a working project
        assert project.engine.dialect.name == "sqlite"


def test_a_restore_is_refused_while_this_process_has_the_project_open(
        demo_path: Path) -> None:
    backup = take_backup(demo_path, force=True)
    assert backup is not None
    with Project.open(demo_path), pytest.raises(ProjectInUse):
        restore_backup(demo_path, backup.path)
    assert not demo_path.with_name(demo_path.name + ".restoring").exists()
    restore_backup(demo_path, backup.path)  # closed: allowed


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not a database at all" * 10])
def test_anything_but_a_database_is_refused_without_being_changed(
        tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "foreign.telaah"
    path.write_bytes(content)
    with pytest.raises(NotAProject):
        Project.open(path)
    assert path.read_bytes() == content
    assert sorted(entry.name for entry in tmp_path.iterdir()) == ["foreign.telaah"]
