"""An open project: where it lives and how core functions get a session on it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.models import ProjectInfo
from app.errors import DatabaseProblem, ProjectNotFound, ReadOnlyProject
from app.storage.backup import take_backup
from app.storage.database import WRITE_TRANSACTION
from app.storage.location import ProjectLocation
from app.storage.postgres_database import create_postgres_project, open_postgres_project
from app.storage.project_file import (
    create_project_file,
    open_project_file,
    remove_project_files,
)
from app.storage.session_lock import SessionLock


@dataclass
class Project:
    """A handle on one project database. Widgets hold this, never a session.

    ``location`` is safe to show: a file path, or a database URL without its password.
    """

    location: str
    engine: Engine
    read_only: bool = False
    lock: SessionLock | None = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def create(cls, location: Path | str, *, title: str = "") -> Project:
        """A new project at a file path or in an empty PostgreSQL database."""
        where = ProjectLocation.parse(location)
        if where.url is not None:
            engine = create_postgres_project(where.url, where.display)
            default_title = where.url.database or "Telaah"
        else:
            assert where.path is not None
            engine = create_project_file(where.path)
            default_title = where.path.stem
        project = cls(location=where.display, engine=engine)
        with project.writing() as session:
            session.add(ProjectInfo(id=1, title=title or default_title))
        return project

    @classmethod
    def open(
        cls, location: Path | str, *, read_only: bool = False, exclusive: bool = False
    ) -> Project:
        """Open a project; a file is backed up first when it changed since its last backup.

        ``exclusive`` takes the session lock of an interactive session (the GUI): a second
        exclusive opener gets ProjectLocked and may retry with ``read_only``.
        """
        where = ProjectLocation.parse(location)
        if where.url is not None:
            engine = open_postgres_project(where.url, where.display)
            return cls(location=where.display, engine=engine, read_only=read_only)
        assert where.path is not None
        lock = None
        if exclusive and not read_only:
            if not where.path.is_file():
                raise ProjectNotFound(path=where.path)
            lock = SessionLock(where.path)
            lock.acquire()
        try:
            engine = open_project_file(where.path, read_only=read_only)
            if not read_only:
                # After the checks (a foreign or damaged file is refused, not backed up),
                # before the first session. Opening touches only the -wal and -shm files,
                # which take_backup ignores: it compares the content with the last backup.
                take_backup(where.path)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return cls(location=where.display, engine=engine, read_only=read_only, lock=lock)

    @property
    def is_shared(self) -> bool:
        """True for a PostgreSQL team project."""
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One session for one user action: commits once at the end, rolls back on error."""
        if self.read_only:
            raise ReadOnlyProject(path=self.location)
        session = self._sessions()
        try:
            session.connection(execution_options={WRITE_TRANSACTION: True})
            yield session
            session.commit()
        except SQLAlchemyError as error:
            session.rollback()
            raise self._database_problem(error) from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
        except SQLAlchemyError as error:
            raise self._database_problem(error) from error
        finally:
            session.rollback()
            session.close()

    def _database_problem(self, error: SQLAlchemyError) -> DatabaseProblem:
        """A database failure (locked file, lost server, disk full) as a typed error that
        names the project but never its password or the SQL and its values."""
        origin = getattr(error, "orig", None) or error
        detail = (str(origin).strip().splitlines() or [type(error).__name__])[0]
        return DatabaseProblem(path=self.location, detail=detail)

    def discard(self) -> None:
        """Close a project that failed while being built; a project file is deleted, a
        PostgreSQL database is left for the administrator to inspect."""
        shared = self.is_shared
        self.close()
        if not shared:
            remove_project_files(Path(self.location))

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
