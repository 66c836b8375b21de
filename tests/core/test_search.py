"""Project-wide search on the demo study and coding all hits in one transaction."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from app.core.coders import ensure_coder
from app.core.codes import list_codes
from app.core.project import Project
from app.core.search import build_search_index, code_hits, search_in_text, search_project
from app.core.segments import list_segments
from app.errors import CodeNotCodable, StaleSearchHit
from app.models import Source


def _code_id(project: Project, codable: bool = True) -> int:
    return next(code.id for code in list_codes(project) if code.codable is codable)


def test_search_modes_across_the_project(demo_project: Project) -> None:
    exact = search_project(demo_project, query="belum maksimal")
    word = search_project(demo_project, query="kinerja", mode="word")
    regex = search_project(demo_project, query=r"e-kinerja|LKjIP", mode="regex")

    assert exact and all(hit.text.lower() == "belum maksimal" for hit in exact)
    assert any(hit.source_title == "I1_kepala_dinas" for hit in exact)
    assert all(hit.text.lower() == "kinerja" for hit in word)
    assert {hit.text for hit in regex} >= {"e-kinerja", "LKjIP"}
    with demo_project.reading() as session:
        texts = dict(session.execute(select(Source.id, Source.text)).all())
    for hit in exact + word + regex:
        assert texts[hit.source_id][hit.start : hit.end] == hit.text


def test_fuzzy_search_with_a_prebuilt_index_finds_old_spelling(demo_project: Project) -> None:
    progress: list[tuple[int, int]] = []
    index = build_search_index(demo_project, progress=lambda *step: progress.append(step))

    hits = search_project(demo_project, query="beloem maksimal", mode="fuzzy", index=index)

    assert progress[-1] == (11, 11)
    assert any(hit.text.lower() == "belum maksimal" for hit in hits)
    assert search_project(demo_project, query="beloem maksimal", mode="fuzzy") == hits


def test_code_all_hits_in_one_transaction(demo_project: Project) -> None:
    coder = ensure_coder(demo_project, name="Citra").created
    assert coder is not None
    code = _code_id(demo_project)
    hits = search_project(demo_project, query="e-kinerja")

    changes = code_hits(demo_project, hits=hits, code_id=code, coder_id=coder)

    assert len(changes.segments) == len(hits) > 1
    segments = {s.id: s for s in list_segments(demo_project, coder_id=coder)}
    assert set(segments) == set(changes.segments)
    assert {(s.source_id, s.start, s.end, s.text) for s in segments.values()} == {
        (h.source_id, h.start, h.end, h.text) for h in hits}
    again = code_hits(demo_project, hits=hits, code_id=code, coder_id=coder)
    assert again.segments == frozenset()  # already coded: nothing doubled


def test_a_stale_hit_stores_nothing(demo_project: Project) -> None:
    coder = ensure_coder(demo_project, name="Citra").created
    assert coder is not None
    hits = search_project(demo_project, query="e-kinerja")
    stale = [*hits[:-1], dataclasses.replace(hits[-1], text="something else")]

    with pytest.raises(StaleSearchHit):
        code_hits(demo_project, hits=stale, code_id=_code_id(demo_project), coder_id=coder)
    with pytest.raises(CodeNotCodable):
        code_hits(demo_project, hits=hits, code_id=_code_id(demo_project, False), coder_id=coder)

    assert list_segments(demo_project, coder_id=coder) == []


@pytest.mark.parametrize("query", ["pelatihan", "untuk", "anggaran"])
def test_fuzzy_search_finds_every_exact_hit_and_codes_them_all(
    demo_project: Project, query: str
) -> None:
    exact = search_project(demo_project, query=query)
    fuzzy = search_project(demo_project, query=query, mode="fuzzy")

    for hit in exact:
        assert any(f.source_id == hit.source_id and f.start <= hit.start and hit.end <= f.end
                   for f in fuzzy), (hit.source_title, hit.start)
    coder = ensure_coder(demo_project, name="Citra").created
    assert coder is not None
    changes = code_hits(demo_project, hits=fuzzy, code_id=_code_id(demo_project),
                        coder_id=coder)
    assert len(changes.segments) == len(fuzzy) >= len(exact)


def test_search_in_text_finds_hits_in_a_held_text_in_order() -> None:
    text = "Pelatihan pertama. Lalu pelatihan kedua; pelatihn ketiga."
    exact = search_in_text(text, "pelatihan", source_id=7, title="W1")
    assert [(hit.start, hit.end, hit.source_id, hit.source_title) for hit in exact] == [
        (0, 9, 7, "W1"), (24, 33, 7, "W1")]
    fuzzy = search_in_text(text, "pelatihan", source_id=7, mode="fuzzy")
    assert [hit.start for hit in fuzzy] == sorted(hit.start for hit in fuzzy)
    assert len(fuzzy) == 3 and text[fuzzy[2].start:fuzzy[2].end].startswith("pelatihn")
    assert search_in_text(text, "anggaran", source_id=7) == []
