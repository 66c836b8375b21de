"""A new project appears at its name only when complete: no error or crash leaves half."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.core.project import Project
from app.core.sources import list_sources
from app.errors import ProjectExists

REPO = Path(__file__).resolve().parents[2]

BUILD_AND_WAIT = """
import sys, time
from app.core.project import Project
with Project.building(sys.argv[1], title="Setengah") as project:
    print("building", flush=True)
    time.sleep(120)
"""


def test_an_error_while_building_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "baru.telaah"
    with pytest.raises(RuntimeError), Project.building(target) as project:
        assert project.location == str(target)
        raise RuntimeError("stop")
    assert list(tmp_path.iterdir()) == []


def test_a_crash_while_building_leaves_no_project_and_the_retry_works(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "impor.telaah"
    builder = subprocess.Popen([sys.executable, "-c", BUILD_AND_WAIT, str(target)], cwd=REPO,
                               stdout=subprocess.PIPE, text=True)
    assert builder.stdout is not None and builder.stdout.readline().strip() == "building"
    builder.send_signal(signal.SIGKILL)
    builder.wait(30)
    assert not target.exists()
    leftovers = [path.name for path in tmp_path.iterdir()]
    assert leftovers and all(name.startswith(".impor.telaah.") for name in leftovers)
    assert main(["--lang", "en", "new", str(target)]) == 0
    capsys.readouterr()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["impor.telaah"]


def test_the_demo_and_a_copy_appear_complete(tmp_path: Path, demo_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "demo", str(tmp_path / "contoh.telaah")]) == 0
    assert main(["--lang", "en", "copy", str(demo_path), str(tmp_path / "salin.telaah")]) == 0
    capsys.readouterr()
    for name in ("contoh.telaah", "salin.telaah"):
        with Project.open(tmp_path / name, read_only=True) as project:
            assert len(list_sources(project)) == 11
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "contoh.telaah", "demo.telaah", "salin.telaah"]


def test_a_file_that_appears_meanwhile_is_never_replaced(tmp_path: Path) -> None:
    target = tmp_path / "rebutan.telaah"
    with pytest.raises(ProjectExists), Project.building(target):
        target.write_bytes(b"someone else's file")
    assert target.read_bytes() == b"someone else's file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rebutan.telaah"]
