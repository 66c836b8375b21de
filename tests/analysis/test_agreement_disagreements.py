"""The fast disagreement list (issue 19) against the plain statement of the rule it
replaced: the same rows, versions and order, on generated coding of three coders, several
codes and sources seen by different coders, with many near ties."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import pytest

from app.analysis.agreement_data import (
    AgreementSettings,
    CodeLabel,
    CodingSpan,
    ScopedSource,
    SourceExtent,
    comparison_scope,
)
from app.analysis.agreement_disagreements import Disagreement, find_disagreements
from app.analysis.agreement_matching import (
    SegmentUnit,
    match_segments,
    overlap_share,
    overlapping_pairs,
)

CODERS = ("A", "B", "C")
BITS = {"A": 1, "B": 2, "C": 4}
CODES = [CodeLabel(10, "Akses/Air"), CodeLabel(11, "Akses/Jalan"), CodeLabel(12, "Biaya")]

Listed = tuple[object, ...]


@dataclass
class PlainRow:
    units: list[SegmentUnit]
    mask: int
    start: int
    end: int

    @property
    def codes(self) -> frozenset[int]:
        return frozenset(unit.spans[0].code_id for unit in self.units)


def reference_rows(
    units: Mapping[tuple[int, int], Sequence[SegmentUnit]],
    scope: Sequence[ScopedSource],
    coders: Sequence[str],
    codes: Sequence[CodeLabel],
    threshold: float,
) -> list[Listed]:
    """The list as first written: per (code, source), the units some coder who saw the
    source did not share, overlapping ones joined; then per source, rows of different codes
    overlapping by at least the threshold joined, best share first (ties by bounds, then in
    the order found), never two rows with a coder in common; rows by (start, end, key)."""
    paths = {code.code_id: code.path for code in codes}
    present_of = {scoped.source.source_id: scoped.present for scoped in scope}
    pending: dict[int, list[PlainRow]] = {}
    for (_code_id, source_id), found in units.items():
        present = present_of.get(source_id)
        if present is None:
            continue
        rows = [PlainRow([unit], unit.coded, unit.start, unit.end)
                for unit in found if unit.coded & present != present]
        if rows:
            pending.setdefault(source_id, []).extend(
                _merge(rows, lambda share: share > 0, different_codes=False))
    listed: list[Listed] = []
    for scoped in scope:
        rows = pending.get(scoped.source.source_id, [])
        complete = [row for row in rows if row.mask == scoped.present]
        incomplete = [row for row in rows if row.mask != scoped.present]
        merged = complete + _merge(incomplete, lambda share: share >= threshold,
                                   different_codes=True)
        shown = [_listed(row, scoped, coders, paths) for row in merged]
        listed.extend(sorted(shown, key=lambda row: (row[5], row[6], row[0])))
    return listed


def _merge(rows: list[PlainRow], accept: Callable[[float], bool], *,
           different_codes: bool) -> list[PlainRow]:
    if len(rows) < 2:
        return rows
    bounds = [(row.start, row.end) for row in rows]
    candidates = []
    for first, second in overlapping_pairs(bounds):
        if rows[first].mask & rows[second].mask:
            continue
        if different_codes and rows[first].codes & rows[second].codes:
            continue
        share = overlap_share(bounds[first], bounds[second])
        if accept(share):
            candidates.append((share, first, second))
    candidates.sort(key=lambda item: (-item[0], bounds[item[1]], bounds[item[2]]))
    leader = list(range(len(rows)))
    members = [[index] for index in range(len(rows))]
    for _share, first, second in candidates:
        one, other = leader[first], leader[second]
        if one == other or rows[one].mask & rows[other].mask:
            continue
        kept, joined = rows[one], rows[other]
        kept.units.extend(joined.units)
        kept.mask |= joined.mask
        kept.start, kept.end = min(kept.start, joined.start), max(kept.end, joined.end)
        joined.units = []
        for index in members[other]:
            leader[index] = one
        members[one].extend(members[other])
        members[other] = []
    return [row for row in rows if row.units]


def _listed(row: PlainRow, scoped: ScopedSource, coders: Sequence[str],
            paths: Mapping[int, str]) -> Listed:
    spans = {span.coder: span for unit in row.units for span in unit.spans}
    versions = []
    for index, coder in enumerate(coders):
        span = spans.get(coder)
        if span is None:
            versions.append((coder, bool(scoped.present >> index & 1), None, None, None,
                             None, None, None))
        else:
            versions.append((coder, True, span.segment_id, span.code_id,
                             paths.get(span.code_id, str(span.code_id)), span.start, span.end,
                             span.text))
    kind = "missing" if len(row.units) == 1 else (
        "boundaries" if len(row.codes) == 1 else "code")
    overlap = None
    if len(spans) > 1:
        bounds = [(span.start, span.end) for span in spans.values()]
        overlap = min(overlap_share(bounds[i], bounds[j])
                      for i in range(len(bounds)) for j in range(i + 1, len(bounds)))
    key = "+".join(str(segment_id) for segment_id in sorted(
        span.segment_id for span in spans.values()))
    source = scoped.source
    return (key, kind, source.source_id, source.title, source.informant, row.start, row.end,
            overlap, tuple(versions))


def as_listed(row: Disagreement) -> Listed:
    return (row.key, row.kind, row.source_id, row.source, row.informant, row.start, row.end,
            row.overlap, tuple((v.coder, v.saw_source, v.segment_id, v.code_id, v.code,
                                v.start, v.end, v.text) for v in row.versions))


def generated_coding(seed: int) -> tuple[list[CodingSpan], list[SourceExtent]]:
    """Four sources; coders B and C follow A's segments with small shifts, sometimes under
    another code (so shares tie often and every kind of row occurs); a coder sometimes
    skips a source altogether; ids in shuffled order."""
    generator = random.Random(seed)
    sources = [SourceExtent(number, f"W{number}", 3_000, f"I{number}" if number % 2 else None)
               for number in range(1, 5)]
    spans: list[tuple[int, int, str, int, int]] = []
    for source in sources:
        skipping = generator.choice(("", "", "B", "C"))
        for _ in range(generator.randint(0, 18)):
            code = generator.choice(CODES).code_id
            start = generator.randrange(0, 2_800)
            end = start + generator.randint(1, 150)
            spans.append((source.source_id, code, "A", start, end))
            for coder in ("B", "C"):
                if coder != skipping and generator.random() < 0.75:
                    shift = generator.choice((0, 0, 1, 3, 8, 25))
                    other = code if generator.random() < 0.7 else generator.choice(CODES).code_id
                    spans.append((source.source_id, other, coder,
                                  max(0, start + generator.randint(-shift, shift)),
                                  end + generator.randint(-shift, shift) + shift + 1))
        for _ in range(generator.randint(0, 5)):
            start = generator.randrange(0, 2_800)
            coder = generator.choice([c for c in CODERS if c != skipping])
            spans.append((source.source_id, generator.choice(CODES).code_id, coder, start,
                          start + generator.randint(1, 60)))
    ids = list(range(1, len(spans) + 1))
    generator.shuffle(ids)
    coding = [CodingSpan(segment_id, source_id, code, coder, start, max(end, start + 1),
                         f"teks {segment_id}")
              for segment_id, (source_id, code, coder, start, end) in zip(ids, spans,
                                                                          strict=True)]
    return coding, sources


@pytest.mark.parametrize("threshold", [0.5, 0.9, 1.0])
@pytest.mark.parametrize("all_sources", [False, True])
def test_the_fast_list_gives_the_rows_of_the_plain_rule(threshold: float,
                                                        all_sources: bool) -> None:
    kinds: set[str] = set()
    for seed in range(120):
        spans, sources = generated_coding(seed)
        settings = AgreementSettings(coders=CODERS, overlap=threshold, all_sources=all_sources)
        scope = comparison_scope(spans, sources, settings).sources
        groups: dict[tuple[int, int], list[CodingSpan]] = {}
        for span in spans:
            groups.setdefault((span.code_id, span.source_id), []).append(span)
        units = {key: match_segments(group, BITS, threshold) for key, group in groups.items()}
        found = find_disagreements(units, scope, CODERS, CODES[:2], threshold)
        assert [as_listed(row) for row in found] == reference_rows(
            units, scope, CODERS, CODES[:2], threshold), seed
        kinds.update(row.kind for row in found)
    assert kinds == {"missing", "boundaries", "code"}  # the generated coding has each kind


def test_rows_are_immutable_records_compared_by_value() -> None:
    spans, sources = generated_coding(7)
    settings = AgreementSettings(coders=CODERS)
    scope = comparison_scope(spans, sources, settings).sources
    groups: dict[tuple[int, int], list[CodingSpan]] = {}
    for span in spans:
        groups.setdefault((span.code_id, span.source_id), []).append(span)
    units = {key: match_segments(group, BITS, 0.9) for key, group in groups.items()}
    first = find_disagreements(units, scope, CODERS, CODES, 0.9)
    again = find_disagreements(units, scope, CODERS, CODES, 0.9)
    assert first and first == again and {row.key for row in first} == {row.key for row in again}
    row = first[0]
    with pytest.raises(AttributeError):
        row.kind = "code"  # type: ignore[misc]  # reason: checking the record is immutable
    assert row.segment_ids == tuple(v.segment_id for v in row.versions
                                    if v.segment_id is not None)
    assert len(row.versions) == len(CODERS)
