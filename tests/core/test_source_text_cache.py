"""Segment snapshots are cut from the kept source text, never from a stale one: not after
a revision in this project, nor after one made through another opened project."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event

from app.core.coders import ensure_coder
from app.core.codes import import_codebook, list_codes
from app.core.project import Project
from app.core.segments import add_segment, list_segments, update_segment
from app.core.source_revision import revise_source
from app.core.sources import import_sources
from app.resources import default_codebook

OLD = "Pewawancara: Bagaimana pelayanan?\n\nInforman: Pelayanan 😀 sudah baik sekali.\n" * 40
# The same length, so only the content (and its sha256) tells the versions apart.
NEW = OLD.replace("baik sekali", "buruk sekal")


@pytest.fixture
def coding(empty_project: Project, tmp_path: Path) -> tuple[Project, int, int, int]:
    import_codebook(empty_project, path=default_codebook())
    path = tmp_path / "wawancara.txt"
    path.write_text(OLD, encoding="utf-8")
    source_id = import_sources(empty_project, paths=[path]).created
    code_id = next(code.id for code in list_codes(empty_project) if code.codable)
    coder_id = ensure_coder(empty_project, name="Annisa").created
    assert source_id is not None and coder_id is not None
    return empty_project, source_id, code_id, coder_id


def _snapshot(project: Project, segment_id: int | None) -> str:
    return next(s.text for s in list_segments(project) if s.id == segment_id)


def test_later_segments_read_no_source_text_from_the_database(coding) -> None:
    project, source_id, code_id, coder_id = coding
    add_segment(project, source_id=source_id, code_id=code_id, coder_id=coder_id,
                start=0, end=5)
    statements: list[str] = []
    event.listen(project.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *rest: statements.append(statement))
    last = len(OLD) - 10
    segment_id = add_segment(project, source_id=source_id, code_id=code_id,
                             coder_id=coder_id, start=last, end=len(OLD)).created
    assert _snapshot(project, segment_id) == OLD[last:]
    reads_text = [s for s in statements if "sources.text" in s or "substr" in s.lower()]
    assert reads_text == []


def test_a_revision_here_is_seen_by_the_next_segment(coding) -> None:
    project, source_id, code_id, coder_id = coding
    where = OLD.index("baik")
    first = add_segment(project, source_id=source_id, code_id=code_id, coder_id=coder_id,
                        start=where, end=where + 11).created
    assert _snapshot(project, first) == "baik sekali"
    revise_source(project, source_id=source_id, text=NEW)
    second = add_segment(project, source_id=source_id, code_id=code_id, coder_id=coder_id,
                         start=where, end=where + 11).created
    assert _snapshot(project, second) == "buruk sekal"
    update_segment(project, segment_id=second, actor_id=coder_id, start=where, end=where + 5)
    assert _snapshot(project, second) == "buruk"


def test_a_revision_through_another_open_project_is_seen(coding) -> None:
    project, source_id, code_id, coder_id = coding
    where = OLD.index("baik")
    add_segment(project, source_id=source_id, code_id=code_id, coder_id=coder_id,
                start=where, end=where + 4)
    other = Project.open(project.location)
    try:
        revise_source(other, source_id=source_id, text=NEW)
    finally:
        other.close()
    segment_id = add_segment(project, source_id=source_id, code_id=code_id,
                             coder_id=coder_id, start=where, end=where + 5).created
    assert _snapshot(project, segment_id) == "buruk"
