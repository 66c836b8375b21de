"""Reading a project file through the standard library's ``sqlite3`` alone (issue 19).

A command that only reads (``telaah info``, ``telaah search``) spends most of its start-up
importing SQLAlchemy (0.2-0.3 s) before it reads a few rows. For a project file whose schema
is already the newest, the plain reader serves the same SQL text through ``sqlite3``: the
queries are written once, in the core, and run through either this reader or a SQLAlchemy
session (:mod:`app.core.plain_reading`), so both paths read the same rows.

It opens the file as every reader does (:mod:`app.storage.read_access`): never creating
it, never writing it, never folding a log that a workbench still writes into. When it
cannot serve a file (no such file, not SQLite, damaged, another schema version, a
PostgreSQL URL), :func:`open_plain_reader` returns None and the caller takes the full path,
which migrates, refuses or explains exactly as it always has. Nothing here raises a Telaah
error, so nothing here loads the error catalogue either.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from app.storage.read_access import reading_pragmas, reading_uri
from app.storage.schema_head import is_head


class PlainReadFailed(Exception):
    """SQLite refused a query of the plain reader; the full path will say why."""


class PlainReader:
    """Rows of SQL text with named parameters (``:name``), as tuples, all read in one
    transaction (one consistent state of the project, as a session reads it)."""

    # What a refused statement raises (the plain writer raises its own).
    failure: type[PlainReadFailed] = PlainReadFailed

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def rows(self, sql: str, parameters: Mapping[str, Any] | None = None
             ) -> list[tuple[Any, ...]]:
        try:
            return self._connection.execute(sql, dict(parameters or {})).fetchall()
        except sqlite3.Error as error:
            raise self.failure(str(error)) from error

    def close(self) -> None:
        try:
            if self._connection.in_transaction:
                self._connection.execute("ROLLBACK")
        finally:
            self._connection.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


def open_plain_reader(location: str | Path) -> PlainReader | None:
    """A plain reader on the project file at ``location`` when it is an SQLite database at
    the newest schema revision; None for anything else (the caller opens it the full way,
    which upgrades an older schema or refuses the file)."""
    if isinstance(location, str) and "://" in location:
        return None  # a database URL
    path = Path(location)
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        connection = sqlite3.connect(reading_uri(path), uri=True, isolation_level=None)
    except (OSError, ValueError, sqlite3.Error):
        return None
    try:
        for pragma in reading_pragmas():
            connection.execute(pragma)
        connection.execute("BEGIN")
        versions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        connection.close()
        return None
    if len(versions) != 1 or not is_head(versions[0][0]):
        connection.close()
        return None
    return PlainReader(connection)
