"""The backups of a project file: list them, and restore one when nobody has it open.

Both work on a damaged or missing project file too: that is when they are needed most.
Backups are taken by :meth:`app.core.project.Project.writing` before the first write of a
session; nothing here opens the project database.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import BackupNotFound, ProjectLocked, ProjectNotFound
from app.storage.backup import BackupFile, list_backups, restore_backup
from app.storage.session_lock import current_holder

__all__ = ["BackupFile", "RestoredBackup", "project_backups", "restore_project"]


def project_backups(project_path: Path) -> list[BackupFile]:
    """The backups of ``project_path``, newest first; a damaged or missing project file
    still has its backups, and only when it has none is it reported as not found."""
    backups = list_backups(project_path)
    if not backups and not project_path.is_file():
        raise ProjectNotFound(path=project_path)
    return backups


@dataclass(frozen=True)
class RestoredBackup:
    """A finished restore: the backup restored, and what was kept of the replaced state
    (its backup, or the damaged file set aside beside the project)."""

    backup: Path
    safety: BackupFile | None
    kept_aside: Path | None


def restore_project(project_path: Path, *, backup: str) -> RestoredBackup:
    """Replace the project file with ``backup``: its number in :func:`project_backups`
    (1 is the newest) or the path of a backup file. What it replaces is kept (a backup of
    an intact file, a damaged file set aside). Refused while someone has the project open."""
    if not project_path.is_file() and not list_backups(project_path):
        raise ProjectNotFound(path=project_path)
    holder = current_holder(project_path)
    if holder is not None:
        raise ProjectLocked(path=project_path, user=holder.user, host=holder.host,
                            since=holder.since)
    chosen = Path(backup)
    if backup.isdigit():
        backups = list_backups(project_path)
        index = int(backup) - 1
        if not 0 <= index < len(backups):
            raise BackupNotFound(path=f"{project_path} #{backup}")
        chosen = backups[index].path
    restored = restore_backup(project_path, chosen)
    return RestoredBackup(backup=chosen, safety=restored.safety, kept_aside=restored.kept_aside)
