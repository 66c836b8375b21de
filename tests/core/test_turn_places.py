"""turn_places (the turn or paragraph of each search hit) against a plain reading of the
stored turns, on every kind of demo source: with turns, without (paragraphs), and points
before the first turn or past the end; and on SQLite and PostgreSQL, with the kept search
index noticing a title changed by another connection."""

from __future__ import annotations

import random
from bisect import bisect_right
from pathlib import Path

from sqlalchemy import select

from app.core.evidence import turn_places
from app.core.project import Project
from app.core.search_index import forget_search_index, project_search_index
from app.core.source_editing import update_source
from app.core.sources import import_sources
from app.core.turn_places import POINTS_PER_STATEMENT, turn_places_in
from app.io.speaker_turns import find_paragraphs
from app.models import Source, Turn
from app.storage.plain_reader import open_plain_reader


def test_turn_places_match_the_stored_turns(demo_project: Project) -> None:
    generator = random.Random(19)
    with demo_project.reading() as session:
        sources = session.execute(select(Source.id, Source.text)).all()
        turns = session.execute(select(Turn.source_id, Turn.start, Turn.number)
                                .order_by(Turn.source_id, Turn.start)).all()
    by_source: dict[int, list[tuple[int, int]]] = {}
    for source_id, start, number in turns:
        by_source.setdefault(source_id, []).append((start, number))
    assert by_source and len(by_source) < len(sources)  # both kinds of source are here

    points = [(source_id, offset) for source_id, text in sources
              for offset in [0, len(text), 10**9,
                             *(generator.randrange(len(text) + 1) for _ in range(40))]]
    points += [(source_id, start) for source_id, found in by_source.items()
               for start, _number in found[:5]]
    found_places = turn_places(demo_project, points)

    texts = dict(sources)
    for source_id, offset in points:
        if source_id in by_source:
            starts = [start for start, _number in by_source[source_id]]
            index = bisect_right(starts, offset) - 1
            expected = (by_source[source_id][index][1] if index >= 0 else None, False)
        else:
            paragraphs = find_paragraphs(texts[source_id])
            index = bisect_right([p.start for p in paragraphs], offset) - 1
            expected = (paragraphs[index].number if index >= 0 else None, True)
        assert found_places[source_id, offset] == expected, (source_id, offset)
    # The same statements through the plain reader (issue 19), in more than one chunk.
    reader = open_plain_reader(demo_project.location)
    assert reader is not None and len(points) > POINTS_PER_STATEMENT
    with reader:
        assert turn_places_in(reader, points) == found_places


def test_turn_places_and_the_kept_index_on_each_backend(
        backend_project: Project, project_location: str, tmp_path: Path) -> None:
    interview = ("P: Bagaimana kinerja pegawai?\n\nI1: Kinerja pegawai belum maksimal.\n\n"
                 "P: Apa hambatannya?\n\nI1: Anggaran pelatihan terbatas.\n")
    (tmp_path / "wawancara.txt").write_text(interview, encoding="utf-8")
    (tmp_path / "catatan.txt").write_text("Catatan lapangan.\n\nKedua.\n", encoding="utf-8")
    import_sources(backend_project, paths=[tmp_path / "wawancara.txt", tmp_path / "catatan.txt"])
    with backend_project.reading() as session:
        ids: dict[str, int] = {title: source_id for title, source_id in session.execute(
            select(Source.title, Source.id))}
        turns = session.execute(select(Turn.start, Turn.number).where(
            Turn.source_id == ids["wawancara"]).order_by(Turn.start)).all()
    assert len(turns) == 4

    places = turn_places(backend_project, [(ids["wawancara"], turns[2].start + 3),
                                           (ids["wawancara"], len(interview)),
                                           (ids["catatan"], 20)])
    assert places[ids["wawancara"], turns[2].start + 3] == (turns[2].number, False)
    assert places[ids["wawancara"], len(interview)] == (turns[3].number, False)
    assert places[ids["catatan"], 20] == (2, True)  # no turns: the paragraph

    index = project_search_index(backend_project)
    assert [hit.source_id for hit in index.search("anggaran", mode="fuzzy")] == [ids["wawancara"]]
    other = Project.open(project_location)
    try:
        update_source(other, source_id=ids["catatan"], title="Catatan baru")
    finally:
        other.close()
    assert project_search_index(backend_project) is not index
    forget_search_index(backend_project)
