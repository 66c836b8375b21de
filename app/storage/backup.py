"""Rotating backups of project files through SQLite's online backup API.

A backup is a consistent snapshot even while another process writes (unlike copying the
file, which can catch a half-written page or miss the WAL). Backups live in the user's
data folder, outside the folders cloud-sync clients watch, unless ``TELAAH_BACKUP_DIR``
says otherwise.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.errors import BackupProblem

KEEP_BACKUPS = 10
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
PRIVATE_FILE_MODE = 0o600


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    size: int


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


def take_backup(project_path: Path, *, keep: int = KEEP_BACKUPS, force: bool = False) -> BackupFile | None:
    """Snapshot ``project_path`` unless the newest backup is already as new as the project.

    Returns the new backup, or None when nothing changed since the last one.
    """
    existing = list_backups(project_path)
    if existing and not force and existing[0].taken_at.timestamp() >= _last_change(project_path):
        return None
    folder = backup_folder(project_path)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = folder / f"{datetime.now(UTC).strftime(STAMP_FORMAT)}.telaah"
        copy_database(project_path, target)
    except (OSError, sqlite3.Error) as error:
        raise BackupProblem(path=project_path, detail=str(error)) from error
    for old in list_backups(project_path)[keep:]:
        old.path.unlink(missing_ok=True)
    return list_backups(project_path)[0]


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of an SQLite database, written privately, then moved into place."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(descriptor)
    origin = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    copy = sqlite3.connect(partial)
    try:
        origin.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        copy.commit()
    finally:
        copy.close()
        origin.close()
    os.replace(partial, target)


def _last_change(project_path: Path) -> float:
    times = [project_path.stat().st_mtime]
    wal = Path(f"{project_path}-wal")
    if wal.exists():
        times.append(wal.stat().st_mtime)
    return max(times)


def restore_backup(project_path: Path, backup: Path) -> BackupFile | None:
    """Replace the project with ``backup``; the current state is backed up first.

    The caller makes sure nobody has the project open (see ``session_lock``). Returns the
    safety backup of the state that was replaced.
    """
    if not backup.is_file():
        raise BackupProblem(path=backup, detail="no such backup")
    safety = take_backup(project_path, force=True, keep=KEEP_BACKUPS + 1)
    partial = project_path.with_name(project_path.name + ".restoring")
    try:
        partial.unlink(missing_ok=True)
        copy_database(backup, partial)
        # A leftover write-ahead log belongs to the old database; applied to the restored
        # one it would corrupt it.
        for suffix in ("-wal", "-shm"):
            Path(f"{project_path}{suffix}").unlink(missing_ok=True)
        os.replace(partial, project_path)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise BackupProblem(path=project_path, detail=str(error)) from error
    return safety
