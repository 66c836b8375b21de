"""Listing and restoring a project's backups through the core, as ``telaah backup`` does."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.backups import project_backups, restore_project
from app.core.coders import ensure_coder, list_coders
from app.core.project import Project
from app.errors import BackupNotFound, ProjectLocked, ProjectNotFound


def _write_twice(path: Path) -> None:
    """Two workbench sessions with a change in between: two backups, newest first."""
    for name in ("Citra", "Dewi"):
        with Project.open(path, exclusive=True) as project:
            ensure_coder(project, name=name)


def test_a_numbered_backup_is_restored_and_the_replaced_state_kept(demo_path: Path) -> None:
    _write_twice(demo_path)
    backups = project_backups(demo_path)
    assert len(backups) >= 2 and backups[0].taken_at >= backups[-1].taken_at
    restored = restore_project(demo_path, backup=str(len(backups)))  # the oldest
    assert restored.backup == backups[-1].path
    assert restored.safety is not None and restored.kept_aside is None
    with Project.open(demo_path, read_only=True) as project:
        names = {coder.name for coder in list_coders(project)}
    assert "Dewi" not in names


def test_a_number_without_a_backup_and_a_missing_project_are_named(tmp_path: Path,
                                                                    demo_path: Path) -> None:
    _write_twice(demo_path)
    with pytest.raises(BackupNotFound):
        restore_project(demo_path, backup="99")
    missing = tmp_path / "gone.telaah"
    with pytest.raises(ProjectNotFound):
        project_backups(missing)
    with pytest.raises(ProjectNotFound):
        restore_project(missing, backup="1")


def test_a_project_open_in_the_workbench_is_not_replaced(demo_path: Path) -> None:
    _write_twice(demo_path)
    before = demo_path.stat().st_mtime_ns
    with Project.open(demo_path, exclusive=True), pytest.raises(ProjectLocked):
        restore_project(demo_path, backup="1")
    assert demo_path.stat().st_mtime_ns == before
