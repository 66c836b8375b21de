"""Coding by names is one transaction: a refused action leaves no new coder behind."""

from __future__ import annotations

import pytest

from app.core.coders import list_coders
from app.core.codes import list_codes
from app.core.coding_by_name import add_coder, code_hits_as, code_span
from app.core.project import Project
from app.core.search import search_project
from app.core.segments import list_segments
from app.errors import CodeNotCodable, NotFound, OffsetsOutOfRange


def _coder_names(project: Project) -> set[str]:
    return {coder.name for coder in list_coders(project)}


def test_a_span_is_coded_by_a_new_coder_in_one_action(demo_project: Project) -> None:
    code = next(c for c in list_codes(demo_project) if c.codable)
    before = len(list_segments(demo_project))
    changes = code_span(demo_project, source="I1_kepala_dinas", code=code.path,
                        coder="Zahra", start=10, end=40)
    segments = list_segments(demo_project)
    assert len(segments) == before + 1
    new = next(s for s in segments if s.id == changes.created)
    assert (new.coder, new.code, new.start, new.end) == ("Zahra", code.path, 10, 40)
    assert changes.coders  # the coder was new


def test_a_refused_span_leaves_no_coder_and_no_segment(demo_project: Project) -> None:
    code = next(c for c in list_codes(demo_project) if c.codable)
    coders, before = _coder_names(demo_project), len(list_segments(demo_project))
    with pytest.raises(OffsetsOutOfRange):
        code_span(demo_project, source="I1_kepala_dinas", code=code.path, coder="Zahra",
                  start=0, end=10**9)
    with pytest.raises(NotFound):
        code_span(demo_project, source="no such source", code=code.path, coder="Zahra",
                  start=0, end=5)
    assert _coder_names(demo_project) == coders
    assert len(list_segments(demo_project)) == before


def test_hits_coded_with_a_category_are_refused_whole(demo_project: Project) -> None:
    category = next(c for c in list_codes(demo_project) if not c.codable)
    codable = next(c for c in list_codes(demo_project) if c.codable)
    hits = search_project(demo_project, query="kinerja", mode="exact", limit=3)
    assert hits
    coders = _coder_names(demo_project)
    with pytest.raises(CodeNotCodable):
        code_hits_as(demo_project, hits=hits, code=category.path, coder="Yusuf")
    assert _coder_names(demo_project) == coders
    coded = code_hits_as(demo_project, hits=hits, code=codable.path, coder="Yusuf")
    assert len(coded.segments) == len(hits) and "Yusuf" in _coder_names(demo_project)


def test_a_coder_is_added_with_a_role_or_given_one(demo_project: Project) -> None:
    add_coder(demo_project, name="Dr. Sari", role="supervisor")
    add_coder(demo_project, name="Annisa", role="supervisor")
    add_coder(demo_project, name="Bima")
    roles = {coder.name: coder.role for coder in list_coders(demo_project)}
    assert roles["Dr. Sari"] == roles["Annisa"] == "supervisor"
    assert roles["Bima"] == "coder"
