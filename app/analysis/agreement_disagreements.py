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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from operator import itemgetter
from typing import NamedTuple

from app.analysis.agreement_data import CodeLabel, CodingSpan, ScopedSource, SourceExtent
from app.analysis.agreement_matching import SegmentUnit, overlap_share
from app.ids import SourceId

KINDS = ("missing", "boundaries", "code")


class DisagreementVersion(NamedTuple):
    """One coder's side of a disagreement; ``segment_id`` is None for "—".

    Named tuples, this and ``Disagreement``, rather than frozen dataclasses: the list has
    26,000 rows and 70,000 versions at group scale, and a frozen dataclass sets each field
    through ``object.__setattr__`` (issue 19). Immutable and compared by value all the same.
    """

    coder: str
    saw_source: bool  # False: the coder coded nothing in this source (missing, not "—")
    segment_id: int | None = None
    code_id: int | None = None
    code: str | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None


class Disagreement(NamedTuple):
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


# The list's order within a source: start, end, key (fields 5, 6, 0 of the row).
_POSITION = itemgetter(Disagreement._fields.index("start"), Disagreement._fields.index("end"),
                       Disagreement._fields.index("key"))


@dataclass(slots=True)
class _Row:
    units: list[SegmentUnit]  # each of one code (its segments' code)
    mask: int
    start: int
    end: int
    code_id: int  # the code of its first unit: a row of one (code, source) group has no other

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
    by_source: dict[int, list[_Row]] = {}
    for (code_id, source_id), found in units.items():
        present = present_of.get(source_id)
        if present is None:
            continue
        code_rows = [_Row([unit], unit.coded, unit.start, unit.end, code_id)
                     for unit in found if unit.coded & present != present]
        if code_rows:
            # Within one code, overlapping rows are one (the share only orders them).
            by_source.setdefault(source_id, []).extend(_merge(code_rows, None))
    rows: list[Disagreement] = []
    place = {coder: index for index, coder in enumerate(coders)}
    for scoped in scope:
        source_rows = by_source.get(scoped.source.source_id)
        if not source_rows:
            continue
        complete = [row for row in source_rows if row.mask == scoped.present]
        incomplete = [row for row in source_rows if row.mask != scoped.present]
        merged = complete + _merge(incomplete, threshold)
        absent = tuple(_absent(coder, bool(scoped.present >> index & 1))
                       for index, coder in enumerate(coders))
        listed = _listed(merged, scoped.source, place, absent, paths)
        listed.sort(key=_POSITION)  # by start, end, key within a source
        rows.extend(listed)
    return tuple(rows)


def _merge(rows: list[_Row], threshold: float | None) -> list[_Row]:
    """Rows of different coders joined, best overlap share first (ties: by the two rows'
    bounds, then in the order found), never two rows that share a coder.

    ``threshold`` None: any overlap joins (rows of one code). A number: only rows of
    different codes whose share is at least that join (the second pass, per source).
    Candidates are plain tuples sorted as they are, no key function per candidate.
    """
    if len(rows) < 2:
        return rows
    bounds = [(row.start, row.end) for row in rows]
    masks = [row.mask for row in rows]
    codes = [row.code_id for row in rows]
    candidates: list[tuple[float, tuple[int, int], tuple[int, int], int, int, int]] = []
    # overlapping_pairs and overlap_share, inlined as in match_segments (issue 19).
    order = sorted(range(len(bounds)), key=bounds.__getitem__)
    count = len(order)
    for position in range(count):
        first = order[position]
        first_start, first_end = bounds[first]
        first_length = first_end - first_start
        first_mask = masks[first]
        first_code = codes[first]
        for later in range(position + 1, count):
            second = order[later]
            second_start, second_end = bounds[second]
            if second_start >= first_end:
                break
            if first_mask & masks[second]:
                continue
            if threshold is not None and first_code == codes[second]:
                continue
            second_length = second_end - second_start
            share = ((first_end if first_end < second_end else second_end) - second_start) / (
                first_length if first_length > second_length else second_length)
            if share > 0 if threshold is None else share >= threshold:
                # Sorted as they are; the running number keeps the order found on ties.
                if first < second:
                    candidates.append((-share, bounds[first], bounds[second],
                                       len(candidates), first, second))
                else:
                    candidates.append((-share, bounds[second], bounds[first],
                                       len(candidates), second, first))
    if not candidates:
        return rows
    candidates.sort()
    leader = list(range(len(rows)))
    members = [[index] for index in range(len(rows))]
    for *_order, first, second in candidates:
        one, other = leader[first], leader[second]
        if one == other or rows[one].mask & rows[other].mask:
            continue
        rows[one].absorb(rows[other])
        for index in members[other]:
            leader[index] = one
        members[one].extend(members[other])
        members[other] = []
    return [row for row in rows if row.units]


