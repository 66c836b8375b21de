"""Code co-occurrence: how often two codes overlap or fall in the same speaker turn."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import combinations

from app.analysis.evidence import Evidence

OVERLAP = "overlap"
SAME_TURN = "turn"


def co_occurrence(
    segments: Sequence[Evidence], *, mode: str = OVERLAP
) -> Counter[tuple[int, int]]:
    """Counts per unordered code pair ``(smaller id, larger id)``.

    ``overlap``: pairs of segments whose spans overlap in the same source, one count per
    overlapping pair of segments. ``turn``: one count per speaker turn (or paragraph) in
    which both codes occur.
    """
    if mode not in (OVERLAP, SAME_TURN):
        raise ValueError(mode)
    by_source: dict[int, list[Evidence]] = {}
    for segment in segments:
        by_source.setdefault(segment.source_id, []).append(segment)
    counts: Counter[tuple[int, int]] = Counter()
    for source_segments in by_source.values():
        if mode == SAME_TURN:
            _count_turns(source_segments, counts)
        else:
            _count_overlaps(source_segments, counts)
    return counts


def _count_overlaps(segments: list[Evidence], counts: Counter[tuple[int, int]]) -> None:
    ordered = sorted(segments, key=lambda s: s.start)
    active: list[Evidence] = []
    for segment in ordered:
        active = [other for other in active if other.end > segment.start]
        for other in active:
            if other.code_id != segment.code_id:
                counts[_pair(other.code_id, segment.code_id)] += 1
        active.append(segment)


def _count_turns(segments: list[Evidence], counts: Counter[tuple[int, int]]) -> None:
    codes_by_turn: dict[int | None, set[int]] = {}
    for segment in segments:
        codes_by_turn.setdefault(segment.turn, set()).add(segment.code_id)
    for turn, codes in codes_by_turn.items():
        if turn is None:
            continue
        for first, second in combinations(sorted(codes), 2):
            counts[(first, second)] += 1


def _pair(first: int, second: int) -> tuple[int, int]:
    return (first, second) if first < second else (second, first)
