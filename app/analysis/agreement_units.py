"""Count units of analysis by pattern (who saw them, who coded them) for one code.

- character: every character of every compared source; a coder coded it when it lies in
  any of their segments of the code (their overlapping segments count once).
- presence: every compared source — or every informant, over their compared sources —
  is one unit; a coder coded it when they applied the code anywhere in it.
- segment: the units of ``app.analysis.agreement_matching`` (matched segments together,
  each unmatched segment alone); only units someone coded exist.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.analysis.agreement_data import CodingSpan, ScopedSource
from app.analysis.agreement_matching import SegmentUnit

Counts = dict[tuple[int, int], int]
SpansBySource = Mapping[int, Sequence[CodingSpan]]


def character_counts(
    spans_by_source: SpansBySource, scope: Sequence[ScopedSource], coder_bits: Mapping[str, int]
) -> Counts:
    counts: Counts = {}
    for scoped in scope:
        source, present = scoped.source, scoped.present
        covered = 0
        spans = spans_by_source.get(source.source_id)
        if spans:
            for coded, length in _coverage(spans, coder_bits, source.length).items():
                key = (present, coded & present)
                counts[key] = counts.get(key, 0) + length
                covered += length
        key = (present, 0)
        counts[key] = counts.get(key, 0) + source.length - covered
    return counts


def _coverage(
    spans: Sequence[CodingSpan], coder_bits: Mapping[str, int], length: int
) -> dict[int, int]:
    """Characters by the mask of coders covering them (masks ≠ 0 only)."""
    events: list[tuple[int, int, int]] = []
    # Unpacked, and clipped without min()/max() calls: this runs for every segment.
    for _segment, _source, _code, coder, start, end, _text in spans:
        if start < 0:
            start = 0
        if end > length:
            end = length
        if start < end:
            bit = coder_bits[coder]
            events.append((start, 1, bit))
            events.append((end, -1, bit))
    events.sort()
    active: dict[int, int] = {}
    mask = 0
    previous = 0
    lengths: dict[int, int] = {}
    for position, change, bit in events:
        if mask and position > previous:
            lengths[mask] = lengths.get(mask, 0) + position - previous
        previous = position
        depth = active.get(bit, 0) + change
        active[bit] = depth
        mask = mask | bit if depth else mask & ~bit
    return lengths


def presence_counts(
    spans_by_source: SpansBySource,
    scope: Sequence[ScopedSource],
    coder_bits: Mapping[str, int],
    *,
    by_informant: bool,
) -> Counts:
    """Sources without an informant are left out when ``by_informant``."""
    units: dict[object, tuple[int, int]] = {}
    for scoped in scope:
        source = scoped.source
        if by_informant and source.informant is None:
            continue
        key: object = source.informant if by_informant else source.source_id
        coded = 0
        for span in spans_by_source.get(source.source_id, ()):
            coded |= coder_bits[span.coder]
        present_before, coded_before = units.get(key, (0, 0))
        units[key] = (present_before | scoped.present, coded_before | (coded & scoped.present))
    counts: Counts = {}
    for pattern in units.values():
        counts[pattern] = counts.get(pattern, 0) + 1
    return counts


def segment_counts(
    units_by_source: Mapping[int, Sequence[SegmentUnit]], scope: Sequence[ScopedSource]
) -> Counts:
    counts: Counts = {}
    for scoped in scope:
        for unit in units_by_source.get(scoped.source.source_id, ()):
            key = (scoped.present, unit.coded & scoped.present)
            counts[key] = counts.get(key, 0) + 1
    return counts
