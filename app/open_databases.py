"""Which files this process holds SQLite connections to.

SQLite's locks are POSIX advisory locks, which belong to a process, not to a descriptor:
closing *any* descriptor on a database file drops every lock the process holds on it,
those of its SQLite connections included. Another process may then believe itself the
last connection and delete the write-ahead log the open workbench still writes into
(GUIDE rule 11). The storage layer records here every database file it has connections
to, so that code reading or writing files for the user (imports, exports) can refuse to
touch one of them through a descriptor of its own.

A file is known by its device and inode, so another name for the same file (a link, a
relative path) is recognised too.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from pathlib import Path

FileKey = tuple[int, int]

_lock = threading.Lock()
_held: Counter[FileKey] = Counter()


def file_key(path: Path | str) -> FileKey | None:
    """The device and inode of ``path``, or None when there is no such file."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def hold(key: FileKey) -> None:
    """A connection to the file ``key`` was opened."""
    with _lock:
        _held[key] += 1


def release(key: FileKey) -> None:
    """A connection to the file ``key`` was closed."""
    with _lock:
        _held[key] -= 1
        if _held[key] <= 0:
            del _held[key]


def is_held(path: Path | str) -> bool:
    """True while this process has a connection to the database file at ``path``."""
    key = file_key(path)
    if key is None:
        return False
    with _lock:
        return _held[key] > 0
