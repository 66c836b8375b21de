"""Segment units: which coders' segments of one code in one source count as the same.

Two segments by different coders *match* when they overlap by at least ``threshold`` of
the longer one: ``overlap(a, b) ≥ threshold · max(len a, len b)``. Matching is one-to-one:
matches are taken best first (highest overlap share; ties by position and segment id) and
a segment joins at most one unit, which holds at most one segment per coder and whose
segments all match each other. Every segment left over is a unit of its own — coded by its
coder and not by the other coders who saw the source.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from typing import NamedTuple

from app.analysis.agreement_data import CodingSpan


class SegmentUnit(NamedTuple):
    """One segment unit: the segments matched together (one per coder, ≥ 1).

    A named tuple, like ``CodingSpan``: one is built per segment compared.
    """

    spans: tuple[CodingSpan, ...]
    coded: int  # bit mask of the coders whose segment is in the unit
    start: int  # the earliest start and latest end of its segments
    end: int


def overlap_share(first: tuple[int, int], second: tuple[int, int]) -> float:
    """Overlap of two ``[start, end)`` spans as a share of the longer one (0..1)."""
    overlap = min(first[1], second[1]) - max(first[0], second[0])
    if overlap <= 0:
        return 0.0
    return overlap / max(first[1] - first[0], second[1] - second[0])


def overlapping_pairs(
    items: Sequence[tuple[int, int]],
) -> Iterable[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, of spans that share at least one character."""
    order = sorted(range(len(items)), key=items.__getitem__)
    count = len(order)
    for position in range(count):
        first = order[position]
        first_end = items[first][1]
        for later in range(position + 1, count):
            second = order[later]
            if items[second][0] >= first_end:
                break
            yield (first, second) if first < second else (second, first)


_new_unit = partial(tuple.__new__, SegmentUnit)


def match_segments(
    spans: Sequence[CodingSpan], coder_bits: Mapping[str, int], threshold: float
) -> list[SegmentUnit]:
    """The units of one (source, code) group."""
    masks = [coder_bits[span.coder] for span in spans]
    candidates: list[tuple[float, tuple[int, int], tuple[int, int], int, int, int, int]] = []
    if len(spans) > 1:
        # overlapping_pairs and overlap_share, inlined: this runs for every segment.
        bounds = [(span.start, span.end) for span in spans]
        order = sorted(range(len(bounds)), key=bounds.__getitem__)
        count = len(order)
        for position in range(count):
            first = order[position]
            first_start, first_end = bounds[first]
            first_length = first_end - first_start
            first_mask = masks[first]
            for later in range(position + 1, count):
                second = order[later]
                second_start, second_end = bounds[second]
                if second_start >= first_end:
                    break
                if masks[second] == first_mask:  # one bit per coder: the same coder
                    continue
                # Sorted by start: second_start >= first_start, so the overlap is
                # min(ends) - second_start, positive here (min and max written out:
                # no builtin calls per pair).
                second_length = second_end - second_start
                share = ((first_end if first_end < second_end else second_end) - second_start
                         ) / (first_length if first_length > second_length else second_length)
                if share >= threshold:
                    if second < first:
                        first_index, second_index = second, first
                    else:
                        first_index, second_index = first, second
                    # Sorted as they are: best overlap first, then by position and id.
                    candidates.append((-share, bounds[first_index], bounds[second_index],
                                       spans[first_index].segment_id,
                                       spans[second_index].segment_id,
                                       first_index, second_index))
    if not candidates:
        return [_new_unit(((span,), mask, span.start, span.end))
                for span, mask in zip(spans, masks, strict=True)]
    groups = [[index] for index in range(len(spans))]
    group_of = list(range(len(spans)))
    bits = masks[:]  # each segment's own coder bit; ``masks`` grows with each group
    matched = {(candidate[5], candidate[6]) for candidate in candidates}
    candidates.sort()
    for candidate in candidates:
        first, second = candidate[5], candidate[6]
        one, other = group_of[first], group_of[second]
        if one == other or masks[one] & masks[other]:
            continue
        joining, joined = groups[one], groups[other]
        # Two single segments: their own pair is the candidate, so they match.
        if (len(joining) > 1 or len(joined) > 1) and not all(
                (min(a, b), max(a, b)) in matched for a in joining for b in joined):
            continue
        joining.extend(joined)
        masks[one] |= masks[other]
        for index in joined:
            group_of[index] = one
        groups[other] = []
    units = []
    for leader, members in enumerate(groups):
        if len(members) == 1:
            span = spans[leader]
            units.append(_new_unit(((span,), masks[leader], span.start, span.end)))
        elif len(members) == 2:  # most matches: two coders (no sort, no min()/max());
            # low, high: by coder bit, as the general case sorts them
            first, second = members
            if bits[first] > bits[second]:
                first, second = second, first
            low, high = spans[first], spans[second]
            units.append(_new_unit((
                (low, high), masks[leader],
                low.start if low.start < high.start else high.start,
                low.end if low.end > high.end else high.end)))
        elif members:
            together = tuple([spans[index] for index in sorted(members, key=bits.__getitem__)])
            units.append(_new_unit((together, masks[leader],
                                    min([span.start for span in together]),
                                    max([span.end for span in together]))))
    return units
