"""Engines for project databases: SQLite files with safe pragmas (PostgreSQL comes later)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

from app import open_databases
from app.storage.plain_writer import writing_pragmas
from app.storage.read_access import (
    BUSY_TIMEOUT_MS,
    CACHE_KIB,
    opens_read_only,
    read_only_folder_without_log,
    reading_pragmas,
)

__all__ = ["BUSY_TIMEOUT_MS", "CACHE_KIB", "WRITE_TRANSACTION", "make_sqlite_engine",
           "sqlite_url"]


def sqlite_url(path: Path, *, read_only: bool = False) -> URL:
    """Read-only connections follow :mod:`app.storage.read_access`: read-write (but query
    only) where the file and folder are writable, SQLite's read-only mode elsewhere."""
    if read_only and opens_read_only(path):
        query = {"mode": "ro", "uri": "true"}
        if read_only_folder_without_log(path):
            query["immutable"] = "1"  # see file_access.sqlite_uri
        return URL.create("sqlite+pysqlite", database=f"file:{path}", query=query)
    return URL.create("sqlite+pysqlite", database=str(path))


def make_sqlite_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine for the SQLite file at ``path`` with foreign keys, WAL and a busy timeout."""
    engine = create_engine(sqlite_url(path, read_only=read_only), future=True)
    event.listen(engine, "connect", _sqlite_read_only if read_only else _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    _register_connections(engine, path)
    return engine


def _register_connections(engine: Engine, path: Path) -> None:
    """Tell :mod:`app.open_databases` which file this engine's connections hold, so that
    nothing in this process opens it behind SQLite's back (GUIDE rule 11)."""
    key = open_databases.file_key(path)
    if key is None:
        return
    held: set[int] = set()

    def connected(dbapi_connection: Any, _record: Any) -> None:
        held.add(id(dbapi_connection))
        open_databases.hold(key)

    def closed(dbapi_connection: Any, *_record: Any) -> None:
        if id(dbapi_connection) in held:
            held.discard(id(dbapi_connection))
            open_databases.release(key)

    event.listen(engine, "connect", connected)
    event.listen(engine, "close", closed)
    event.listen(engine, "close_detached", closed)


# Execution option that makes a transaction take SQLite's write lock at BEGIN. Without it,
# a transaction that reads and then writes can fail at once with "database is locked" when
# another process wrote in between; with it, writers queue for up to BUSY_TIMEOUT_MS.
WRITE_TRANSACTION = "telaah_write_transaction"


def _sqlite_begin(connection: Any) -> None:
    if connection.get_execution_options().get(WRITE_TRANSACTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def _sqlite_read_only(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in reading_pragmas(BUSY_TIMEOUT_MS):
            cursor.execute(pragma)
    finally:
        cursor.close()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy emit BEGIN itself (see _sqlite_begin) instead of the driver.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in writing_pragmas():
            cursor.execute(pragma)
    finally:
        cursor.close()
