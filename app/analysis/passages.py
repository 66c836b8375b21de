"""Evidence counted once: overlapping segments of one code in one source are one passage.

Two coders (or one coder twice) often code the same words, or a sentence inside a longer
quote, with the same code. Counted as segments, that passage would weigh twice in every
display and verdict. Every analysis (matrix, chart, summary grid, triangulation,
conclusions, report, excerpts) therefore counts *passages*:

* segments of the same code in the same source whose spans share at least one character
  are one passage (transitively: A overlaps B, B overlaps C → one passage), whichever
  coders made them; spans that only touch (one ends where the next starts) stay apart;
* the passage's span is the union of theirs and its text the union of their texts;
* it names its coders (in the order they first coded it) and keeps its segments' ids (a
  passage of one segment is that segment, unchanged: ``coders`` and ``segment_ids`` stay
  empty, read ``coders or (coder,)``, and building 50,000 of them costs nothing);
* its valence is theirs when they agree; when they differ the passage has no valence and
  is marked ``disputed`` ("coders disagree"), so that nothing is silently averaged;
* filtering by coder happens first: with ``--coder NAME`` only that coder's segments are
  merged.

The passage keeps the id of its first segment (earliest start, then lowest id), so links
and jumps to it still work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple, Protocol, TypeVar

from app.analysis.coded_corpus import CorpusSegment
from app.analysis.evidence import Evidence

UNREVIEWED = ("pending", "revised")


class TextSpan(Protocol):
    """A stretch of a source's text: where it starts and ends, and its words."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


class CodedSpan(TextSpan, Protocol):
    """A span coded with one code in one source: what passages are merged from (and what
    :class:`app.analysis.code_matrix.MatrixSegment` builds on)."""

    @property
    def id(self) -> int: ...
    @property
    def source_id(self) -> int: ...
    @property
    def code_id(self) -> int: ...


class _Span(CodedSpan, Protocol):
    @property
    def valence(self) -> str | None: ...
    @property
    def coder(self) -> str: ...


S = TypeVar("S", bound=_Span)


def overlapping_groups(segments: Iterable[S]) -> list[list[S]]:
    """Segments grouped into passages, in the order of each passage's first segment.

    One pass when each (source, code)'s segments come in start order, as every loader
    gives them; otherwise they are sorted first."""
    items = list(segments)
    return _groups(items, attrgetter("source_id", "code_id"), attrgetter("start"),
                   attrgetter("end"), _SOURCE_CODE_START)


def row_groups(rows: Sequence[Any], *, source: int, code: int, start: int,
               end: int) -> list[list[Any]]:
    """:func:`overlapping_groups` for plain rows (tuples), by column position; the core
    merges fetched rows before it builds any record."""
    return _groups(list(rows), itemgetter(source, code), itemgetter(start), itemgetter(end),
                   itemgetter(source, code, start))


_SOURCE_CODE_START = attrgetter("source_id", "code_id", "start", "id")
_START_ID = attrgetter("start", "id")


def _groups(items: list[Any], key_of: Callable[[Any], Any], start_of: Callable[[Any], int],
            end_of: Callable[[Any], int], order: Callable[[Any], Any]) -> list[list[Any]]:
    groups = _one_pass(items, key_of, start_of, end_of)
    if groups is None:
        items.sort(key=order)
        groups = _one_pass(items, key_of, start_of, end_of)
        assert groups is not None
    return groups


def _one_pass(items: list[Any], key_of: Callable[[Any], Any], start_of: Callable[[Any], int],
              end_of: Callable[[Any], int]) -> list[list[Any]] | None:
    """The groups, or None when a (source, code) pair's items are out of start order."""
    groups: list[list[Any]] = []
    open_groups: dict[Any, tuple[list[Any], int, int]] = {}  # group, reach, last start
    for item in items:
        key = key_of(item)
        start = start_of(item)
        current = open_groups.get(key)
        if current is not None:
            group, reach, last_start = current
            if start < last_start:
                return None
            if start < reach:
                group.append(item)
                open_groups[key] = (group, max(reach, end_of(item)), start)
                continue
        group = [item]
        groups.append(group)
        open_groups[key] = (group, end_of(item), start)
    return groups


def union_text(segments: Sequence[TextSpan]) -> str:
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


class Member(NamedTuple):
    """What merging needs of one segment (an :class:`Evidence` serves as well)."""

    id: int
    start: int
    end: int
    text: str
    valence: str | None
    coder: str
    paraphrase: str = ""
    review_status: str = "pending"
    coders: tuple[str, ...] = ()
    segment_ids: tuple[int, ...] = ()
    valence_disputed: bool = False


