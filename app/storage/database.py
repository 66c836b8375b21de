"""Engines for project databases: SQLite files with safe pragmas (PostgreSQL comes later)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

from app import open_databases
from app.storage.file_access import read_only_folder_without_log

BUSY_TIMEOUT_MS = 5000
# Page cache per connection, in KiB (SQLite's default is 2 MiB). A transcript's text lives
# in a chain of overflow pages; once it is larger than the cache, every read of a column
# stored after it, and every substr() of it, rereads the whole chain from the file
# (benchmarks/: add_segment on a 500,000-word source 2.3 ms -> see docs/BENCHMARKS.md).
CACHE_KIB = 65536


def sqlite_url(path: Path, *, read_only: bool = False) -> URL:
    """Read-only connections open the file read-write (but query only) where the folder is
    writable: like any connection, the last one to close then removes the -wal and -shm
    files, so that reading leaves the folder as it was. SQLite's read-only mode is kept for
    folders that cannot be written (it would leave those files behind elsewhere)."""
    if read_only and not _writable(path):
        query = {"mode": "ro", "uri": "true"}
        if read_only_folder_without_log(path):
            query["immutable"] = "1"  # see file_access.sqlite_uri
        return URL.create("sqlite+pysqlite", database=f"file:{path}", query=query)
    return URL.create("sqlite+pysqlite", database=str(path))


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent or Path("."), os.W_OK)


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
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cursor.execute("PRAGMA query_only = ON")
    finally:
        cursor.close()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy emit BEGIN itself (see _sqlite_begin) instead of the driver.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    finally:
        cursor.close()
