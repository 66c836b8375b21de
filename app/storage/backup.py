"""Rotating backups of project files through SQLite's online backup API.

A backup is a consistent snapshot even while another process writes (unlike copying the
file, which can catch a half-written page or miss the WAL). Backups live in the user's
data folder, outside the folders cloud-sync clients watch, unless ``TELAAH_BACKUP_DIR``
says otherwise.

A backup is taken only when the project's content differs from its newest backup. Beside
each backup a small record keeps a digest of the backup's content and the state of the
project file when it was compared last. Before comparing, the write-ahead log is folded
into the project file, so that the file alone holds every committed transaction; the
``-wal`` and ``-shm`` files, which merely opening a project touches, play no part. An
unchanged file (same size, modification time and inode) is recognised from its state
alone; otherwise the contents are compared by digest, which costs one read of the file.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.errors import BackupNotFound, BackupProblem
from app.storage.file_access import (
    content_digest,
    copy_database,
    ensure_not_open,
    is_intact,
    replace_project,
    set_aside,
    sqlite_uri,
)

KEEP_BACKUPS = 10
# Commands that write within this many seconds of the last backup count as one session.
COMMAND_SESSION_S = 600.0
# Besides the last KEEP_BACKUPS states, the last state of each of this many days is kept.
DAILY_DAYS = 14
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
PRIVATE_FILE_MODE = 0o600
RECORD_SUFFIX = ".state"
# How long folding the log waits for another connection to finish its transaction.
CHECKPOINT_TIMEOUT_S = 1.0
# A file changed this shortly before its state was read may change again within the same
# tick of its file system's clock (FAT counts in 2 s) without its time moving on: such a
# state proves nothing, and the contents are compared instead.
RACY_WINDOW_NS = 3_000_000_000


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    size: int


@dataclass(frozen=True)
class FileState:
    """What the file system says about a project file, and when it said it."""

    size: int
    mtime_ns: int
    inode: int
    read_at_ns: int

    def proves_same_file_as(self, earlier: FileState) -> bool:
        """True when nothing can have written the file since ``earlier`` was read."""
        settled_then = earlier.read_at_ns - earlier.mtime_ns >= RACY_WINDOW_NS
        return settled_then and (self.size, self.mtime_ns, self.inode) == (
            earlier.size, earlier.mtime_ns, earlier.inode)


@dataclass(frozen=True)
class BackupRecord:
    """Kept beside a backup: the digest of its content and the project file's state when
    the project was last found to hold that content. The record is a cache: without it,
    the backup itself is read."""

    content: str
    source: FileState | None


def backup_root() -> Path:
    override = os.environ.get("TELAAH_BACKUP_DIR")
    if override:
        return Path(override)
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "telaah" / "backups"


def backup_folder(project_path: Path) -> Path:
    """One folder per project file, named after it and a hash of its full path."""
    resolved = project_path.resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:10]
    return backup_root() / f"{resolved.stem}-{digest}"


def list_backups(project_path: Path) -> list[BackupFile]:
    """Newest first."""
    folder = backup_folder(project_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.telaah"):
        try:
            taken = datetime.strptime(path.stem, STAMP_FORMAT).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(BackupFile(path=path, taken_at=taken, size=path.stat().st_size))
    return sorted(found, key=lambda backup: backup.taken_at, reverse=True)


def take_backup(
    project_path: Path, *, keep: int = KEEP_BACKUPS, force: bool = False,
    unless_newer_than: float | None = None,
) -> BackupFile | None:
    """Snapshot ``project_path`` unless a backup already holds its content.

    Returns the new backup, or None when nothing changed since the last one. The same
    content is never stored twice: a backup of an earlier state that the project is back
    to becomes the newest again. ``force`` skips the shortcut through the file's state and
    returns the backup that holds the content, new or renewed. ``unless_newer_than``
    (seconds) takes none while the newest backup is that young: commands run one after
    another, as a script does, are one working session.
    """
    if unless_newer_than is not None and not force:
        existing = list_backups(project_path)
        age = (datetime.now(UTC) - existing[0].taken_at).total_seconds() if existing else None
        if age is not None and 0 <= age < unless_newer_than:
            return None
    settled = fold_log(project_path)
    _clear_stale_partials(backup_folder(project_path))
    try:
        state = file_state(project_path)
        existing = list_backups(project_path)
        if existing and not force and settled and _unchanged_since(existing[0], state):
            return None
        digest = content_digest(project_path)
        same = _backup_holding(existing, digest)
        if same is not None:
            renewed = same if same == existing[0] else _renew(same)
            # The state was read before the digest: a write since then shows next time.
            _write_record(renewed.path, BackupRecord(content=digest,
                                                     source=state if settled else None))
            _prune(project_path, keep)
            return renewed if force else None
        folder = backup_folder(project_path)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = folder / f"{_stamp()}.telaah"
        copy_database(project_path, target)
        # The state was read before the copy began: a write in between makes the next
        # comparison read the contents, never skip a change.
        _write_record(target, BackupRecord(content=content_digest(target),
                                           source=state if settled else None))
    except (OSError, sqlite3.Error) as error:
        raise BackupProblem(path=project_path, detail=str(error)) from error
    _prune(project_path, keep)
    return list_backups(project_path)[0]


# A half-written backup or record older than this was left by a crash (a copy takes
# seconds); younger ones may belong to another process writing now.
STALE_PARTIAL_S = 3600


def _clear_stale_partials(folder: Path) -> None:
    deadline = time.time() - STALE_PARTIAL_S
    for partial in folder.glob("*.partial"):
        try:
            if partial.stat().st_mtime < deadline:
                partial.unlink(missing_ok=True)
        except OSError:
            continue


def _stamp() -> str:
    return datetime.now(UTC).strftime(STAMP_FORMAT)


def _unchanged_since(backup: BackupFile, state: FileState) -> bool:
    """True when the project file's state proves it unchanged since it last held the
    content of ``backup``."""
    record = _read_record(backup.path)
    return (record is not None and record.source is not None
            and state.proves_same_file_as(record.source))


def _backup_holding(backups: list[BackupFile], digest: str) -> BackupFile | None:
    """The backup whose content has ``digest``; backups without a record are read only
    when they are the newest (the records are a cache written with every backup)."""
    for number, backup in enumerate(backups):
        record = _read_record(backup.path)
        if record is None and number == 0:
            record = BackupRecord(content=content_digest(backup.path), source=None)
        if record is not None and record.content == digest:
            return backup
    return None


def _renew(backup: BackupFile) -> BackupFile:
    """Make an older backup the newest: the project holds its content again."""
    target = backup.path.with_name(f"{_stamp()}.telaah")
    os.replace(backup.path, target)
    _record_path(backup.path).unlink(missing_ok=True)
    return BackupFile(path=target, taken_at=datetime.strptime(target.stem, STAMP_FORMAT)
                      .replace(tzinfo=UTC), size=backup.size)


def backups_to_keep(backups: list[BackupFile], *, keep: int, now: datetime) -> list[BackupFile]:
    """The newest ``keep`` backups, plus the newest of each of the last DAILY_DAYS days,
    so that a burst of changes cannot push out the state of yesterday."""
    kept = list(backups[:keep])
    days: set[object] = set()
    today = now.astimezone().date()
    for backup in backups:  # newest first
        day = backup.taken_at.astimezone().date()
        if (today - day).days < DAILY_DAYS and day not in days:
            days.add(day)
            if backup not in kept:
                kept.append(backup)
    return sorted(kept, key=lambda backup: backup.taken_at, reverse=True)


def _prune(project_path: Path, keep: int) -> None:
    backups = list_backups(project_path)
    kept = backups_to_keep(backups, keep=keep, now=datetime.now(UTC))
    for old in backups:
        if old not in kept:
            old.path.unlink(missing_ok=True)
            _record_path(old.path).unlink(missing_ok=True)


def fold_log(project_path: Path) -> bool:
    """Checkpoint the write-ahead log into the project file and empty it.

    True when the file alone now holds every committed transaction (also for a file not in
    WAL mode); False when another connection's open transaction kept part of the log.
    """
    try:
        connection = sqlite3.connect(sqlite_uri(project_path, "rw"), uri=True,
                                     timeout=CHECKPOINT_TIMEOUT_S, isolation_level=None)
        try:
            result: tuple[int, int, int] = connection.execute(
                "PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            busy = result[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return busy == 0


def file_state(path: Path) -> FileState:
    stat = path.stat()
    return FileState(size=stat.st_size, mtime_ns=stat.st_mtime_ns, inode=stat.st_ino,
                     read_at_ns=time.time_ns())


def _record_path(backup: Path) -> Path:
    return backup.with_suffix(RECORD_SUFFIX)


def _read_record(backup: Path) -> BackupRecord | None:
    try:
        data: dict[str, Any] = json.loads(_record_path(backup).read_text(encoding="utf-8"))
        source = data.get("source")
        return BackupRecord(content=str(data["content"]),
                            source=FileState(**source) if source else None)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_record(backup: Path, record: BackupRecord) -> None:
    """Written privately and moved into place; a record that cannot be written is only a
    lost shortcut, so the error is not the user's concern."""
    target = _record_path(backup)
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(asdict(record), handle)
        os.replace(partial, target)
    except OSError:
        partial.unlink(missing_ok=True)


@dataclass(frozen=True)
class Restored:
    """What a restore kept of the state it replaced: its backup, or the damaged file set
    aside beside the project."""

    safety: BackupFile | None
    kept_aside: Path | None


def restore_backup(project_path: Path, backup: Path) -> Restored:
    """Replace the project with ``backup``; the current state is backed up first.

    A damaged project file is not backed up (its copy would be damaged too) but kept aside
    under a new name beside it; a missing one is simply restored. The caller makes sure
    nobody has the project open (see ``session_lock``).
    """
    if not backup.is_file():
        raise BackupNotFound(path=backup)
    ensure_not_open(project_path)
    safety = kept_aside = None
    if project_path.exists():
        if is_intact(project_path):
            safety = take_backup(project_path, force=True, keep=KEEP_BACKUPS + 1)
        else:
            kept_aside = set_aside(project_path, f"damaged-{_stamp()}")
    partial = project_path.with_name(project_path.name + ".restoring")
    try:
        partial.unlink(missing_ok=True)
        copy_database(backup, partial)
        replace_project(project_path, partial)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise BackupProblem(path=project_path, detail=str(error)) from error
    return Restored(safety=safety, kept_aside=kept_aside)