def merge_evidence(segments: Iterable[Evidence]) -> list[Evidence]:
    """One :class:`Evidence` per passage (see the module description)."""
    merged: list[Evidence] = []
    for group in overlapping_groups(segments):
        if len(group) == 1:
            merged.append(group[0])
            continue
        group.sort(key=_START_ID)  # the passage is known by its first segment
        merged.append(merged_passage(group[0], group))
    return merged


def merged_passage(first: Evidence, members: Sequence[Member | Evidence]) -> Evidence:
    """``first`` (the passage's first segment) widened to the passage of ``members``, sorted
    by start. One loop over the members: it runs for every passage of a large project."""
    end = first.end
    coders: dict[str, None] = {}
    ids: list[int] = []
    valences = set()
    paraphrases: dict[str, None] = {}
    status = first.review_status
    disputed = False
    for member in members:
        end = max(end, member.end)
        for name in member.coders or (member.coder,):
            coders[name] = None
        ids.extend(member.segment_ids or (member.id,))
        valences.add(member.valence)
        disputed = disputed or member.valence_disputed
        if member.paraphrase:
            paraphrases[member.paraphrase] = None
        if member.review_status in UNREVIEWED and status not in UNREVIEWED:
            status = member.review_status
    disputed = disputed or len(valences) > 1
    names = tuple(coders)
    return _with(
        first,
        end=end,
        text=union_text(members),
        valence=None if disputed else first.valence,
        valence_disputed=disputed,
        paraphrase=" / ".join(paraphrases),
        review_status=status,
        coder=", ".join(names),
        coders=names,
        segment_ids=tuple(ids),
    )


def _with(evidence: Evidence, **changes: Any) -> Evidence:
    """A copy of ``evidence`` with ``changes``: ``dataclasses.replace`` without re-running
    the frozen ``__init__``, several times cheaper for 50,000 passages."""
    copy = object.__new__(Evidence)
    copy.__dict__.update(evidence.__dict__, **changes)
    return copy


def merge_corpus_segments(segments: Iterable[CorpusSegment]) -> tuple[CorpusSegment, ...]:
    """One :class:`CorpusSegment` per passage (see the module description)."""
    return tuple(group[0] if len(group) == 1 else _corpus_passage(group)
                 for group in overlapping_groups(segments))


def corpus_passages_of_rows(rows: Sequence[Any]) -> tuple[CorpusSegment, ...]:
    """:func:`merge_corpus_segments` of rows holding a :class:`CorpusSegment`'s fields in
    order (as fetched): a segment alone in its passage becomes one record, built once."""
    return tuple(
        CorpusSegment(*group[0]) if len(group) == 1 else _corpus_passage_of_rows(group)
        for group in row_groups(rows, source=2, code=1, start=3, end=4))


def _corpus_passage_of_rows(group: list[Any]) -> CorpusSegment:
    """:func:`_corpus_passage` of fetched segments (id, code_id, source_id, start, end,
    text, valence, coder, memo), one record built for the whole passage."""
    group.sort(key=_ROW_START_ID)  # the passage is known by its first segment
    segment_id, code_id, source_id, start, end, _, valence, _, _ = group[0]
    reach = start
    pieces: list[str] = []
    coders: dict[str, None] = {}
    valences = set()
    memos: dict[str, None] = {}
    for _, _, _, member_start, member_end, text, member_valence, coder, memo in group:
        end = max(end, member_end)
        if member_end > reach:  # the text of the union (as union_text)
            pieces.append(text[reach - member_start :])
            reach = member_end
        coders[coder] = None
        valences.add(member_valence)
        memo = memo.strip()
        if memo:
            memos[memo] = None
    disputed = len(valences) > 1
    names = tuple(coders)
    return CorpusSegment(
        segment_id, code_id, source_id, start, end, "".join(pieces),
        None if disputed else valence, ", ".join(names), "\n".join(memos), names,
        tuple(row[0] for row in group), disputed)


_ROW_START_ID = itemgetter(3, 0)


def _corpus_passage(group: list[CorpusSegment]) -> CorpusSegment:
    """The passage of ``group``: segments of one code in one source that overlap."""
    group.sort(key=_START_ID)  # the passage is known by its first segment
    first = group[0]
    end = first.end
    coders: dict[str, None] = {}
    ids: list[int] = []
    valences = set()
    memos: dict[str, None] = {}
    disputed = False
    for member in group:
        end = max(end, member.end)
        for name in member.coders or (member.coder,):
            coders[name] = None
        ids.extend(member.segment_ids or (member.id,))
        valences.add(member.valence)
        disputed = disputed or member.disputed
        memo = member.memo.strip()
        if memo:
            memos[memo] = None
    disputed = disputed or len(valences) > 1
    names = tuple(coders)
    return first._replace(
        end=end,
        text=union_text(group),
        valence=None if disputed else first.valence,
        coder=", ".join(names),
        memo="\n".join(memos),
        coders=names,
        segment_ids=tuple(ids),
        disputed=disputed,
    )
