"""Copy a whole project between SQLite files and PostgreSQL databases, losslessly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, func, select, text

from app.core.project import Project
from app.models import Base
from app.storage.location import ProjectLocation
from app.storage.postgres_database import create_postgres_project
from app.storage.project_file import new_project_file

Progress = Callable[[int, int], None]
BATCH_ROWS = 2000


def copy_project(
    source: Path | str, destination: Path | str, *, progress: Progress | None = None
) -> Project:
    """Copy every row of ``source`` into a new project at ``destination``.

    Ids, GUIDs and timestamps are kept, so segments, memos and links stay exactly as they
    were. The copy is one transaction: on any error a database is left empty, and a file
    appears only once the copy is complete.
    """
    origin = Project.open(source, read_only=True)
    where = ProjectLocation.parse(destination)
    try:
        if where.url is not None:
            engine = create_postgres_project(where.url, where.display)
            try:
                _copy_rows(origin.engine, engine, progress)
            except BaseException:
                engine.dispose()
                raise
            return Project(location=where.display, engine=engine)
        assert where.path is not None
        with new_project_file(where.path) as built:
            _copy_rows(origin.engine, built, progress)
    finally:
        origin.close()
    return Project.open(where.path)


def _copy_rows(origin: Engine, target: Engine, progress: Progress | None) -> None:
    tables = Base.metadata.sorted_tables  # parents before children
    with origin.connect() as reading, target.begin() as writing:
        totals = [reading.scalar(select(func.count()).select_from(table)) or 0
                  for table in tables]
        done = 0
        for table, total in zip(tables, totals):
            # Self-referencing tables (codes) are ordered by id, so parents come first.
            rows = reading.execute(select(table).order_by(*table.primary_key.columns))
            while batch := rows.fetchmany(BATCH_ROWS):
                writing.execute(table.insert(), [row._asdict() for row in batch])
                done += len(batch)
                if progress is not None:
                    progress(done, sum(totals))
            keys = list(table.primary_key.columns)
            if total and target.dialect.name == "postgresql" and len(keys) == 1:
                _advance_sequence(writing, table.name, keys[0].name)


def _advance_sequence(connection: Connection, table: str, column: str) -> None:
    """After inserting explicit ids, make PostgreSQL's next id follow the largest one
    (``column``: the table's primary key, ``id`` or the change log's ``seq``)."""
    connection.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
            f"(SELECT MAX({column}) FROM {table}))"
        )
    )
