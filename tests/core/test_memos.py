"""Segment memos written while coding are listed with the project's memos."""

from __future__ import annotations

from app.core.memos import SEGMENT_NOTE, add_memo, list_memos, list_segment_notes
from app.core.project import Project
from app.core.segments import list_segments, update_segment


def test_segment_memos_are_listed_as_memos_titled_by_their_code(demo_project: Project) -> None:
    before = list_segment_notes(demo_project)
    segment = next(s for s in list_segments(demo_project) if not s.memo)
    update_segment(demo_project, segment_id=segment.id, actor_id=segment.coder_id,
                   memo="Nada informan ragu-ragu di sini.")
    notes = list_segment_notes(demo_project)
    assert len(notes) == len(before) + 1
    note = next(n for n in notes if n.segment_id == segment.id)
    assert (note.id, note.memo_type, note.body) == (segment.id, SEGMENT_NOTE,
                                                     "Nada informan ragu-ragu di sini.")
    assert note.title == segment.code and note.source_id == segment.source_id
    # Emptying the memo takes it off the list; project memos are a separate list.
    update_segment(demo_project, segment_id=segment.id, actor_id=segment.coder_id, memo="")
    assert all(n.segment_id != segment.id for n in list_segment_notes(demo_project))
    add_memo(demo_project, title="Catatan metode", memo_type="methodological")
    assert all(m.memo_type != SEGMENT_NOTE for m in list_memos(demo_project))
