"""A second handle on the same project sees the first one's work by polling."""

from __future__ import annotations

from pathlib import Path

from app.core.change_watch import current_mark, poll_changes
from app.core.coders import ensure_coder
from app.core.codes import import_codebook, list_codes
from app.core.project import Project
from app.core.segments import add_segment, list_segments, remove_segment, update_segment
from app.core.sources import import_sources
from app.resources import default_codebook


def test_other_writers_are_noticed(
    backend_project: Project, project_location: str, tmp_path: Path
) -> None:
    import_codebook(backend_project, path=default_codebook())
    watcher = Project.open(project_location)
    try:
        (tmp_path / "a.txt").write_text("satu dua tiga empat lima enam\n", encoding="utf-8")
        source_id = import_sources(backend_project, paths=[tmp_path / "a.txt"]).created
        code_id = next(code.id for code in list_codes(backend_project) if code.codable)
        coder_id = ensure_coder(backend_project, name="Annisa").created
        mark = current_mark(watcher, listen=False)  # every poll asks (see test_feed_*)
        assert poll_changes(watcher, since=mark)[0].empty

        segment_id = add_segment(backend_project, source_id=source_id, code_id=code_id,
                                 coder_id=coder_id, start=0, end=4).created
        changes, mark = poll_changes(watcher, since=mark)
        assert changes.segments == {segment_id} and changes.sources == {source_id}
        assert not changes.project

        update_segment(backend_project, segment_id=segment_id, actor_id=coder_id, end=8)
        changes, mark = poll_changes(watcher, since=mark)
        assert changes.segments == {segment_id}

        remove_segment(backend_project, segment_id=segment_id, actor_id=coder_id)
        changes, mark = poll_changes(watcher, since=mark)
        assert changes.project and list_segments(watcher) == []
        assert poll_changes(watcher, since=mark)[0].empty
    finally:
        watcher.close()
