"""A verdict in the review history shows the text it was given on (issue 24), even after
the coder changed the segment."""

from __future__ import annotations

from app.core.coders import ensure_coder
from app.core.project import Project
from app.core.review import review_segment, review_thread
from app.core.segments import list_segments, update_segment
from app.ui.review.review_texts import thread_html


def test_the_history_shows_the_judged_text(qtbot: object, demo_project: Project) -> None:
    segment = list_segments(demo_project)[0]
    supervisor = ensure_coder(demo_project, name="Dr Sari", role="supervisor").created
    assert supervisor is not None
    review_segment(demo_project, segment_id=segment.id, reviewer_id=supervisor,
                   verdict="needs_revision", comment="Potong di titik")
    update_segment(demo_project, segment_id=segment.id, actor_id=segment.coder_id,
                   end=segment.end + 40)
    shown = thread_html(review_thread(demo_project, segment_id=segment.id))
    judged = " ".join(segment.text.split())[:60]
    assert "Judged: “" in shown and judged in shown and segment.code in shown
    assert "Potong di titik" in shown
