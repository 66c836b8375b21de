"""Verdicts that can be undone, that ask when the segment changed, and that keep what a
revised segment was; the queue without consensus segments."""

from __future__ import annotations

import pytest

from app.core.agreement_coders import comparable_coders
from app.core.coders import ensure_coder
from app.core.project import Project
from app.core.review import (
    SegmentSeen,
    review_segment,
    review_thread,
    withdraw_verdict,
)
from app.core.review_feedback import review_queue
from app.core.review_undo import give_verdict, set_back_to_pending
from app.core.segment_filters import segments_matching
from app.core.segments import add_segment, list_segments, update_segment
from app.errors import (
    RejectionCommentRequired,
    RevisionCommentRequired,
    SegmentChangedSinceLoaded,
    VerdictSuperseded,
)


@pytest.fixture
def people(demo_project: Project) -> tuple[Project, int, int]:
    annisa = ensure_coder(demo_project, name="Annisa").created
    supervisor = ensure_coder(demo_project, name="Dr. Sari", role="supervisor").created
    assert annisa is not None and supervisor is not None
    return demo_project, annisa, supervisor


def _status(project: Project, segment_id: int) -> str:
    return next(s.review_status for s in list_segments(project) if s.id == segment_id)


def test_a_verdict_is_undone_and_redone(people) -> None:
    project, _annisa, supervisor = people
    segment = segments_matching(project, coder="Annisa")[0]
    changes, entry = give_verdict(project, name="Accept", segment_id=segment.id,
                                  reviewer_id=supervisor, verdict="accepted")
    assert segment.id in changes.segments and _status(project, segment.id) == "accepted"
    entry.undo()
    assert _status(project, segment.id) == "pending"
    assert review_thread(project, segment_id=segment.id) == []
    entry.redo()
    assert _status(project, segment.id) == "accepted"
    entry.undo()  # the redone verdict's own thread entry goes
    assert _status(project, segment.id) == "pending"
    assert review_thread(project, segment_id=segment.id) == []


def test_setting_back_to_pending_is_recorded_and_undoable(people) -> None:
    project, _annisa, supervisor = people
    segment = segments_matching(project, coder="Annisa")[0]
    review_segment(project, segment_id=segment.id, reviewer_id=supervisor, verdict="rejected",
                   comment="Bukan kinerja.")
    _changes, entry = set_back_to_pending(project, name="Pending", segment_id=segment.id,
                                          reviewer_id=supervisor)
    assert _status(project, segment.id) == "pending"
    assert [c.status for c in review_thread(project, segment_id=segment.id)] == [
        "rejected", "pending"]
    assert segment.id in {s.id for s in review_queue(project, review_statuses=frozenset(
        {"pending"}))}
    entry.undo()
    assert _status(project, segment.id) == "rejected"


def test_an_undo_after_the_coder_revised_refuses(people) -> None:
    project, annisa, supervisor = people
    segment = segments_matching(project, coder="Annisa")[0]
    _changes, entry = give_verdict(project, name="Revise", segment_id=segment.id,
                                   reviewer_id=supervisor, verdict="needs_revision",
                                   comment="Potong.")
    update_segment(project, segment_id=segment.id, actor_id=annisa, start=segment.start,
                   end=segment.end - 1)
    with pytest.raises(VerdictSuperseded):
        entry.undo()
    assert _status(project, segment.id) == "revised"


def test_refusals_say_what_they_need_in_the_users_words(people) -> None:
    project, _annisa, supervisor = people
    segment = segments_matching(project, coder="Annisa")[0]
    with pytest.raises(RevisionCommentRequired) as revision:
        review_segment(project, segment_id=segment.id, reviewer_id=supervisor,
                       verdict="needs_revision")
    with pytest.raises(RejectionCommentRequired) as rejection:
        review_segment(project, segment_id=segment.id, reviewer_id=supervisor,
                       verdict="rejected", comment="  ")
    for raised in (revision, rejection):
        assert "_" not in raised.value.message() and "'" not in raised.value.message()


def test_a_verdict_on_a_changed_segment_is_refused_until_confirmed(people) -> None:
    project, annisa, supervisor = people
    segment = segments_matching(project, coder="Annisa")[0]
    seen = SegmentSeen.of(segment)
    update_segment(project, segment_id=segment.id, actor_id=annisa, start=segment.start,
                   end=segment.end - 2)
    with pytest.raises(SegmentChangedSinceLoaded):
        review_segment(project, segment_id=segment.id, reviewer_id=supervisor,
                       verdict="accepted", seen=seen)
    assert _status(project, segment.id) == "pending"
    review_segment(project, segment_id=segment.id, reviewer_id=supervisor,
                   verdict="accepted")  # confirmed: no ``seen``
    assert _status(project, segment.id) == "accepted"


def test_a_revised_entry_keeps_the_old_boundaries(people) -> None:
    project, annisa, supervisor = people
    segment = segments_matching(project, coder="Annisa")[0]
    review_segment(project, segment_id=segment.id, reviewer_id=supervisor,
                   verdict="needs_revision", comment="Potong.")
    update_segment(project, segment_id=segment.id, actor_id=annisa, start=segment.start,
                   end=segment.end - 3)
    revised = review_thread(project, segment_id=segment.id)[-1]
    assert revised.status == "revised" and revised.body == ""
    assert revised.previous is not None
    assert (revised.previous.start, revised.previous.end, revised.previous.text) == (
        segment.start, segment.end, segment.text)
    assert revised.previous.code == segment.code


def test_withdrawing_an_older_verdict_refuses(people) -> None:
    project, _annisa, supervisor = people
    segment = segments_matching(project, coder="Annisa")[0]
    first = review_segment(project, segment_id=segment.id, reviewer_id=supervisor,
                           verdict="accepted")
    review_segment(project, segment_id=segment.id, reviewer_id=supervisor,
                   verdict="accepted")
    assert first.created is not None
    with pytest.raises(VerdictSuperseded):
        withdraw_verdict(project, comment_id=first.created, previous_status="pending")


def test_consensus_and_empty_supervisors_are_not_coders_to_compare(people) -> None:
    project, _annisa, supervisor = people
    names = {c.name for c in comparable_coders(project)}
    assert "Dr. Sari" not in names and {"Annisa", "Bima"} <= names
    consensus = ensure_coder(project, name="Konsensus").created
    assert consensus is not None
    source_id = segments_matching(project, coder="Annisa")[0].source_id
    code_id = segments_matching(project, coder="Annisa")[0].code_id
    added = add_segment(project, source_id=source_id, code_id=code_id, coder_id=consensus,
                        start=0, end=5, memo="agreement resolution: merge; from segments 1+2")
    assert "Konsensus" not in {c.name for c in comparable_coders(project)}
    assert added.created not in {s.id for s in review_queue(project, review_statuses=frozenset(
        {"pending"}))}
