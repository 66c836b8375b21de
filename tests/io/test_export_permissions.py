"""Every file Telaah writes for the user to take away is readable by its owner only (0600),
whatever the umask: a .qdpx or an excerpt document holds the transcripts (issue 17)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.io.file_bytes import write_file_atomically


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


EXPORTS = {
    "qdpx": lambda project, out: ["qdpx", "export", project, "-o", out("x.qdpx")],
    "excerpts": lambda project, out: ["excerpts", project, "-o", out("x.docx")],
    "report": lambda project, out: ["report", project, "-o", out("x.docx")],
    "matrix": lambda project, out: ["matrix", project, "-o", out("x.xlsx")],
    "codebook-qdc": lambda project, out: ["codebook", "export", project, "-o", out("x.qdc")],
    "codebook-xlsx": lambda project, out: ["codebook", "export", project, "-o", out("x.xlsx")],
    "triangulation": lambda project, out: ["triangulation", project, "-o", out("x.csv")],
    "review": lambda project, out: ["review", project, "--as", "Annisa", "--summary",
                                    out("x.docx")],
}


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_cli_exports_are_owner_only_under_umask_022(
    name: str, demo_path: Path, tmp_path: Path, umask_022: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    written: list[Path] = []

    def out(file_name: str) -> str:
        written.append(folder / file_name)
        return str(folder / file_name)

    code = main(["--lang", "en", *EXPORTS[name](str(demo_path), out)])

    assert code == 0, capsys.readouterr().err
    (path,) = written
    assert _mode(path) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == [path.name]  # no temporary left


def test_a_replaced_file_loses_group_and_other_permissions(tmp_path: Path, umask_022: None) -> None:
    path = tmp_path / "old.docx"
    path.write_bytes(b"old")
    os.chmod(path, 0o664)

    write_file_atomically(path, b"new")

    assert path.read_bytes() == b"new" and _mode(path) == 0o600


def test_a_new_file_is_owner_only(tmp_path: Path, umask_022: None) -> None:
    write_file_atomically(tmp_path / "new.csv", b"a,b\n")
    assert _mode(tmp_path / "new.csv") == 0o600
