"""The fast segment matching (issue 19) against the plain statement of the rule it
replaced: the same units, in the same order, on generated coding with many near ties."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

import pytest

from app.analysis.agreement_data import CodingSpan
from app.analysis.agreement_matching import (
    SegmentUnit,
    match_segments,
    overlap_share,
    overlapping_pairs,
)

BITS = {"A": 1, "B": 2, "C": 4}


def reference_units(
    spans: Sequence[CodingSpan], coder_bits: Mapping[str, int], threshold: float
) -> list[SegmentUnit]:
    """Matching as first written: every overlapping pair of different coders with its
    share, best first (ties by position, then segment id), merged one-to-one when every
    segment of the two groups matches every other."""
    bounds = [(span.start, span.end) for span in spans]
    candidates = []
    for first, second in overlapping_pairs(bounds):
        if spans[first].coder != spans[second].coder:
            share = overlap_share(bounds[first], bounds[second])
            if share >= threshold:
                candidates.append((share, first, second))
    matched = {(first, second) for _share, first, second in candidates}
    candidates.sort(key=lambda item: (-item[0], bounds[item[1]], bounds[item[2]],
                                      spans[item[1]].segment_id, spans[item[2]].segment_id))
    groups = [[index] for index in range(len(spans))]
    group_of = list(range(len(spans)))
    masks = [coder_bits[span.coder] for span in spans]
    for _share, first, second in candidates:
        one, other = group_of[first], group_of[second]
        if one == other or masks[one] & masks[other]:
            continue
        if not all((min(a, b), max(a, b)) in matched
                   for a in groups[one] for b in groups[other]):
            continue
        groups[one].extend(groups[other])
        masks[one] |= masks[other]
        for index in groups[other]:
            group_of[index] = one
        groups[other] = []
    units = []
    for leader, members in enumerate(groups):
        if members:
            together = tuple(sorted((spans[index] for index in members),
                                    key=lambda span: coder_bits[span.coder]))
            units.append(SegmentUnit(spans=together, coded=masks[leader],
                                     start=min(span.start for span in together),
                                     end=max(span.end for span in together)))
    return units


def generated_group(seed: int) -> list[CodingSpan]:
    """One (source, code) group: coders B and C follow A's segments with small shifts
    (so shares tie often), plus segments placed at random; ids in shuffled order."""
    generator = random.Random(seed)
    spans: list[tuple[str, int, int]] = []
    for _ in range(generator.randint(0, 25)):
        start = generator.randrange(0, 2_000)
        end = start + generator.randint(1, 120)
        spans.append(("A", start, end))
        for coder in ("B", "C"):
            if generator.random() < 0.8:
                shift = generator.choice((0, 0, 1, 2, 5, 15))
                spans.append((coder, max(0, start + generator.randint(-shift, shift)),
                              end + generator.randint(-shift, shift) + shift + 1))
    for _ in range(generator.randint(0, 6)):
        start = generator.randrange(0, 2_000)
        spans.append((generator.choice("ABC"), start, start + generator.randint(1, 60)))
    ids = list(range(1, len(spans) + 1))
    generator.shuffle(ids)
    return [CodingSpan(segment_id, 1, 10, coder, start, max(end, start + 1))
            for segment_id, (coder, start, end) in zip(ids, spans, strict=True)]


@pytest.mark.parametrize("threshold", [0.5, 0.8, 0.9, 1.0])
def test_the_fast_matching_gives_the_units_of_the_plain_rule(threshold: float) -> None:
    compared = 0
    for seed in range(300):
        spans = generated_group(seed)
        found = match_segments(spans, BITS, threshold)
        assert found == reference_units(spans, BITS, threshold), seed
        compared += sum(len(unit.spans) > 1 for unit in found)
    assert compared > 100  # the generated groups do match segments


def test_a_span_of_one_character_never_divides_by_zero() -> None:
    spans = [CodingSpan(1, 1, 10, "A", 5, 6), CodingSpan(2, 1, 10, "B", 5, 6),
             CodingSpan(3, 1, 10, "C", 6, 7)]
    units = match_segments(spans, BITS, 0.9)
    assert [unit.coded for unit in units] == [3, 4]
