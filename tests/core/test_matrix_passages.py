"""The code × informant matrix reads light passages: the same figures, ids and statements
as the matrix built from the full evidence records (passages_in)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from app.analysis.code_matrix import CodeMatrix, build_code_matrix
from app.core.displays import code_matrix
from app.core.evidence import matrix_passages_in, passages_in
from app.core.project import Project
from app.core.segments import add_segment, list_segments
from app.models import CodedSegment


def _overlaps_and_paraphrases(project: Project) -> None:
    """Passages of several segments (both coders, partly overlapping, one inside another),
    paraphrases on some members, and a rejected segment."""
    segments = [s for s in list_segments(project) if s.coder == "Annisa" and s.informant]
    for segment in segments[:12]:
        middle = (segment.start + segment.end) // 2
        add_segment(project, source_id=segment.source_id, code_id=segment.code_id,
                    coder_id=2, start=middle, end=segment.end + 7)
        add_segment(project, source_id=segment.source_id, code_id=segment.code_id,
                    coder_id=2, start=segment.start + 1, end=middle)
    with project.writing() as session:
        ids = list(session.scalars(select(CodedSegment.id).order_by(CodedSegment.id)))
        for number, segment_id in enumerate(ids[::3]):
            session.execute(update(CodedSegment).where(CodedSegment.id == segment_id)
                            .values(paraphrase=f"ringkasan {number % 4}"))
        session.execute(update(CodedSegment).where(CodedSegment.id == ids[5])
                        .values(review_status="rejected"))


def _as_plain(matrix: CodeMatrix) -> list[tuple[object, ...]]:
    return [(row.code_id, row.code, tuple(
        (cell.segment_ids, cell.coded_characters, cell.share, cell.statements)
        for cell in row.cells)) for row in matrix.rows]


@pytest.mark.parametrize("coder", [None, "Annisa", "Bima"])
def test_light_passages_equal_the_evidence_passages(demo_project: Project,
                                                    coder: str | None) -> None:
    _overlaps_and_paraphrases(demo_project)
    with demo_project.reading() as session:
        full = passages_in(session, coder=coder)
        light = matrix_passages_in(session, coder=coder)
    if coder is None:  # the case worth checking is there
        assert any(p.segment_ids for p in full) and any(" / " in p.paraphrase for p in full)
    fields = ("id", "source_id", "code_id", "start", "end", "text", "paraphrase",
              "informant_id")
    expected = sorted(tuple(getattr(p, f) for f in fields) for p in full
                      if p.informant_id is not None)
    assert sorted(tuple(getattr(p, f) for f in fields) for p in light) == expected


@pytest.mark.parametrize("coder", [None, "Bima"])
def test_the_matrix_equals_one_built_from_full_evidence(demo_project: Project,
                                                        coder: str | None) -> None:
    _overlaps_and_paraphrases(demo_project)
    matrix = code_matrix(demo_project, coder=coder)
    with demo_project.reading() as session:
        full = passages_in(session, coder=coder)
    codes = [(row.code_id, row.code) for row in matrix.rows]
    reference = build_code_matrix(full, codes=codes, columns=matrix.columns)
    assert _as_plain(matrix) == _as_plain(reference)
    assert matrix.maximum == reference.maximum and matrix.columns == reference.columns


def test_passages_of_some_codes_are_those_codes_passages_of_all(demo_project: Project) -> None:
    """Conclusions read the passages of their own codes only (issue 19): the same passages,
    merged the same way, as reading every code's and keeping theirs."""
    _overlaps_and_paraphrases(demo_project)
    with demo_project.reading() as session:
        every = passages_in(session)
        wanted = sorted({passage.code_id for passage in every})[:3]
        some = passages_in(session, codes=wanted)
        assert passages_in(session, codes=[]) == []
    assert some == [passage for passage in every if passage.code_id in wanted]
    assert len({passage.code_id for passage in some}) == 3
