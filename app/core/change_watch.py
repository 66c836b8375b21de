"""Notice what other people changed in a shared project, from the change feed.

Every write appends to ``change_log`` (:mod:`app.core.change_feed`); a window remembers the
last sequence number it saw and asks for the entries after it: one range scan of the
primary key, whatever the size of the project. On PostgreSQL the window also LISTENs on
the feed's channel: a writer's commit wakes it, so between wake-ups it need not ask the
server at all, and only checks once a minute in case a notification was lost. An idle
window therefore costs about one indexed statement a minute on PostgreSQL; on SQLite (no
notifications) one per poll.
"""

from __future__ import annotations

import contextlib
import time
import weakref
from dataclasses import dataclass, field
from typing import Any

from app.core import change_feed
from app.core.changes import Changes
from app.core.project import Project

# Without a notification, a listening window still asks this often (seconds).
SAFETY_POLL_S = 60.0


class FeedListener:
    """A connection LISTENing on the change feed's channel (PostgreSQL only)."""

    def __init__(self, project: Project) -> None:
        self._raw = project.engine.raw_connection()
        driver: Any = self._raw.driver_connection
        driver.autocommit = True
        driver.execute(f"LISTEN {change_feed.NOTIFY_CHANNEL}")
        self._driver = driver
        self._closer = weakref.finalize(self, _close, self._raw)

    def woken(self) -> bool:
        """Whether any writer committed since the last call; sends nothing to the server."""
        try:
            return any(True for _ in self._driver.notifies(timeout=0))
        except Exception:  # a lost connection (any driver error): let the caller ask
            return True

    def close(self) -> None:
        self._closer()


def _close(raw: Any) -> None:
    # A LISTENing connection must not go back into the pool; when the server is gone
    # already there is nothing to close.
    with contextlib.suppress(Exception):
        raw.invalidate()


@dataclass(frozen=True)
class ChangeMark:
    """Where the last poll stopped: the newest change-feed entry seen."""

    seq: int
    checked_at: float = 0.0
    listener: FeedListener | None = field(default=None, compare=False, repr=False)


def current_mark(project: Project, *, listen: bool = True) -> ChangeMark:
    """The mark to start polling from; on PostgreSQL it listens for writers too."""
    listener = FeedListener(project) if listen and project.is_shared else None
    with project.reading() as session:
        return ChangeMark(seq=change_feed.last_seq(session), checked_at=time.monotonic(),
                          listener=listener)


def poll_changes(project: Project, *, since: ChangeMark,
                 now: float | None = None) -> tuple[Changes, ChangeMark]:
    """What changed after ``since``, and the mark to pass next time."""
    now = time.monotonic() if now is None else now
    listener = since.listener
    if (listener is not None and not listener.woken()
            and now - since.checked_at < SAFETY_POLL_S):
        return Changes(), since
    with project.reading() as session:
        changes, seq = change_feed.changes_after(session, since.seq)
    return changes, ChangeMark(seq=seq, checked_at=now, listener=listener)
