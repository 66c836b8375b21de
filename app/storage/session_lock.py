"""One interactive writer per project file: a lock file beside it names who has it open.

SQLite itself keeps concurrent transactions safe, but two people editing one file at once
(often through a synced or network folder) still step on each other's work. The GUI takes
this lock for its session; a second instance gets a choice: read-only, or cancel. A lock
left by a crashed process on this machine is recognised (its process is gone) and cleared.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.errors import ProjectLocked
from app.storage.login import login_name

LOCK_SUFFIX = ".lock"


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    user: str
    since: str
    started: str  # the process's start time, so a reused pid is not mistaken for it


def lock_path(project_path: Path) -> Path:
    return Path(f"{project_path}{LOCK_SUFFIX}")


def current_holder(project_path: Path) -> LockOwner | None:
    """Who holds the lock now, or None (a stale lock counts as none)."""
    owner = _read(lock_path(project_path))
    if owner is None or _is_stale(owner):
        return None
    return owner


class SessionLock:
    def __init__(self, project_path: Path) -> None:
        self.project_path = project_path
        self.path = lock_path(project_path)
        self.held = False

    def acquire(self) -> None:
        for _attempt in range(2):
            try:
                descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                owner = _read(self.path)
                if owner is not None and not _is_stale(owner):
                    raise ProjectLocked(path=self.project_path, user=owner.user,
                                        host=owner.host, since=owner.since) from None
                self.path.unlink(missing_ok=True)  # stale or unreadable: clear it, retry
                continue
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                json.dump(asdict(_me()), handle)
            self.held = True
            return
        owner = _read(self.path)
        raise ProjectLocked(path=self.project_path, user=owner.user if owner else "?",
                            host=owner.host if owner else "?",
                            since=owner.since if owner else "?")

    def release(self) -> None:
        if not self.held:
            return
        owner = _read(self.path)
        if owner is not None and owner.pid == os.getpid() and owner.host == _me().host:
            self.path.unlink(missing_ok=True)
        self.held = False


def _me() -> LockOwner:
    return LockOwner(
        pid=os.getpid(), host=socket.gethostname(), user=login_name(),
        since=datetime.now(UTC).astimezone().strftime("%Y-%m-%d %H:%M"),
        started=_process_start(os.getpid()),
    )


def _read(path: Path) -> LockOwner | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockOwner(pid=int(data["pid"]), host=str(data["host"]), user=str(data["user"]),
                         since=str(data["since"]), started=str(data.get("started", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _is_stale(owner: LockOwner) -> bool:
    """Only decidable on the same machine; a lock from another host is taken as live."""
    if owner.host != socket.gethostname():
        return False
    try:
        os.kill(owner.pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return bool(owner.started) and owner.started != _process_start(owner.pid)


def _process_start(pid: int) -> str:
    """The start time of ``pid`` in clock ticks since boot (Linux), or "" elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return fields[19]
    except (OSError, IndexError):
        return ""
