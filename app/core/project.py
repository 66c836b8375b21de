"""An open project: where it lives and how core functions get a session on it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.models import ProjectInfo
from app.storage.project_file import create_project_file, open_project_file


@dataclass
class Project:
    """A handle on one project database. Widgets hold this, never a session."""

    location: str
    engine: Engine

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def create(cls, path: Path, *, title: str = "") -> Project:
        engine = create_project_file(path)
        project = cls(location=str(path), engine=engine)
        with project.writing() as session:
            session.add(ProjectInfo(id=1, title=title or path.stem))
        return project

    @classmethod
    def open(cls, path: Path) -> Project:
        return cls(location=str(path), engine=open_project_file(path))

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One session for one user action: commits once at the end, rolls back on error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
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
        finally:
            session.rollback()
            session.close()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
