"""Writing a project file through the standard library's ``sqlite3`` alone (issue 19).

``telaah code`` stores one segment, a few rows, yet importing SQLAlchemy and mapping the
models takes longer than the whole command may (0.3 s). For a project file at the newest
schema that no workbench holds, the one action it serves (:mod:`app.core.plain_coding`)
writes through this writer instead: the same connection settings as every writing engine
(:func:`writing_pragmas`, which :mod:`app.storage.database` uses too), one transaction that
takes SQLite's write lock at BEGIN as the core's writing transactions do.

Like the plain reader, nothing here raises a Telaah error: :func:`open_plain_writer`
returns None for a file it cannot serve, and :class:`PlainWriteFailed` tells the caller to
take the full path, which migrates, refuses or explains exactly as it always has.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.storage.plain_reader import PlainReader, PlainReadFailed
from app.storage.read_access import BUSY_TIMEOUT_MS, CACHE_KIB
from app.storage.schema_head import is_head


class PlainWriteFailed(PlainReadFailed):
    """SQLite refused a statement of the plain writer; nothing was written."""


def writing_pragmas() -> tuple[str, ...]:
    """The statements every writing connection to a project file runs first."""
    return ("PRAGMA foreign_keys = ON",
            f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = NORMAL",
            f"PRAGMA cache_size = -{CACHE_KIB}")


class PlainWriter(PlainReader):
    """One connection to a project file: :meth:`rows` as the plain reader reads them,
    inside a transaction begun with :meth:`begin`, ended by :meth:`commit` or, on close,
    rolled back."""

    failure = PlainWriteFailed

    def insert(self, sql: str, parameters: Mapping[str, Any]) -> int:
        """Run an INSERT; the new row's id."""
        try:
            row_id = self._connection.execute(sql, dict(parameters)).lastrowid
        except sqlite3.Error as error:
            raise PlainWriteFailed(str(error)) from error
        assert row_id is not None
        return row_id

    def begin(self, *, writing: bool) -> None:
        """Start a transaction; a writing one waits for SQLite's write lock at BEGIN."""
        try:
            self._connection.execute("BEGIN IMMEDIATE" if writing else "BEGIN")
            versions = self._connection.execute(
                "SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.Error as error:
            self.rollback()
            raise PlainWriteFailed(str(error)) from error
        if len(versions) != 1 or not is_head(versions[0][0]):
            self.rollback()  # migrated by another process meanwhile: the full path
            raise PlainWriteFailed("not the newest schema")

    def commit(self) -> None:
        try:
            self._connection.execute("COMMIT")
        except sqlite3.Error as error:
            self.rollback()
            raise PlainWriteFailed(str(error)) from error

    def rollback(self) -> None:
        if self._connection.in_transaction:
            self._connection.execute("ROLLBACK")


def open_plain_writer(path: Path) -> PlainWriter | None:
    """A plain writer on the SQLite project file at ``path``, or None when it is not one
    at the newest schema revision (the full path upgrades, refuses or explains)."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        connection = sqlite3.connect(str(path), isolation_level=None)
    except (OSError, ValueError, sqlite3.Error):
        return None
    writer = PlainWriter(connection)
    try:
        for pragma in writing_pragmas():
            connection.execute(pragma)
        writer.begin(writing=False)
        writer.rollback()
    except (sqlite3.Error, PlainWriteFailed):
        writer.close()
        return None
    return writer
