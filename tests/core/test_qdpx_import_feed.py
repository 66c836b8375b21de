"""A REFI-QDA import stores its segments in bulk, and the change feed still lists each of
them as a flush would (kind, id, the source and code it belongs to)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, select, text

from app.core import qdpx_import
from app.core.project import Project
from app.core.qdpx import export_qdpx
from app.core.qdpx_import import import_qdpx
from app.core.qdpx_segments import StoredSegment
from app.core.segments import list_segments
from app.models import ChangeLogEntry, CodedSegment


def test_every_imported_segment_is_in_the_feed(demo_project: Project, tmp_path: Path,
                                                project_location: str) -> None:
    archive = tmp_path / "demo.qdpx"
    export_qdpx(demo_project, path=archive)
    report = import_qdpx(archive, project_location)
    imported = Project.open(project_location)
    try:
        segments = {s.id: s for s in list_segments(imported)}
        assert len(segments) == report.segments == len(list_segments(demo_project))
        with imported.reading() as session:
            logged = session.execute(
                select(ChangeLogEntry.object_id, ChangeLogEntry.fields)
                .where(ChangeLogEntry.kind == "segment", ChangeLogEntry.action == "insert")
            ).all()
        assert {object_id for object_id, _fields in logged} == set(segments)
        for object_id, fields in logged:
            assert (fields["source_id"], fields["code_id"]) == (
                segments[object_id].source_id, segments[object_id].code_id)
        # The texts and the ones sharing a selection's GUID came through as before.
        assert sorted((s.start, s.end, s.text) for s in segments.values()) == sorted(
            (s.start, s.end, s.text) for s in list_segments(demo_project))
        # The next segment gets a fresh id (PostgreSQL: the sequence moved past them).
        with imported.writing() as session:
            extra = CodedSegment(source_id=next(iter(segments.values())).source_id,
                                 code_id=next(iter(segments.values())).code_id,
                                 coder_id=next(iter(segments.values())).coder_id,
                                 start=0, end=1, text="x")
            session.add(extra)
            session.flush()
            assert extra.id not in segments
    finally:
        imported.close()


def test_a_failure_after_the_segments_went_in_leaves_none_of_them(
        demo_project: Project, tmp_path: Path, project_location: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "demo.qdpx"
    export_qdpx(demo_project, path=archive)
    stored: list[int] = []

    def fail(_importer: object, segments: dict[str, list[StoredSegment]]) -> None:
        stored.extend(segment.id for found in segments.values() for segment in found)
        raise RuntimeError("disk full")

    monkeypatch.setattr(qdpx_import, "with_regions", fail)
    with pytest.raises(RuntimeError):
        import_qdpx(archive, project_location)

    assert stored  # the segments were in the transaction when it failed
    if project_location.startswith("postgresql"):  # filled in place: rolled back
        engine = create_engine(make_url(project_location).set(drivername="postgresql+psycopg"))
        try:
            with engine.connect() as connection:
                assert connection.execute(
                    text("SELECT count(*) FROM coded_segments")).scalar() == 0
                assert connection.execute(
                    text("SELECT count(*) FROM change_log WHERE kind = 'segment'")).scalar() == 0
        finally:
            engine.dispose()
    else:
        assert list(tmp_path.glob("project.telaah*")) == []
