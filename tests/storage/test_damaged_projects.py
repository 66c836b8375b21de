"""A damaged or missing project file: called damaged, pointed to its backups, restorable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.cli import main
from app.core.project import Project
from app.errors import ProjectDamaged, ProjectLocked
from app.storage.backup import list_backups, restore_backup, take_backup
from tests.storage.test_backup_changes import segments_in, write_session


def _truncate_to_half(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


@pytest.fixture
def damaged(demo_path: Path) -> Path:
    write_session(demo_path)  # a backup of the demo before this write
    take_backup(demo_path)  # and one with the new segment
    _truncate_to_half(demo_path)
    return demo_path


def test_a_truncated_project_is_called_damaged_and_points_to_its_backups(
        damaged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ProjectDamaged):
        Project.open(damaged, read_only=True)
    assert main(["--lang", "en", "info", str(damaged)]) == 2
    message = capsys.readouterr().err
    assert "is damaged" in message and f"telaah backup list {damaged}" in message
    assert "malformed" not in message and "not a Telaah project" not in message
    assert len(message.strip().splitlines()) == 1


def test_backup_list_and_restore_work_on_a_damaged_project_and_keep_it_aside(
        damaged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damaged_bytes = damaged.read_bytes()
    assert main(["--lang", "en", "backup", "list", str(damaged)]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 2
    assert main(["--lang", "en", "backup", "restore", str(damaged), "1"]) == 0
    assert "damaged file is kept as" in capsys.readouterr().out
    [kept] = [path for path in damaged.parent.iterdir() if ".damaged-" in path.name
              and not path.name.endswith(("-wal", "-shm"))]
    assert kept.read_bytes() == damaged_bytes
    with Project.open(damaged, read_only=True) as project:
        assert project.read_only
    assert segments_in(damaged) == 430
    assert len(list_backups(damaged)) == 2  # the damaged state was not backed up


def test_backup_list_and_restore_work_when_the_project_file_is_gone(
        damaged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damaged.unlink()
    assert main(["--lang", "en", "backup", "list", str(damaged)]) == 0
    assert main(["--lang", "en", "backup", "restore", str(damaged), "2"]) == 0
    assert segments_in(damaged) == 429
    capsys.readouterr()


def test_a_restore_of_an_intact_project_keeps_its_state_as_a_backup(demo_path: Path) -> None:
    write_session(demo_path)
    oldest = list_backups(demo_path)[-1]
    restored = restore_backup(demo_path, oldest.path)
    assert restored.kept_aside is None and restored.safety is not None
    assert segments_in(restored.safety.path) == 430


@pytest.mark.parametrize("arguments", [
    ["triangulation", "{p}", "--clear", "Kinerja/Kualitas"],
    ["codebook", "import", "{p}", "codebooks/kasmir-2016.qdc"],
    ["revise", "{p}", "--source", "I1_kepala_dinas", "{p}"],
    ["code", "{p}", "--source", "I1_kepala_dinas", "--start", "0", "--end", "3",
     "--code", "Kinerja/Kualitas", "--coder", "Skrip"],
])
def test_every_writing_command_respects_the_workbench_lock(
        demo_path: Path, arguments: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    repository = Path(__file__).resolve().parents[2]
    before = demo_path.read_bytes()
    with Project.open(demo_path, exclusive=True):
        filled = [argument.replace("{p}", str(demo_path)) for argument in arguments]
        filled = [str(repository / a) if a.startswith("codebooks/") else a for a in filled]
        assert main(["--lang", "en", *filled]) == 2
        assert "is open in Telaah by" in capsys.readouterr().err
        with pytest.raises(ProjectLocked):
            Project.open(demo_path)
    assert demo_path.read_bytes() == before


def test_read_commands_work_beside_the_workbench_and_leave_no_trace(
        demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Project.open(demo_path, exclusive=True):
        for command in (["info"], ["segments", "--json"], ["matrix", "--json"],
                        ["search", "pelatihan"]):
            assert main(["--lang", "en", command[0], str(demo_path), *command[1:]]) == 0
    capsys.readouterr()
    assert list_backups(demo_path) == []
