"""A new project with its codebook: the one function behind ``telaah new`` and the GUI."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.codes import list_codes
from app.core.new_project import create_project
from app.core.project import Project
from app.errors import FolderNotFound, TelaahError


def test_the_shipped_codebook_by_default_or_none(tmp_path: Path) -> None:
    shown = create_project(tmp_path / "tesis.telaah", title="Tesis")
    assert shown.endswith("tesis.telaah")
    with Project.open(tmp_path / "tesis.telaah", read_only=True) as project:
        paths = {code.path for code in list_codes(project)}
    assert len(paths) > 10 and any(path.startswith("Kinerja") for path in paths)
    create_project(tmp_path / "kosong.telaah", with_codebook=False)
    with Project.open(tmp_path / "kosong.telaah", read_only=True) as project:
        assert list_codes(project) == []


def test_a_bad_codebook_or_folder_leaves_nothing_behind(tmp_path: Path) -> None:
    bad = tmp_path / "rusak.qdc"
    bad.write_text("<CodeBook><Codes><Code", encoding="utf-8")
    with pytest.raises(TelaahError) as raised:
        create_project(tmp_path / "p.telaah", codebook=bad)
    assert "rusak.qdc" in str(raised.value.message(str))
    assert sorted(path.name for path in tmp_path.iterdir()) == ["rusak.qdc"]
    with pytest.raises(FolderNotFound):
        create_project(tmp_path / "no-such-folder" / "p.telaah")
