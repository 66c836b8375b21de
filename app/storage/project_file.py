"""One project = one SQLite file: create it privately, and open only genuine project files."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine

from app.errors import (
    NotAProject,
    ProjectExists,
    ProjectNotFound,
    ProjectTooNew,
    ReadOnlyProject,
)
from app.storage.backup import take_backup
from app.storage.database import make_sqlite_engine
from app.storage.schema import (
    current_revision,
    head_revision,
    known_revisions,
    upgrade_to_head,
)

SQLITE_HEADER = b"SQLite format 3\x00"
# Project files hold interview data: readable by their owner only.
PRIVATE_FILE_MODE = 0o600


def create_project_file(path: Path) -> Engine:
    """Create ``path`` as an empty project at the newest schema and return its engine."""
    if path.exists():
        raise ProjectExists(path=path)
    if not path.parent.is_dir():
        raise ProjectNotFound(path=path.parent)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(descriptor)
    engine = make_sqlite_engine(path)
    try:
        upgrade_to_head(engine)
    except BaseException:
        engine.dispose()
        remove_project_files(path)
        raise
    return engine


def open_project_file(path: Path, *, read_only: bool = False) -> Engine:
    """Open an existing project, upgrading an older schema after backing it up; refuse
    anything else. ``read_only`` opens it so that nothing can be written."""
    if not path.is_file():
        raise ProjectNotFound(path=path)
    _check_header(path)
    engine = make_sqlite_engine(path, read_only=read_only)
    try:
        revision = current_revision(engine)
    except Exception as error:  # sqlite3 raises DatabaseError for damaged files
        engine.dispose()
        raise NotAProject(path=path, detail=str(error).splitlines()[0]) from error
    if revision is None:
        engine.dispose()
        raise NotAProject(path=path, detail="no Telaah schema version")
    if revision not in known_revisions():
        engine.dispose()
        raise ProjectTooNew(path=path, found=revision)
    if revision != head_revision():
        if read_only:
            engine.dispose()
            raise ReadOnlyProject(path=path)
        take_backup(path, force=True)
        upgrade_to_head(engine)
    return engine


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise NotAProject(path=path, detail=error.strerror or str(error)) from error
    if header != SQLITE_HEADER:
        raise NotAProject(path=path, detail="not an SQLite database")


def remove_project_files(path: Path) -> None:
    """Delete a project file with its write-ahead log and shared-memory files."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


__all__ = ["create_project_file", "open_project_file"]
