"""Evidence counted once: overlapping segments of one code in one source are one passage.

Two coders (or one coder twice) often code the same words, or a sentence inside a longer
quote, with the same code. Counted as segments, that passage would weigh twice in every
display and verdict. Every analysis (matrix, chart, summary grid, triangulation,
conclusions, report, excerpts) therefore counts *passages*:

* segments of the same code in the same source whose spans share at least one character
  are one passage (transitively: A overlaps B, B overlaps C → one passage), whichever
  coders made them; spans that only touch (one ends where the next starts) stay apart;
* the passage's span is the union of theirs and its text the union of their texts;
* it names its coders (in the order they first coded it) and keeps its segments' ids;
* its valence is theirs when they agree; when they differ the passage has no valence and
  is marked ``disputed`` ("coders disagree"), so that nothing is silently averaged;
* filtering by coder happens first: with ``--coder NAME`` only that coder's segments are
  merged.

The passage keeps the id of its first segment (earliest start, then lowest id), so links
and jumps to it still work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

from app.analysis.coded_corpus import CorpusSegment
from app.analysis.evidence import Evidence

UNREVIEWED = ("pending", "revised")


class _Span(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def source_id(self) -> int: ...
    @property
    def code_id(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def valence(self) -> str | None: ...
    @property
    def coder(self) -> str: ...


S = TypeVar("S", bound=_Span)


def overlapping_groups(segments: Iterable[S]) -> list[list[S]]:
    """Segments grouped into passages, in (source, start) order; each group sorted."""
    by_key: dict[tuple[int, int], list[S]] = {}
    for segment in segments:
        by_key.setdefault((segment.source_id, segment.code_id), []).append(segment)
    groups: list[list[S]] = []
    for members in by_key.values():
        members.sort(key=lambda s: (s.start, s.id))
        current: list[S] = []
        reach = -1
        for segment in members:
            if current and segment.start < reach:
                current.append(segment)
                reach = max(reach, segment.end)
                continue
            if current:
                groups.append(current)
            current, reach = [segment], segment.end
        if current:
            groups.append(current)
    groups.sort(key=lambda group: (group[0].source_id, group[0].start, group[0].id))
    return groups


def union_text(segments: Sequence[_Span]) -> str:
    """The text of the union of overlapping spans (sorted by start), from their own texts.

    A text shorter than its span (a matrix loads the first characters only) contributes
    what it has."""
    pieces: list[str] = []
    reach = segments[0].start
    for segment in segments:
        if segment.end > reach:
            pieces.append(segment.text[reach - segment.start :])
            reach = segment.end
    return "".join(pieces)


def coders_of(segments: Sequence[_Span], names: Callable[[_Span], Sequence[str]]) -> tuple[str, ...]:
    found: list[str] = []
    for segment in segments:
        for name in names(segment):
            if name and name not in found:
                found.append(name)
    return tuple(found)


def shared_valence(segments: Sequence[_Span]) -> tuple[str | None, bool]:
    """(valence, disputed): the segments' valence when they agree, else (None, True)."""
    valences = {segment.valence for segment in segments}
    if len(valences) == 1:
        return next(iter(valences)), False
    return None, True


def merge_evidence(segments: Iterable[Evidence]) -> list[Evidence]:
    """One :class:`Evidence` per passage (see the module description)."""
    merged: list[Evidence] = []
    for group in overlapping_groups(segments):
        first = group[0]
        coders = coders_of(group, lambda s: s.coders or (s.coder,))  # type: ignore[attr-defined]
        ids = tuple(i for s in group for i in (s.segment_ids or (s.id,)))
        if len(group) == 1:
            merged.append(replace(first, coders=coders, segment_ids=ids))
            continue
        valence, disputed = shared_valence(group)
        paraphrases = [s.paraphrase for s in group if s.paraphrase]
        statuses = [s.review_status for s in group]
        merged.append(replace(
            first,
            start=first.start,
            end=max(s.end for s in group),
            text=union_text(group),
            valence=valence,
            valence_disputed=disputed or any(s.valence_disputed for s in group),
            paraphrase=" / ".join(dict.fromkeys(paraphrases)),
            review_status=next((s for s in statuses if s in UNREVIEWED), statuses[0]),
            coder=", ".join(coders),
            coders=coders,
            segment_ids=ids,
        ))
    return merged


def merge_corpus_segments(segments: Iterable[CorpusSegment]) -> tuple[CorpusSegment, ...]:
    """One :class:`CorpusSegment` per passage (see the module description)."""
    merged: list[CorpusSegment] = []
    for group in overlapping_groups(segments):
        first = group[0]
        coders = coders_of(group, lambda s: s.coders or (s.coder,))  # type: ignore[attr-defined]
        ids = tuple(i for s in group for i in (s.segment_ids or (s.id,)))
        if len(group) == 1:
            merged.append(first._replace(coders=coders, segment_ids=ids))
            continue
        valence, disputed = shared_valence(group)
        memos = [s.memo.strip() for s in group if s.memo.strip()]
        merged.append(first._replace(
            end=max(s.end for s in group),
            text=union_text(group),
            valence=valence,
            coder=", ".join(coders),
            memo="\n".join(dict.fromkeys(memos)),
            coders=coders,
            segment_ids=ids,
            disputed=disputed or any(s.disputed for s in group),
        ))
    return tuple(merged)
