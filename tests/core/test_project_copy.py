"""telaah copy: SQLite → PostgreSQL → SQLite gives back every row unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.coders import ensure_coder
from app.core.project import Project
from app.core.project_copy import copy_project
from app.core.segments import add_segment, list_segments
from app.errors import ProjectExists
from app.models import Base


def _dump(project: Project) -> dict[str, list[tuple]]:
    with project.engine.connect() as connection:
        return {
            table.name: [
                tuple(row) for row in connection.execute(
                    select(table).order_by(*table.primary_key.columns)
                )
            ]
            for table in Base.metadata.sorted_tables
        }


def test_round_trip_through_postgres_is_lossless(
    demo_project: Project, postgres_url: str, tmp_path: Path
) -> None:
    remote = copy_project(demo_project.location, postgres_url)
    try:
        assert _dump(remote) == _dump(demo_project)
        # New rows in the copy get fresh ids after the copied ones.
        coder_id = ensure_coder(remote, name="Citra").created
        segment = list_segments(remote)[0]
        new_id = add_segment(remote, source_id=segment.source_id, code_id=segment.code_id,
                             coder_id=coder_id, start=0, end=5).created
        assert new_id == max(s.id for s in list_segments(demo_project)) + 1
    finally:
        remote.close()
    back = copy_project(postgres_url, tmp_path / "back.telaah")
    try:
        original = _dump(demo_project)
        returned = _dump(back)
        assert returned["coded_segments"][:-1] == original["coded_segments"]
        # The change log carries the copy's history and, after it, the two new writes.
        grown = ("coded_segments", "coders", "change_log")
        assert returned["change_log"][:len(original["change_log"])] == original["change_log"]
        assert {k: v for k, v in returned.items() if k not in grown} == {
            k: v for k, v in original.items() if k not in grown
        }
    finally:
        back.close()


def test_copy_refuses_an_existing_destination(demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "taken.telaah"
    target.write_text("mine")
    with pytest.raises(ProjectExists):
        copy_project(demo_path, target)
    assert target.read_text() == "mine"
