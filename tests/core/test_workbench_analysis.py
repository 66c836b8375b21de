"""The analysis stages through the workbench: one transaction per action, nothing left
behind by a refused one, the same rules as the core modules they delegate to."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from app.core.coders import list_coders
from app.core.conclusions import conclusion_of_code, conclusions_for_codes
from app.core.ids import CodeId, SegmentId
from app.core.project import Project
from app.core.segments import list_segments
from app.core.triangulation import list_triangulation_judgements
from app.core.workbench import Workbench
from app.errors import NotFound, RationaleRequired, TelaahError
from app.errors.conflicts import EditConflict


def _uncoded_code(project: Project) -> CodeId:
    """A code with segments and no conclusion written yet."""
    coded = {s.code_id for s in list_segments(project)}
    return next(view.code_id for view in conclusions_for_codes(project, group=None)
                if view.code_id in coded and view.conclusion_id is None)


def test_a_refused_action_does_not_keep_a_coder_it_rolled_back(demo_project: Project) -> None:
    wb = Workbench(demo_project, coder_name="Analis Baru")
    code_id = _uncoded_code(demo_project)
    with pytest.raises(RationaleRequired):
        wb.triangulation.judge(code_id=code_id, layout="source", judgement="diverge",
                               rationale="  ")
    assert "Analis Baru" not in {c.name for c in list_coders(demo_project)}
    # The coder made in the rolled-back transaction is made again, not looked up by a
    # remembered id that no longer exists.
    wb.triangulation.judge(code_id=code_id, layout="source", judgement="diverge",
                           rationale="Observasi menunjukkan hal lain.")
    [stored] = list_triangulation_judgements(demo_project, layout="source")
    assert stored.judgement == "diverge"
    assert stored.author == "Analis Baru"
    wb.triangulation.clear_judgement(code_id=code_id, layout="source")
    assert list_triangulation_judgements(demo_project) == []


def test_the_first_link_makes_the_conclusion_in_the_same_transaction(
        demo_project: Project) -> None:
    wb = Workbench(demo_project, coder_name="Tester")
    code_id = _uncoded_code(demo_project)
    segments = [SegmentId(s.id) for s in list_segments(demo_project) if s.code_id == code_id]
    begins: list[str] = []
    event.listen(demo_project.engine, "begin", lambda _connection: begins.append("begin"))
    changes = wb.conclusions.link_evidence(code_id=code_id, conclusion_id=None,
                                           segment_ids=segments[:2], role="supporting")
    assert begins == ["begin"]
    view = conclusion_of_code(demo_project, code_id=code_id)
    assert view.conclusion_id == changes.created
    assert set(view.supporting) == set(segments[:2])


def test_a_refused_link_leaves_no_empty_conclusion(demo_project: Project) -> None:
    wb = Workbench(demo_project, coder_name="Tester")
    code_id = _uncoded_code(demo_project)
    segment = next(SegmentId(s.id) for s in list_segments(demo_project) if s.code_id == code_id)
    with pytest.raises(TelaahError):
        wb.conclusions.link_evidence(code_id=code_id, conclusion_id=None,
                                     segment_ids=[segment, SegmentId(999_999)],
                                     role="supporting")
    assert conclusion_of_code(demo_project, code_id=code_id).conclusion_id is None


def test_reduction_keeps_the_conflict_rule(demo_project: Project) -> None:
    wb = Workbench(demo_project, coder_name="Tester")
    segment = list_segments(demo_project)[0]
    wb.reduction.set_paraphrase(segment_id=SegmentId(segment.id), paraphrase="Ringkas.")
    with pytest.raises(EditConflict):  # shown an older statement; "Ringkas." is stored now
        wb.reduction.set_paraphrase(segment_id=SegmentId(segment.id), paraphrase="Lain.",
                                    expected="Pernyataan lama.")
    code_id = CodeId(segment.code_id)
    wb.reduction.set_code_summary(code_id=code_id, body="Ringkasan kode.",
                                  expected=wb.reduction.code_summary(code_id=code_id))
    assert wb.reduction.code_summary(code_id=code_id) == "Ringkasan kode."


def test_a_comment_on_a_missing_segment_is_refused(demo_project: Project) -> None:
    wb = Workbench(demo_project, coder_name="Tester")
    with pytest.raises(NotFound):
        wb.review.comment(segment_id=SegmentId(999_999), author="Tester", body="Cek lagi.")
