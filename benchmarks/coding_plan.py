"""Where the synthetic coders put their segments: whole sentences of informants' answers.

Pure planning over plain data, so the same plan can be written through the core (one
``add_segment`` per segment) or bulk-inserted. The first coder codes every passage; each
other coder codes the same passage with some probability, mostly with the same code and
the same boundaries, sometimes one sentence longer or shorter or with another code, and
now and then a passage of their own — the raw material of agreement statistics.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

VALENCES = ("positive", "negative", "mixed", None)
_SENTENCE = re.compile(r"[^\s.?!][^.?!]*[.?!]")
# Chance that a second, third... coder also codes the first coder's passage.
_FOLLOW_CHANCES = (0.6, 0.4, 0.3)
_SAME_CODE = 0.85
_SAME_SPAN = 0.7


@dataclass(frozen=True)
class CodableSource:
    """A source's id and text, and the spans that may be coded (answers or paragraphs)."""

    source_id: int
    text: str
    units: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class PlannedSegment:
    source_id: int
    code_id: int
    coder: int  # index into the scale's coders
    start: int
    end: int
    valence: str | None


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences inside ``text[start:end]`` as absolute ``[start, end)`` spans."""
    return [match.span() for match in _SENTENCE.finditer(text, start, end)]


def plan_source(
    source: CodableSource,
    *,
    quota: int,
    code_ids: Sequence[int],
    coders: int,
    chooser: random.Random,
) -> list[PlannedSegment]:
    """``quota`` segments on ``source`` by ``coders`` coders (fewer if it has no units)."""
    sentences = [sentence_spans(source.text, start, end) for start, end in source.units]
    sentences = [spans for spans in sentences if spans]
    planned: list[PlannedSegment] = []
    if not sentences:
        return planned
    while len(planned) < quota:
        spans = chooser.choice(sentences)
        first = chooser.randrange(len(spans))
        last = min(len(spans) - 1, first + chooser.randint(0, 2))
        code_id = chooser.choice(code_ids)
        planned.append(_segment(source, spans, first, last, code_id, 0, chooser))
        for coder in range(1, coders):
            if chooser.random() >= _FOLLOW_CHANCES[(coder - 1) % len(_FOLLOW_CHANCES)]:
                continue
            if chooser.random() < 0.1:  # a passage only this coder saw
                elsewhere = chooser.choice(sentences)
                own = chooser.randrange(len(elsewhere))
                planned.append(_segment(source, elsewhere, own, own, chooser.choice(code_ids),
                                        coder, chooser))
                continue
            code = code_id if chooser.random() < _SAME_CODE else chooser.choice(code_ids)
            low, high = first, last
            if chooser.random() >= _SAME_SPAN:
                low = max(0, first - chooser.randint(0, 1))
                high = min(len(spans) - 1, max(low, last + chooser.choice((-1, 1))))
            planned.append(_segment(source, spans, low, high, code, coder, chooser))
    return planned[:quota]


def _segment(
    source: CodableSource,
    spans: list[tuple[int, int]],
    first: int,
    last: int,
    code_id: int,
    coder: int,
    chooser: random.Random,
) -> PlannedSegment:
    return PlannedSegment(source_id=source.source_id, code_id=code_id, coder=coder,
                          start=spans[first][0], end=spans[last][1],
                          valence=chooser.choice(VALENCES))
