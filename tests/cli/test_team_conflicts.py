"""Issue 24 on the command line: a change that meets someone else's is one line on stderr
and exit code 2, naming who did what to which object, never an id or database text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.core.coders import ensure_coder
from app.core.project import Project
from app.core.project_copy import copy_project
from app.core.segments import list_segments
from app.core.workbench import Workbench


@pytest.fixture
def shared(project_location: str, demo_template: Path) -> str:
    if project_location.endswith(".telaah"):
        shutil.copyfile(demo_template, project_location)
    else:
        copy_project(demo_template, project_location).close()
    return project_location


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_verdict_on_a_segment_deleted_meanwhile(
        shared: str, language: str, capsys: pytest.CaptureFixture[str]) -> None:
    annisa = Workbench(Project.open(shared), coder_name="Annisa")
    try:
        ensure_coder(annisa.project, name="Dr Sari", role="supervisor")
        code = next(c for c in annisa.codes.all() if c.codable and c.parent_id)
        source = annisa.sources.all()[0]
        segment_id = annisa.segments.apply(source_id=source.id, code_id=code.id,
                                           start=5, end=25).created
        assert segment_id is not None
        annisa.segments.delete(segment_id=segment_id)
    finally:
        annisa.close()
    status = main(["--lang", language, "review", shared, "--as", "Dr Sari",
                   "--segment", str(segment_id), "--verdict", "accepted"])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and err.endswith("\n")
    assert "Annisa" in err and code.path in err and source.title in err
    assert f"'{segment_id}'" not in err and "Traceback" not in err
    if language == "id":
        assert "menghapus" in err
    with Project.open(shared, read_only=True) as project:
        assert segment_id not in {s.id for s in list_segments(project)}
