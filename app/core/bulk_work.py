"""Bulk reads and computations without CPython's cyclic garbage collector running inside.

Loading 50,000 rows and comparing them allocates hundreds of thousands of small objects;
with the default thresholds (700, 10, 10) the collector runs over and over, rescanning the
same live records (about a third of an agreement computation at group scale). None of
these records form reference cycles, so pausing the collector changes nothing but the
time. The pause is counted: nested or concurrent pauses (a worker thread and the GUI
thread) re-enable the collector only when the last one ends, and never when it was off
before the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # annotations only: `telaah gui` imports this module before SQLAlchemy
    from sqlalchemy import Select
    from sqlalchemy.orm import Session

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic garbage collector off (reference counting still frees
    memory as usual)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def plain_rows(session: Session, statement: Select[*tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """All rows of ``statement`` as the database driver returns them (plain tuples), on the
    session's own connection and transaction.

    For tens of thousands of rows of plain columns (integers, text) only: SQLAlchemy's
    result rows cost about 0.02 s per 50,000 rows to make and unpack, and no column type
    here needs their conversion. Bound values are written into the SQL (``literal_binds``),
    so pass only numbers or trusted constants as values.
    """
    connection = session.connection()
    sql = str(statement.compile(dialect=connection.dialect,
                                compile_kwargs={"literal_binds": True}))
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()