_new_version = partial(tuple.__new__, DisagreementVersion)
_new_disagreement = partial(tuple.__new__, Disagreement)


def _listed(
    rows: Sequence[_Row],
    source: SourceExtent,
    place: Mapping[str, int],
    absent: tuple[DisagreementVersion, ...],
    paths: Mapping[int, str],
) -> list[Disagreement]:
    """The rows of one source as the list shows them. ``absent``: the "—" side of each
    coder in this source; ``place``: each coder's column.

    Built once per listed row (26,000 at group scale, 43,000 versions), so: one loop per
    source, spans unpacked once, the records made with ``tuple.__new__`` (their fields in
    order), and the one-segment row, the most common, the shortest way."""
    source_id, title, informant = source.source_id, source.title, source.informant
    listed = []
    for row in rows:
        units = row.units
        versions = list(absent)
        if len(units) == 1 and len(units[0].spans) == 1:
            segment_id, _source, code_id, coder, start, end, text = units[0].spans[0]
            path = paths.get(code_id)
            versions[place[coder]] = _new_version((
                coder, True, segment_id, code_id, str(code_id) if path is None else path,
                start, end, text))
            listed.append(_new_disagreement((
                str(segment_id), "missing", source_id, title, informant, row.start, row.end,
                None, tuple(versions))))
            continue
        if len(units) == 1:
            spans: Sequence[CodingSpan] = units[0].spans
            kind = "missing"
        else:
            spans = []
            kind = "boundaries"
            for unit in units:
                spans.extend(unit.spans)
                if unit.spans[0].code_id != row.code_id:
                    kind = "code"
        for segment_id, _source, code_id, coder, start, end, text in spans:
            path = paths.get(code_id)
            versions[place[coder]] = _new_version((
                coder, True, segment_id, code_id, str(code_id) if path is None else path,
                start, end, text))
        if len(spans) == 2:  # most rows of two or more segments: overlap_share, inlined
            first, second = spans
            shared = min(first.end, second.end) - max(first.start, second.start)
            overlap = shared / max(first.end - first.start, second.end - second.start) if (
                shared > 0) else 0.0
            key = (f"{first.segment_id}+{second.segment_id}"
                   if first.segment_id < second.segment_id
                   else f"{second.segment_id}+{first.segment_id}")
        else:
            bounds = [(span.start, span.end) for span in spans]
            overlap = min(overlap_share(one, other)
                          for index, one in enumerate(bounds) for other in bounds[index + 1:])
            key = "+".join([str(segment_id) for segment_id in sorted(
                [span.segment_id for span in spans])])
        listed.append(_new_disagreement((key, kind, source_id, title, informant, row.start,
                                         row.end, overlap, tuple(versions))))
    return listed


@lru_cache(maxsize=256)
def _absent(coder: str, saw_source: bool) -> DisagreementVersion:
    """The "—" side of a row (shared: it is immutable)."""
    return DisagreementVersion(coder=coder, saw_source=saw_source)
