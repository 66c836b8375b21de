"""A REFI-QDA import stores its segments in bulk, and the change feed still lists each of
them as a flush would (kind, id, the source and code it belongs to)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.core.project import Project
from app.core.qdpx import export_qdpx
from app.core.qdpx_import import import_qdpx
from app.core.segments import list_segments
from app.models import ChangeLogEntry


def test_every_imported_segment_is_in_the_feed(demo_project: Project, tmp_path: Path) -> None:
    archive = tmp_path / "demo.qdpx"
    export_qdpx(demo_project, path=archive)
    report = import_qdpx(archive, tmp_path / "imported.telaah")
    imported = Project.open(report.location)
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
    finally:
        imported.close()
