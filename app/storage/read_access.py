"""How a process opens a project file only to read it: one rule for every reader.

SQLAlchemy's read-only engines (:mod:`app.storage.database`) and the plain reader
(:mod:`app.storage.plain_reader`) open a project file the same way, with the same pragmas:

* where the file and its folder are writable, read-write but with ``query_only``: like any
  connection, the last one to close folds an empty write-ahead log and removes the -wal and
  -shm files, so that reading leaves the folder as it was. It is never the last one while
  a workbench has the project open: the workbench holds its SQLite locks (GUIDE rule 11),
  and SQLite folds a log only after taking the exclusive lock no other connection holds.
* elsewhere, SQLite's read-only mode, marked immutable when there is no log beside the file
  (SQLite could neither create the shared-memory file it otherwise needs nor could anyone
  write to the database there).

Plain standard library only: the commands that read through the plain reader import no
SQLAlchemy and no error catalogue.
"""

from __future__ import annotations

import os
from pathlib import Path

BUSY_TIMEOUT_MS = 5000
# Page cache per connection, in KiB (SQLite's default is 2 MiB). A transcript's text lives
# in a chain of overflow pages; once it is larger than the cache, every read of a column
# stored after it, and every substr() of it, rereads the whole chain from the file
# (benchmarks/: add_segment on a 500,000-word source 2.3 ms -> see docs/BENCHMARKS.md).
CACHE_KIB = 65536


def reading_pragmas(busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> tuple[str, ...]:
    """The statements every reading connection runs first."""
    return (f"PRAGMA busy_timeout = {busy_timeout_ms}",
            f"PRAGMA cache_size = -{CACHE_KIB}",
            "PRAGMA query_only = ON")


def opens_read_only(path: Path) -> bool:
    """True when a reader must use SQLite's read-only mode (it may not write the file or
    its folder); otherwise it opens the file read-write and only queries."""
    return not (os.access(path, os.W_OK) and os.access(path.parent or Path("."), os.W_OK))


def read_only_folder_without_log(path: Path) -> bool:
    """True for a database in a folder this process cannot write to and with no log."""
    folder = path.resolve().parent
    return not os.access(folder, os.W_OK) and not Path(f"{path}-wal").exists()


def reading_uri(path: Path) -> str:
    """The SQLite URI with which a reader opens ``path`` (for ``sqlite3.connect(uri=True)``);
    survives ``?``, ``#`` and ``%`` in folder names. ``mode=rw`` never creates a file."""
    if not opens_read_only(path):
        return f"{path.resolve().as_uri()}?mode=rw"
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if read_only_folder_without_log(path):
        uri += "&immutable=1"
    return uri
