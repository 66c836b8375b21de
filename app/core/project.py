"""An open project: where it lives and how core functions get a session on it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.core import change_feed
from app.errors import DatabaseProblem, ProjectLocked, ProjectNotFound, ReadOnlyProject
from app.errors.conflicts import ChangedMeanwhile
from app.models import ProjectInfo
from app.storage.backup import COMMAND_SESSION_S, take_backup
from app.storage.database import WRITE_TRANSACTION
from app.storage.location import ProjectLocation
from app.storage.postgres_database import create_postgres_project, open_postgres_project
from app.storage.project_file import (
    new_project_file,
    open_project_file,
    remove_project_files,
)
from app.storage.session_lock import SessionLock, current_holder


@dataclass
class Project:
    """A handle on one project database. Widgets hold this, never a session.

    ``location`` is safe to show: a file path, or a database URL without its password.
    """

    location: str
    engine: Engine
    read_only: bool = False
    lock: SessionLock | None = None
    # A project file to back up before the first write of this session, if it changed
    # since its last backup.
    backup_before_writing: Path | None = None
    # Who is writing (the coder's name), recorded with every change in the change feed.
    actor: str = ""

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        change_feed.install(self._sessions, lambda: self.actor)
        # The transaction open on each thread, so that calls made inside it join it.
        self._open = threading.local()

    @classmethod
    def create(cls, location: Path | str, *, title: str = "") -> Project:
        """A new, empty project at a file path or in an empty PostgreSQL database."""
        with cls.building(location, title=title):
            pass
        return cls.open(location)

    @classmethod
    @contextmanager
    def building(cls, location: Path | str, *, title: str = "") -> Iterator[Project]:
        """A new project, filled inside the block before it appears at ``location``.

        A project file is built under a temporary name beside ``location`` and renamed into
        place only when the block ends without error, so neither an error nor a crash
        leaves half a project there. A PostgreSQL database is filled in place; on an error
        it is left for the administrator to inspect. The project is closed when the block
        ends: open it again to go on.
        """
        where = ProjectLocation.parse(location)
        if where.url is not None:
            project = cls(location=where.display,
                          engine=create_postgres_project(where.url, where.display))
            try:
                project._set_title(title or where.url.database or "Telaah")
                yield project
            finally:
                project.close()
            return
        assert where.path is not None
        with new_project_file(where.path) as engine:
            project = cls(location=where.display, engine=engine)
            project._set_title(title or where.path.stem)
            yield project

    def _set_title(self, title: str) -> None:
        with self.writing() as session:
            session.add(ProjectInfo(id=1, title=title))

    @classmethod
    def open(
        cls, location: Path | str, *, read_only: bool = False, exclusive: bool = False
    ) -> Project:
        """Open a project for reading, or for writing.

        ``read_only`` opens it so that nothing can be written: no lock, no backup, no change
        to the file or its folder. Opening for writing refuses a project file that someone
        has open in the workbench (the session lock), so that no command can forget to ask;
        ``exclusive`` takes that lock for an interactive session (the GUI): a second
        exclusive opener gets ProjectLocked and may retry with ``read_only``. A project file
        is backed up before the first write of the session when it changed since its last
        backup.
        """
        where = ProjectLocation.parse(location)
        if where.url is not None:
            engine = open_postgres_project(where.url, where.display)
            return cls(location=where.display, engine=engine, read_only=read_only)
        assert where.path is not None
        if read_only:
            engine = open_project_file(where.path, read_only=True)
            return cls(location=where.display, engine=engine, read_only=True)
        if not where.path.is_file():
            raise ProjectNotFound(path=where.path)
        lock = None
        if exclusive:
            lock = SessionLock(where.path)
            lock.acquire()
        else:
            _refuse_if_locked(where.path)
        try:
            engine = open_project_file(where.path)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return cls(location=where.display, engine=engine, lock=lock,
                   backup_before_writing=where.path)

    @property
    def is_shared(self) -> bool:
        """True for a PostgreSQL team project."""
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One session for one user action: commits once at the end, rolls back on error.

        Transactions nest: a ``writing()`` or ``reading()`` entered on the same thread
        while a ``writing()`` is open joins it (same session, sees its changes) and
        neither commits nor closes it; only the outermost block commits. So a compound
        action (``app.core.workbench``) calls the single-step core functions inside one
        ``writing()`` and commits them all at once, or none: an error anywhere inside
        rolls the whole transaction back.
        """
        if self.read_only:
            raise ReadOnlyProject(path=self.location)
        joined = self._joinable(writing=True)
        if joined is not None:
            yield joined
            return
        if self.backup_before_writing is not None:
            # Before the first write; a failure refuses the write, and the next one tries
            # again. A command (no session lock) run shortly after the last backup belongs
            # to the same working session as the commands before it: a script coding
            # segment by segment does not copy the project per call.
            take_backup(self.backup_before_writing,
                        unless_newer_than=None if self.lock else COMMAND_SESSION_S)
            self.backup_before_writing = None
        session = self._sessions()
        outer = self._enter(session, writing=True)
        try:
            session.connection(execution_options={WRITE_TRANSACTION: True})
            yield session
            session.commit()
        except StaleDataError as error:
            # A row's version moved under this transaction: another writer changed it.
            session.rollback()
            raise ChangedMeanwhile(kind=change_feed.stale_kind(error)) from error
        except SQLAlchemyError as error:
            session.rollback()
            raise self._database_problem(error) from error
        except BaseException:
            session.rollback()
            raise
        finally:
            self._open.session, self._open.writing = outer
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session to read in; inside an open transaction on this thread, that one."""
        joined = self._joinable(writing=False)
        if joined is not None:
            yield joined
            return
        session = self._sessions()
        outer = self._enter(session, writing=False)
        try:
            yield session
        except SQLAlchemyError as error:
            raise self._database_problem(error) from error
        finally:
            self._open.session, self._open.writing = outer
            session.rollback()
            session.close()

    def _enter(self, session: Session, *, writing: bool) -> tuple[Session | None, bool]:
        """Make ``session`` the one open on this thread; returns the one it replaces."""
        outer = (getattr(self._open, "session", None), getattr(self._open, "writing", False))
        self._open.session, self._open.writing = session, writing
        return outer

    def _joinable(self, *, writing: bool) -> Session | None:
        """The session open on this thread that a new block may join: any open one for
        reading, only a writing one for writing (a write inside a read opens its own)."""
        session: Session | None = getattr(self._open, "session", None)
        if session is None or (writing and not self._open.writing):
            return None
        return session

    @property
    def in_transaction(self) -> bool:
        """True inside a ``writing()`` block on this thread."""
        return self._joinable(writing=True) is not None

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


def _refuse_if_locked(path: Path) -> None:
    holder = current_holder(path)
    if holder is not None:
        raise ProjectLocked(path=path, user=holder.user, host=holder.host, since=holder.since)
