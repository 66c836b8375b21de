"""One project = one SQLite file: create it privately, and open only genuine project files."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine

from app.errors import (
    FolderNotFound,
    NotAProject,
    ProjectDamaged,
    ProjectExists,
    ProjectNotFound,
    ProjectNotWritable,
    ProjectTooNew,
)
from app.storage.backup import take_backup
from app.storage.database import make_sqlite_engine
from app.storage.file_access import (
    building_path,
    check_database,
    clear_stale_builds,
    create_private_file,
    is_damage,
    is_read_only_problem,
    move_into_place,
    remove_project_files,
)
from app.storage.schema import (
    current_revision,
    head_revision,
    known_revisions,
    upgrade_to_head,
)
from app.storage.schema_head import is_head


def create_project_file(path: Path) -> Engine:
    """Create ``path`` as an empty project at the newest schema and return its engine."""
    if path.exists():
        raise ProjectExists(path=path)
    if not path.parent.is_dir():
        raise FolderNotFound(path=path.parent)
    create_private_file(path)
    engine = make_sqlite_engine(path)
    try:
        upgrade_to_head(engine)
    except BaseException:
        engine.dispose()
        remove_project_files(path)
        raise
    return engine


@contextmanager
def new_project_file(path: Path) -> Iterator[Engine]:
    """The engine of a new project for ``path``, built under a temporary name beside it.

    When the block ends without error the engine is disposed and the finished file renamed
    into place; on an error it is removed, and after a crash the next build removes it. So
    ``path`` never holds half a project: a retry never meets "already exists".
    """
    if path.exists():
        raise ProjectExists(path=path)
    if not path.parent.is_dir():
        raise FolderNotFound(path=path.parent)
    clear_stale_builds(path)
    built = building_path(path)
    remove_project_files(built)
    engine = create_project_file(built)
    try:
        yield engine
    except BaseException:
        engine.dispose()
        remove_project_files(built)
        raise
    engine.dispose()
    move_into_place(built, path)


def open_project_file(path: Path, *, read_only: bool = False) -> Engine:
    """Open an existing project, upgrading an older schema after backing it up; refuse
    anything else. ``read_only`` opens it so that nothing can be written."""
    if not path.is_file():
        raise ProjectNotFound(path=path)
    check_database(path)
    engine = make_sqlite_engine(path, read_only=read_only)
    try:
        revision = current_revision(engine)
    except Exception as error:  # sqlite3 raises DatabaseError for damaged files
        engine.dispose()
        detail = str(getattr(error, "orig", None) or error).splitlines()[0]
        if is_damage(detail):
            raise ProjectDamaged(path=path, detail=detail) from error
        if is_read_only_problem(detail):
            raise ProjectNotWritable(path=path, detail=detail) from error
        raise NotAProject(path=path, detail=detail) from error
    if revision is None:
        engine.dispose()
        raise NotAProject(path=path, detail="no Telaah schema version")
    if is_head(revision):  # nearly every opening: no migration file is read
        return engine
    if revision not in known_revisions():
        engine.dispose()
        raise ProjectTooNew(path=path, found=revision)
    if revision != head_revision():
        engine.dispose()
        if read_only:
            # Written by an older Telaah: upgrade it once (after a backup), then read.
            open_project_file(path).dispose()
            return open_project_file(path, read_only=True)
        engine = make_sqlite_engine(path)
        take_backup(path, force=True)
        upgrade_to_head(engine)
    return engine


__all__ = [
    "create_project_file",
    "new_project_file",
    "open_project_file",
    "remove_project_files",
]
