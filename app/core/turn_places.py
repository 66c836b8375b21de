"""The turn (or paragraph) that holds a place in a source: where a search hit, a segment or a
disagreement is, as the tables show it.

SQL text run through :mod:`app.core.plain_reading`, so the same statements serve an open
project's session (the GUI's search, the review and agreement tables) and the plain reader.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

from app.core.plain_reading import Rows, read_in
from app.io.speaker_turns import find_paragraphs

if TYPE_CHECKING:
    from app.core.project import Project

Place = tuple[int | None, bool]  # (turn or paragraph number, True for a paragraph)
Places = dict[tuple[int, int], Place]  # (source id, offset) -> its place

# Bound parameters per statement (two per point; SQLite allows 32,766, older ones 999).
POINTS_PER_STATEMENT = 400
_TURN_NUMBERS = """
WITH points (source_id, point) AS (VALUES {points})
SELECT p.source_id, p.point,
       (SELECT t.number FROM turns AS t
        WHERE t.source_id = p.source_id AND t.start <= p.point
        ORDER BY t.start DESC LIMIT 1)
FROM points AS p
WHERE EXISTS (SELECT 1 FROM turns AS t WHERE t.source_id = p.source_id)
"""
_TURNS_OF_SOURCE = "SELECT start, number FROM turns WHERE source_id = :source_id ORDER BY start"
_TEXT_OF_SOURCE = "SELECT text FROM sources WHERE id = :source_id"


def turn_places(project: Project, points: Iterable[tuple[int, int]]) -> Places:
    """For each (source id, offset): the number of the turn holding it, or of the paragraph
    in a source without speaker turns; (None, ...) before the first one."""
    wanted = set(points)
    return read_in(project, lambda rows: turn_places_in(rows, wanted))


def turn_places_in(rows: Rows, points: Iterable[tuple[int, int]]) -> Places:
    """:func:`turn_places` through ``rows``."""
    wanted = set(points)
    found = numbers_of_turns(rows, wanted)
    locator = TurnLocator(rows)  # sources without turns: paragraph numbers
    return {point: (found[point], False) if point in found else locator.turn_at(*point)
            for point in wanted}


def numbers_of_turns(rows: Rows, points: set[tuple[int, int]]
                     ) -> dict[tuple[int, int], int | None]:
    """The turn number at each point of a source that has turns, in one statement per 400
    points: a seek on the (source_id, start) index each, where reading every turn of every
    source a search hit cost 0.1-0.15 s at group scale (issue 19)."""
    found: dict[tuple[int, int], int | None] = {}
    ordered = sorted(points)
    for first in range(0, len(ordered), POINTS_PER_STATEMENT):
        chunk = ordered[first:first + POINTS_PER_STATEMENT]
        parameters: dict[str, int] = {}
        for number, (source_id, offset) in enumerate(chunk):
            parameters[f"source_{number}"] = int(source_id)
            parameters[f"point_{number}"] = int(offset)
        values = ", ".join(f"(:source_{number}, :point_{number})"
                           for number in range(len(chunk)))
        for source_id, offset, turn in rows.rows(_TURN_NUMBERS.format(points=values),
                                                 parameters):
            found[source_id, offset] = turn
    return found


class TurnLocator:
    """Turn numbers from the stored turns; paragraph numbers for sources without turns."""

    def __init__(self, rows: Rows) -> None:
        self._rows = rows
        self._starts: dict[int, tuple[list[int], list[int], bool]] = {}

    def turn_at(self, source_id: int, offset: int) -> Place:
        if source_id not in self._starts:
            self._starts[source_id] = self._load(source_id)
        starts, numbers, is_paragraph = self._starts[source_id]
        index = bisect_right(starts, offset) - 1
        return (numbers[index] if index >= 0 else None), is_paragraph

    def _load(self, source_id: int) -> tuple[list[int], list[int], bool]:
        key = {"source_id": source_id}
        turns = self._rows.rows(_TURNS_OF_SOURCE, key)
        if turns:
            return [start for start, _ in turns], [number for _, number in turns], False
        text = (self._rows.rows(_TEXT_OF_SOURCE, key) or [("",)])[0][0] or ""
        paragraphs = find_paragraphs(text)
        return [p.start for p in paragraphs], [p.number for p in paragraphs], True
