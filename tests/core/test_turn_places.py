"""turn_places (the turn or paragraph of each search hit) against a plain reading of the
stored turns, on every kind of demo source: with turns, without (paragraphs), and points
before the first turn or past the end."""

from __future__ import annotations

import random
from bisect import bisect_right

from sqlalchemy import select

from app.core.evidence import turn_places
from app.core.project import Project
from app.io.speaker_turns import find_paragraphs
from app.models import Source, Turn


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
