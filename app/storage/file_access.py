"""The one module that touches project files as files (GUIDE rule 11).

A process that holds SQLite connections to a project must never open the project file,
its ``-wal`` or its ``-shm`` through a descriptor of its own: closing that descriptor
would drop the POSIX locks of its connections, and another process reading the project
could then delete the live write-ahead log (see :mod:`app.open_databases`). So whatever
Telaah needs to know about a project file it learns here, through SQLite itself: whether
it is a database, a digest of its content, a consistent copy. The only descriptors this
module opens itself are on files that no connection can have open yet: a new, empty file
(created exclusively) and a copy being written under a temporary name.

``tests/test_architecture.py`` checks that no other module of app/storage or app/core opens,
copies, replaces or deletes files, except the lock file and the backup records, which
SQLite never opens.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

from app import open_databases
from app.errors import (
    FileReadDenied,
    NotAProject,
    ProjectDamaged,
    ProjectExists,
    ProjectInUse,
)
from app.storage.read_access import read_only_folder_without_log

# Project files hold interview data: readable by their owner only.
PRIVATE_FILE_MODE = 0o600
PROJECT_FILE_SUFFIXES = ("", "-wal", "-shm", "-journal")
# Bytes of the database header that say how a file is kept rather than what it holds:
# file format versions (WAL or rollback journal), change counter, schema cookie, and the
# SQLite version that wrote it. A backup differs from its source in these.
HEADER_BOOKKEEPING = ((18, 20), (24, 28), (40, 44), (92, 100))
NOT_A_DATABASE = "not an SQLite database"
# How SQLite says that a database is damaged (truncated, overwritten, half-copied).
_DAMAGE_WORDS = ("malformed", "disk image", "database corrupt")


def is_damage(detail: str) -> bool:
    """True when SQLite's message ``detail`` says the database file is damaged."""
    return any(word in detail.lower() for word in _DAMAGE_WORDS)


def is_read_only_problem(detail: str) -> bool:
    """True when SQLite's message ``detail`` says it may not write the file or its folder."""
    lowered = detail.lower()
    return "readonly" in lowered or "read-only" in lowered


def sqlite_uri(path: Path, mode: str) -> str:
    """An SQLite URI for ``path`` that survives ``?``, ``#`` and ``%`` in folder names.

    Read-only access (``mode="ro"``) to a database in a folder nobody can write to, with no
    write-ahead log beside it, is marked immutable: SQLite could neither create the
    shared-memory file it otherwise needs nor could anyone write to the database there.
    """
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    if mode == "ro" and read_only_folder_without_log(path):
        uri += "&immutable=1"
    return uri


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and owner-only; fails if anything of that name exists."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(descriptor)


def check_database(path: Path) -> None:
    """Refuse anything but an SQLite database, asking SQLite rather than reading the header."""
    try:
        if path.stat().st_size == 0:
            raise NotAProject(path=path, detail=NOT_A_DATABASE)
        connection = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
        try:
            connection.execute("PRAGMA schema_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if not os.access(path, os.R_OK):
            raise FileReadDenied(path=path, detail=str(error)) from error
        if is_damage(str(error)):
            raise ProjectDamaged(path=path, detail=str(error)) from error
        detail = NOT_A_DATABASE if "not a database" in str(error) else str(error)
        raise NotAProject(path=path, detail=detail) from error
    except PermissionError as error:
        raise FileReadDenied(path=path, detail=error.strerror or str(error)) from error
    except (OSError, sqlite3.Error) as error:
        raise NotAProject(path=path, detail=getattr(error, "strerror", None) or str(error)) \
            from error


def content_digest(path: Path) -> str:
    """A digest of a database's pages, read through SQLite, blind to the header bytes that
    differ between a project and its backup without saying anything about the data."""
    connection = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    try:
        pages = bytearray(connection.serialize())
    finally:
        connection.close()
    for start, end in HEADER_BOOKKEEPING:
        pages[start:end] = bytes(len(pages[start:end]))
    return hashlib.blake2b(pages, digest_size=32).hexdigest()


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of an SQLite database, written privately, then moved into place."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    try:
        origin = sqlite3.connect(sqlite_uri(source, "ro"), uri=True)
        copy = sqlite3.connect(partial)
        try:
            origin.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            copy.commit()
        finally:
            copy.close()
            origin.close()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def replace_project(project_path: Path, replacement: Path) -> None:
    """Put the database ``replacement`` in the place of the project (a restore).

    Refused while this process has the project open: its connections would go on
    writing into the replaced file.
    """
    ensure_not_open(project_path)
    # A leftover write-ahead log belongs to the old database; applied to the restored one
    # it would corrupt it.
    for suffix in ("-wal", "-shm"):
        Path(f"{project_path}{suffix}").unlink(missing_ok=True)
    os.replace(replacement, project_path)


def ensure_not_open(project_path: Path) -> None:
    """Refuse to replace a project this process has connections to."""
    if open_databases.is_held(project_path):
        raise ProjectInUse(path=project_path)


def is_intact(path: Path) -> bool:
    """True when SQLite's quick check finds nothing wrong with the database at ``path``."""
    try:
        connection = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
        try:
            result: tuple[str] | None = connection.execute("PRAGMA quick_check").fetchone()
            return result == ("ok",)
        finally:
            connection.close()
    except sqlite3.Error:
        return False


def set_aside(path: Path, label: str) -> Path:
    """Move a project file (with its log) out of the way, keeping it: ``NAME.LABEL``."""
    ensure_not_open(path)
    kept = path.with_name(f"{path.name}.{label}")
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{kept}{suffix}"))
    os.replace(path, kept)
    return kept


BUILDING_SUFFIX = ".building"


def building_path(path: Path) -> Path:
    """Where a new project for ``path`` is built: hidden beside it, named after this
    process so that a build left by a crash can be told from one under way."""
    return path.with_name(f".{path.name}.{os.getpid()}{BUILDING_SUFFIX}")


def clear_stale_builds(path: Path) -> None:
    """Remove what crashed builds of ``path`` left behind (their process is gone)."""
    for leftover in path.parent.glob(f".{path.name}.*{BUILDING_SUFFIX}"):
        pid = leftover.name[len(path.name) + 2:-len(BUILDING_SUFFIX)]
        if pid.isdigit() and not _process_alive(int(pid)):
            remove_project_files(leftover)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def move_into_place(built: Path, path: Path) -> None:
    """Give the finished project ``built`` its name ``path``, never replacing a file that
    appeared there meanwhile. ``built`` has no connections left (its log is folded)."""
    try:
        os.link(built, path)
    except FileExistsError:
        remove_project_files(built)
        raise ProjectExists(path=path) from None
    except OSError:  # a file system without hard links (FAT, exFAT)
        if path.exists():
            remove_project_files(built)
            raise ProjectExists(path=path) from None
        os.replace(built, path)
        return
    remove_project_files(built)


def remove_project_files(path: Path) -> None:
    """Delete a project file with its write-ahead log and shared-memory files."""
    for suffix in PROJECT_FILE_SUFFIXES:
        Path(f"{path}{suffix}").unlink(missing_ok=True)
