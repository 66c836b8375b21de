"""The disagreement list: every segment unit some coder who saw the source did not share.

Each row puts the coders' versions side by side (one column per compared coder, "—" when
the coder has no segment there). Unmatched units are paired for display only — the
statistics count them as separate units:

- ``boundaries``: the same code on overlapping text, but the overlap is below the threshold;
- ``code``: (nearly) the same text — overlap at least the threshold — under different codes;
- ``missing``: a coder who saw the source has nothing comparable there (the row holds the
  segments that did match each other, if any).

Pairing is greedy, best overlap first, and never puts two segments of one coder in a row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from app.analysis.agreement_data import CodeLabel, ScopedSource
from app.analysis.agreement_matching import SegmentUnit, overlap_share
from app.ids import SourceId

KINDS = ("missing", "boundaries", "code")
_POSITION = attrgetter("start", "end", "key")  # the list's order within a source


@dataclass(frozen=True, slots=True)
class DisagreementVersion:
    """One coder's side of a disagreement; ``segment_id`` is None for "—"."""

    coder: str
    saw_source: bool  # False: the coder coded nothing in this source (missing, not "—")
    segment_id: int | None = None
    code_id: int | None = None
    code: str | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Disagreement:
    key: str  # the segment ids joined by "+": stable, to find the row again
    kind: str  # see KINDS
    source_id: SourceId
    source: str
    informant: str | None
    start: int  # the text the row covers, to jump to
    end: int
    overlap: float | None  # smallest overlap share between two of its segments
    versions: tuple[DisagreementVersion, ...]  # one per compared coder, in order

    @property
    def segment_ids(self) -> tuple[int, ...]:
        return tuple(v.segment_id for v in self.versions if v.segment_id is not None)

    @property
    def code_ids(self) -> tuple[int, ...]:
        return tuple(sorted({v.code_id for v in self.versions if v.code_id is not None}))


@dataclass(slots=True)
class _Row:
    units: list[SegmentUnit]  # each of one code (its segments' code)
    mask: int
    start: int
    end: int

    @property
    def codes(self) -> frozenset[int]:
        return frozenset(unit.spans[0].code_id for unit in self.units)

    def absorb(self, other: _Row) -> None:
        self.units.extend(other.units)
        self.mask |= other.mask
        self.start, self.end = min(self.start, other.start), max(self.end, other.end)
        other.units = []


def find_disagreements(
    units: Mapping[tuple[int, int], Sequence[SegmentUnit]],
    scope: Sequence[ScopedSource],
    coders: Sequence[str],
    codes: Sequence[CodeLabel],
    threshold: float,
) -> tuple[Disagreement, ...]:
    """``units`` by (code id, source id), as matched for the statistics."""
    paths = {code.code_id: code.path for code in codes}
    present_of: dict[int, int] = {scoped.source.source_id: scoped.present
                                  for scoped in scope}
    partial: dict[int, list[_Row]] = {}
    for (_code_id, source_id), found in units.items():
        present = present_of.get(source_id)
        if present is None:
            continue
        code_rows = [_Row([unit], unit.coded, unit.start, unit.end)
                     for unit in found if unit.coded & present != present]
        if code_rows:
            partial.setdefault(source_id, []).extend(_merge(code_rows, _overlapping))
    rows: list[Disagreement] = []
    for scoped in scope:
        source_rows = partial.get(scoped.source.source_id)
        if not source_rows:
            continue
        complete = [row for row in source_rows if row.mask == scoped.present]
        incomplete = [row for row in source_rows if row.mask != scoped.present]
        merged = complete + _merge(incomplete, lambda share: share >= threshold,
                                   different_codes=True)
        absent = [_absent(coder, bool(scoped.present >> index & 1))
                  for index, coder in enumerate(coders)]
        listed = [_disagreement(row, scoped, coders, absent, paths) for row in merged]
        rows.extend(sorted(listed, key=_POSITION))
    return tuple(rows)


def _overlapping(share: float) -> bool:
    return share > 0


def _merge(
    rows: list[_Row], accept: Callable[[float], bool], *, different_codes: bool = False
) -> list[_Row]:
    if len(rows) < 2:
        return rows
    bounds = [(row.start, row.end) for row in rows]
    masks = [row.mask for row in rows]
    codes = [row.codes for row in rows] if different_codes else None
    candidates = []
    # overlapping_pairs and overlap_share, inlined as in match_segments (issue 19).
    order = sorted(range(len(bounds)), key=bounds.__getitem__)
    count = len(order)
    for position in range(count):
        first = order[position]
        first_start, first_end = bounds[first]
        first_mask = masks[first]
        for later in range(position + 1, count):
            second = order[later]
            second_start, second_end = bounds[second]
            if second_start >= first_end:
                break
            if first_mask & masks[second]:
                continue
            if codes is not None and codes[first] & codes[second]:
                continue
            share = (min(first_end, second_end) - second_start) / max(
                first_end - first_start, second_end - second_start)
            if accept(share):
                candidates.append((share, first, second) if first < second
                                  else (share, second, first))
    candidates.sort(key=lambda item: (-item[0], bounds[item[1]], bounds[item[2]]))
    leader = list(range(len(rows)))
    members = [[index] for index in range(len(rows))]
    for _share, first, second in candidates:
        one, other = leader[first], leader[second]
        if one == other or rows[one].mask & rows[other].mask:
            continue
        rows[one].absorb(rows[other])
        for index in members[other]:
            leader[index] = one
        members[one].extend(members[other])
        members[other] = []
    return [row for row in rows if row.units]


def _disagreement(
    row: _Row,
    scoped: ScopedSource,
    coders: Sequence[str],
    absent: Sequence[DisagreementVersion],
    paths: Mapping[int, str],
) -> Disagreement:
    """``absent``: the "—" side of each coder in this source. Built once per listed row
    (26,000 at group scale), so positional arguments and no generator where one will do."""
    spans = {span.coder: span for unit in row.units for span in unit.spans}
    versions = []
    for index, coder in enumerate(coders):
        span = spans.get(coder)
        if span is None:
            versions.append(absent[index])
        else:
            code_id = span.code_id
            path = paths.get(code_id)
            versions.append(DisagreementVersion(
                coder, True, span.segment_id, code_id,
                str(code_id) if path is None else path, span.start, span.end, span.text))
    if len(row.units) == 1:
        kind = "missing"
    else:
        kind = "boundaries" if len(row.codes) == 1 else "code"
    overlap = None
    if len(spans) == 1:
        key = str(next(iter(spans.values())).segment_id)
    else:
        bounds = [(span.start, span.end) for span in spans.values()]
        if len(bounds) == 2:
            overlap = overlap_share(bounds[0], bounds[1])
        else:
            overlap = min(overlap_share(bounds[i], bounds[j])
                          for i in range(len(bounds)) for j in range(i + 1, len(bounds)))
        key = "+".join(str(segment_id) for segment_id in sorted(
            span.segment_id for span in spans.values()))
    source = scoped.source
    return Disagreement(key, kind, source.source_id, source.title, source.informant,
                        row.start, row.end, overlap, tuple(versions))


@lru_cache(maxsize=256)
def _absent(coder: str, saw_source: bool) -> DisagreementVersion:
    """The "—" side of a row (shared: it is immutable)."""
    return DisagreementVersion(coder=coder, saw_source=saw_source)
