"""Code suggestions on the demo study: ranked, excluding coded text, writing nothing."""

from __future__ import annotations

from sqlalchemy import func, select

from app.core.code_suggestions import build_suggestion_corpus, suggest_for_code
from app.core.codes import list_codes
from app.core.project import Project
from app.core.segments import list_segments
from app.models import Code, CodedSegment


def test_suggestions_for_a_code_skip_its_segments(demo_project: Project) -> None:
    code = next(c for c in list_codes(demo_project) if c.path == "Upaya/Fasilitasi P-IRT")
    segments = list_segments(demo_project, code_ids=frozenset({code.id}))
    with demo_project.reading() as session:
        before = session.scalar(select(func.count(CodedSegment.id)))

    suggestions = suggest_for_code(demo_project, code_id=code.id, limit=10)

    assert 0 < len(suggestions) <= 10
    assert any("P-IRT" in s.text or "izin" in s.text for s in suggestions[:3])
    for suggestion in suggestions:
        assert not any(seg.source_id == suggestion.source_id and seg.start < suggestion.end
                       and suggestion.start < seg.end for seg in segments)
    with demo_project.reading() as session:
        assert session.scalar(select(func.count(CodedSegment.id))) == before


def test_dismissed_suggestions_stay_away_and_a_corpus_can_be_reused(
    demo_project: Project,
) -> None:
    code = next(c for c in list_codes(demo_project) if c.path == "Upaya/Fasilitasi P-IRT")
    corpus = build_suggestion_corpus(demo_project)
    first = suggest_for_code(demo_project, code_id=code.id, corpus=corpus)[0]

    again = suggest_for_code(demo_project, code_id=code.id, corpus=corpus,
                             dismissed=[(first.source_id, first.start, first.end)])

    assert (first.source_id, first.start) not in {(s.source_id, s.start) for s in again}


def test_a_code_without_examples_gets_no_suggestions(empty_project: Project) -> None:
    from app.core.codes import import_codebook
    from app.resources import default_codebook

    import_codebook(empty_project, path=default_codebook())
    code = next(c for c in list_codes(empty_project) if c.codable)
    with empty_project.writing() as session:
        session.get_one(Code, code.id).example = ""

    assert suggest_for_code(empty_project, code_id=code.id) == []
