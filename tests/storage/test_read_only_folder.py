"""A project in a folder that cannot be written: reading works, writing says why not."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# Root may write anywhere; without these capabilities it obeys the folder's mode like
# every other user.
AS_ORDINARY_USER = (["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
                    if os.geteuid() == 0 else [])


@pytest.fixture
def read_only_folder(demo_path: Path, tmp_path: Path) -> Iterator[Path]:
    if AS_ORDINARY_USER and shutil.which("setpriv") is None:
        pytest.fail("setpriv (util-linux) is needed to test read-only folders as root")
    folder = tmp_path / "arsip"
    folder.mkdir()
    project = folder / "tesis.telaah"
    shutil.copyfile(demo_path, project)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    yield project
    folder.chmod(stat.S_IRWXU)


def _telaah(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, TELAAH_BACKUP_DIR=str(tmp_path / "backups"),
                       PYTHONPATH=str(REPO))
    return subprocess.run([*AS_ORDINARY_USER, sys.executable, "-m", "app", "--lang", "en",
                           *arguments], cwd=REPO, env=environment, capture_output=True,
                          text=True, timeout=120)


def test_reading_works_and_writing_says_the_folder_is_read_only(
        read_only_folder: Path, tmp_path: Path) -> None:
    before = read_only_folder.read_bytes()
    info = _telaah(tmp_path, "info", str(read_only_folder))
    assert info.returncode == 0, info.stderr
    assert "I1_kepala_dinas" in info.stdout
    segments = _telaah(tmp_path, "segments", str(read_only_folder), "--json")
    assert segments.returncode == 0 and segments.stdout.count('"id"') == 429
    coding = _telaah(tmp_path, "code", str(read_only_folder), "--source", "I1_kepala_dinas",
                     "--start", "0", "--end", "4", "--code", "Kinerja/Kualitas",
                     "--coder", "Zed")
    assert coding.returncode == 2
    assert "read-only" in coding.stderr and "not a Telaah project" not in coding.stderr
    assert len(coding.stderr.strip().splitlines()) == 1
    assert read_only_folder.read_bytes() == before
    assert [p.name for p in read_only_folder.parent.iterdir()] == ["tesis.telaah"]


def test_a_project_file_one_may_not_read_says_so(demo_path: Path, tmp_path: Path) -> None:
    if AS_ORDINARY_USER and shutil.which("setpriv") is None:
        pytest.fail("setpriv (util-linux) is needed to test permissions as root")
    demo_path.chmod(0)
    try:
        result = _telaah(tmp_path, "info", str(demo_path))
    finally:
        demo_path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert result.returncode == 2
    assert "not allowed to read" in result.stderr and "not a Telaah project" not in result.stderr
