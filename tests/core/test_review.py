"""Supervisor review and segment ownership, enforced in the core."""

from __future__ import annotations

import pytest

from app.core.coders import ensure_coder, list_coders, set_coder_role
from app.core.project import Project
from app.core.review import (
    comment_as,
    comment_on_segment,
    comments_for_coder,
    review_segment,
    review_summary,
    review_thread,
)
from app.core.segment_filters import segments_matching
from app.core.segments import list_segments, remove_segment, update_segment
from app.errors import CommentRequired, InvalidValue, NotFound, NotOwnSegment, NotSupervisor


@pytest.fixture
def people(demo_project: Project) -> tuple[Project, int, int, int]:
    annisa = ensure_coder(demo_project, name="Annisa").created
    bima = ensure_coder(demo_project, name="Bima").created
    supervisor = ensure_coder(demo_project, name="Dr. Sari", role="supervisor").created
    return demo_project, annisa, bima, supervisor


def _first_of(project: Project, coder: str) -> int:
    return segments_matching(project, coder=coder)[0].id


def test_coders_cannot_touch_each_others_segments(people) -> None:
    project, annisa, bima, supervisor = people
    segment_id = _first_of(project, "Annisa")
    before = list_segments(project)
    with pytest.raises(NotOwnSegment) as raised:
        remove_segment(project, segment_id=segment_id, actor_id=bima)
    assert "Annisa" in raised.value.message() and "Bima" in raised.value.message()
    with pytest.raises(NotOwnSegment):
        update_segment(project, segment_id=segment_id, actor_id=bima, start=0, end=10)
    with pytest.raises(NotOwnSegment):
        update_segment(project, segment_id=segment_id, actor_id=supervisor, memo="diam-diam")
    assert list_segments(project) == before


def test_only_supervisors_give_verdicts_and_refusals_need_reasons(people) -> None:
    project, annisa, bima, supervisor = people
    segment_id = _first_of(project, "Annisa")
    with pytest.raises(NotSupervisor):
        review_segment(project, segment_id=segment_id, reviewer_id=bima, verdict="accepted")
    with pytest.raises(CommentRequired):
        review_segment(project, segment_id=segment_id, reviewer_id=supervisor,
                       verdict="needs_revision")
    assert {s.review_status for s in list_segments(project)} == {"pending"}


def test_the_revision_cycle_keeps_its_thread(people) -> None:
    project, annisa, _bima, supervisor = people
    segment = segments_matching(project, coder="Annisa")[0]
    review_segment(project, segment_id=segment.id, reviewer_id=supervisor,
                   verdict="needs_revision", comment="Potong sampai akhir kalimat.")
    comment_on_segment(project, segment_id=segment.id, author_id=annisa, body="Baik, Bu.")
    update_segment(project, segment_id=segment.id, actor_id=annisa,
                   start=segment.start, end=segment.end - 1)
    [revised] = [s for s in list_segments(project) if s.id == segment.id]
    assert revised.review_status == "revised" and revised.text == segment.text[:-1]
    review_segment(project, segment_id=segment.id, reviewer_id=supervisor, verdict="accepted")
    thread = review_thread(project, segment_id=segment.id)
    assert [(c.author, c.status) for c in thread] == [
        ("Dr. Sari", "needs_revision"), ("Annisa", None), ("Annisa", "revised"),
        ("Dr. Sari", "accepted"),
    ]
    assert [c.body for c in comments_for_coder(project, coder_id=annisa)][:2] == [
        "Potong sampai akhir kalimat.", "Baik, Bu.",
    ]
    queue = segments_matching(project, coder="Annisa")
    assert segment.id in {s.id for s in queue}


def test_summary_counts_per_code(people) -> None:
    project, _annisa, bima, supervisor = people
    set_coder_role(project, coder_id=bima, role="supervisor")
    segments = segments_matching(project, code="Kinerja/Kualitas", coder="Annisa")
    review_segment(project, segment_id=segments[0].id, reviewer_id=supervisor,
                   verdict="rejected", comment="Bukan tentang kualitas.")
    review_segment(project, segment_id=segments[1].id, reviewer_id=bima, verdict="accepted")
    [quality] = [row for row in review_summary(project) if row.code == "Kinerja/Kualitas"]
    assert quality.counts["rejected"] == 1 and quality.counts["accepted"] == 1
    assert quality.counts["pending"] == len(segments_matching(project, code="Kualitas")) - 2
    assert [(c.status, c.body) for c in quality.comments] == [
        ("rejected", "Bukan tentang kualitas."), ("accepted", ""),
    ]


def test_a_reply_by_a_new_person_is_one_step(demo_project: Project) -> None:
    project = demo_project
    segment_id = _first_of(project, "Annisa")
    names = {coder.name for coder in list_coders(project)}
    with pytest.raises(InvalidValue):  # an empty reply: nothing, not even the new coder
        comment_as(project, segment_id=segment_id, author="Rina", body="   ")
    with pytest.raises(NotFound):
        comment_as(project, segment_id=10**6, author="Rina", body="Cek lagi.")
    assert {coder.name for coder in list_coders(project)} == names
    changes = comment_as(project, segment_id=segment_id, author="Rina", body="Cek lagi.")
    rina = next(coder for coder in list_coders(project) if coder.name == "Rina")
    assert changes.coders == {rina.id} and changes.segments == {segment_id}
    thread = review_thread(project, segment_id=segment_id)
    assert thread[-1].body == "Cek lagi." and thread[-1].author == "Rina"
    again = comment_as(project, segment_id=segment_id, author="Rina", body="Sudah.")
    assert not again.coders and len(review_thread(project, segment_id=segment_id)) == \
        len(thread) + 1
