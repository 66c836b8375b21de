"""Search the texts of a project: exact, whole word, regular expression or fuzzy.

Pure functions over :class:`SearchText` values. Offsets in a :class:`SearchHit` are code
points of the source's text (Telaah's convention), so a hit can be shown and coded as is.

Fuzzy search works on a :class:`SearchIndex`, built once per opened project: every text is
cut into passages (sentences, or pieces of at most :data:`MAX_PASSAGE_CHARS` characters),
and each passage is folded with :func:`app.analysis.spelling_variants.fold`. A query is
folded the same way and scored against every passage at once with rapidfuzz
(``partial_ratio``, which finds the best-matching stretch of each passage, through
``process.cdist`` on all cores when numpy is present). Only the passages that score at or
above the threshold are then aligned to find the matching words: every stretch of the
passage that scores at or above the threshold is a hit (two mentions in one sentence are
two hits), widened to whole words.

Fuzzy search misses nothing plain search finds: every exact (case-insensitive) occurrence
of the query is a fuzzy hit too, however many passages rank above it and whatever the
threshold (its score is at least 90). A hit's score, which must reach the threshold, is
90% of how well the query matches its best stretch (``partial_ratio``) plus 10% of how
well it matches the whole words of the hit (``ratio``), so "jalan" as a word (100) ranks
above "jalan" inside "menjalankan" (96).
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple, overload

from app.analysis.fuzzy_matcher import load_fuzzy_matcher
from app.analysis.search_passages import MAX_PASSAGE_CHARS as MAX_PASSAGE_CHARS
from app.analysis.search_passages import VECTOR_CUT_CHARS as VECTOR_CUT_CHARS
from app.analysis.search_passages import FoldedText, folded_joined, split_folded
from app.analysis.search_passages import fold_passages as fold_passages
from app.analysis.search_passages import passage_spans as passage_spans
from app.analysis.spelling_variants import fold, fold_with_offsets
from app.errors import Cancelled, InvalidSearchPattern, InvalidValue

# rapidfuzz (and numpy, which its cdist needs) load with the first fuzzy search, not when
# the GUI or a command starts (issue 19).

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

CONTEXT_CHARS = 60
DEFAULT_FUZZY_THRESHOLD = 85
DEFAULT_FUZZY_LIMIT = 200
MAX_HITS = 10_000
_WORD_CHAR = re.compile(r"\w")


class SearchMode(StrEnum):
    EXACT = "exact"
    WORD = "word"
    REGEX = "regex"
    FUZZY = "fuzzy"


@dataclass(frozen=True)
class SearchText:
    """One source's text with what a hit should show about it."""

    source_id: int
    title: str
    informant: str | None
    text: str


@dataclass(frozen=True)
class SearchHit:
    """``text[start:end]`` of a source matched the query; ``score`` is 100 unless fuzzy."""

    source_id: int
    source_title: str
    informant: str | None
    start: int
    end: int
    text: str
    before: str
    after: str
    score: float


class Passage(NamedTuple):
    """One passage of the index (a named tuple: 190,000 at 2,000,000 words, built three
    times faster than a frozen dataclass)."""

    text_index: int
    start: int
    end: int


class PassageTable(Sequence[Passage]):
    """The index's passages as three integer columns: 190,000 ``Passage`` tuples with their
    integers took 23 MB, the columns take 2 MB (issue 19: the GUI keeps the index)."""

    def __init__(self) -> None:
        self._text_index = array("l")
        self._start = array("l")
        self._end = array("l")

    def add(self, text_index: int, spans: Sequence[tuple[int, int]]) -> None:
        if spans:
            starts, ends = zip(*spans, strict=True)
            self._text_index.extend([text_index] * len(spans))
            self._start.extend(starts)
            self._end.extend(ends)

    def __len__(self) -> int:
        return len(self._start)

    @overload
    def __getitem__(self, index: int) -> Passage: ...

    @overload
    def __getitem__(self, index: slice) -> list[Passage]: ...

    def __getitem__(self, index: int | slice) -> Passage | list[Passage]:
        if isinstance(index, slice):
            return [self[number] for number in range(*index.indices(len(self)))]
        return Passage(self._text_index[index], self._start[index], self._end[index])


class SearchIndex:
    """The texts of a project cut into folded passages, built once and searched often.

    Kept by the GUI all session (issue 19): the folded passages are one string per text, cut
    into a list for each fuzzy search (~20 ms at 2,000,000 words); texts are lowered while
    scanned, not kept lowered."""

    def __init__(
        self,
        texts: Sequence[SearchText],
        *,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> None:
        self.texts = tuple(texts)
        self.passages = PassageTable()
        self._folded: list[FoldedText] = []  # per text with passages
        for index, search_text in enumerate(self.texts):
            if cancel is not None and cancel():
                raise Cancelled()
            spans = passage_spans(search_text.text)
            self.passages.add(index, spans)
            if spans:
                self._folded.append(folded_joined(search_text.text, spans))
            if progress is not None:
                progress(index + 1, len(self.texts))

    @property
    def folded(self) -> list[str]:
        """Every passage folded, in passage order (made anew at each call)."""
        passages: list[str] = []
        for folded in self._folded:
            passages.extend(split_folded(folded))
        return passages

    def search(
        self,
        query: str,
        *,
        mode: SearchMode | str = SearchMode.EXACT,
        case_sensitive: bool = False,
        threshold: float = DEFAULT_FUZZY_THRESHOLD,
        limit: int | None = None,
    ) -> list[SearchHit]:
        mode = SearchMode(mode)
        if mode is SearchMode.FUZZY:
            return self.fuzzy(query, threshold=threshold, limit=limit)
        return search_texts(self.texts, query, mode=mode, case_sensitive=case_sensitive,
                            limit=limit)

    def fuzzy(
        self, query: str, *, threshold: float = DEFAULT_FUZZY_THRESHOLD,
        limit: int | None = None,
    ) -> list[SearchHit]:
        """Every stretch where the query occurs allowing typos and spelling variants, best
        first, every exact occurrence included. ``limit`` caps the hits; without it, the
        :data:`DEFAULT_FUZZY_LIMIT` best passages are aligned (exact occurrences beyond them
        are still found)."""
        folded_query = fold(_checked_query(query).strip())
        if not folded_query or not self._folded:
            return []
        ranked = _rank(folded_query, self.folded, threshold, limit or DEFAULT_FUZZY_LIMIT)
        found: dict[tuple[int, int], SearchHit] = {}
        for index, _passage_score in ranked:
            for hit in self._passage_hits(folded_query, index, threshold):
                found.setdefault((hit.source_id, hit.start), hit)
        # Every exact occurrence is a hit too: one not inside a fuzzy hit is added.
        covered: dict[int, list[tuple[int, int]]] = {}
        for hit in found.values():
            covered.setdefault(hit.source_id, []).append((hit.start, hit.end))
        for spans in covered.values():
            spans.sort()
        for index, exact_start, exact_end in self._exact_spans(query.strip()):
            search_text = self.texts[index]
            spans = covered.get(search_text.source_id, [])
            place = bisect.bisect_right(spans, (exact_start, len(search_text.text))) - 1
            if place >= 0 and spans[place][0] <= exact_start and exact_end <= spans[place][1]:
                continue
            start, end = _whole_words(search_text.text, exact_start, exact_end)
            if (search_text.source_id, start) in found:
                continue
            found[(search_text.source_id, start)] = _make_hit(
                search_text, start, end, _score(100.0, folded_query, search_text.text[start:end]))
        order = {search_text.source_id: number for number, search_text in enumerate(self.texts)}
        hits = sorted(found.values(),
                      key=lambda hit: (-hit.score, order[hit.source_id], hit.start))
        return hits[:limit] if limit else hits

    def _exact_spans(self, query: str) -> Iterator[tuple[int, int, int]]:
        """(text index, start, end) of each case-insensitive occurrence of ``query``, as
        plain search finds them (at most :data:`MAX_HITS`); a lower-cased copy of each text
        (made while it is scanned, not kept) makes this a plain ``str.find`` scan."""
        needle = query.lower()
        pattern = _pattern(query, SearchMode.EXACT, False)
        found = 0
        for index, search_text in enumerate(self.texts):
            lowered = _lowered(search_text.text) if needle.isascii() else None
            spans: Iterator[tuple[int, int]]
            if lowered is None:
                spans = ((m.start(), m.end()) for m in pattern.finditer(search_text.text))
            else:
                spans = _occurrences(lowered, needle)
            for start, end in spans:
                yield index, start, end
                found += 1
                if found >= MAX_HITS:
                    return

    def _passage_hits(self, folded_query: str, passage_index: int,
                      threshold: float) -> list[SearchHit]:
        """Every stretch of the passage matching the query at or above ``threshold``."""
        passage = self.passages[passage_index]
        search_text = self.texts[passage.text_index]
        original = search_text.text[passage.start : passage.end]
        from rapidfuzz import fuzz

        folded, offsets = fold_with_offsets(original)
        shortest = max(1, -(-len(folded_query) * 4 // 5))  # a remnant shorter is no hit
        hits: list[SearchHit] = []
        taken: list[tuple[int, int]] = []
        pending = [(0, len(folded))]
        while pending:
            low, high = pending.pop()
            if high - low < shortest:
                continue
            alignment = fuzz.partial_ratio_alignment(folded_query, folded[low:high],
                                                     score_cutoff=threshold)
            if alignment is None or alignment.dest_end <= alignment.dest_start:
                continue
            dest_start, dest_end = low + alignment.dest_start, low + alignment.dest_end
            pending += [(low, dest_start), (dest_end, high)]
            start, end = _whole_words(search_text.text, passage.start + offsets[dest_start],
                                      passage.start + offsets[dest_end])
            if end <= start or any(start < e and s < end for s, e in taken):
                continue
            score = _score(alignment.score, folded_query, search_text.text[start:end])
            if score < threshold:  # a weak stretch inside much longer words
                continue
            taken.append((start, end))
            hits.append(_make_hit(search_text, start, end, score))
        return hits


def search_texts(
    texts: Sequence[SearchText],
    query: str,
    *,
    mode: SearchMode | str = SearchMode.EXACT,
    case_sensitive: bool = False,
    threshold: float = DEFAULT_FUZZY_THRESHOLD,
    limit: int | None = None,
) -> list[SearchHit]:
    """Every match of ``query`` in ``texts`` in text order (fuzzy: best first).

    Exact and whole-word matching ignore letter case unless ``case_sensitive``; a regular
    expression follows Python's syntax. Raises InvalidValue for an empty query and
    InvalidSearchPattern for a regular expression that does not compile.
    """
    mode = SearchMode(mode)
    if mode is SearchMode.FUZZY:
        return SearchIndex(texts).fuzzy(query, threshold=threshold, limit=limit)
    pattern = _pattern(_checked_query(query), mode, case_sensitive)
    hits: list[SearchHit] = []
    cap = limit or MAX_HITS
    for search_text in texts:
        for match in pattern.finditer(search_text.text):
            if match.end() > match.start():
                hits.append(_make_hit(search_text, match.start(), match.end(), 100.0))
                if len(hits) >= cap:
                    return hits
    return hits


def _rank(query: str, passages: list[str], threshold: float, limit: int) -> list[tuple[int, float]]:
    load_fuzzy_matcher()  # once for all threads (see there)
    from rapidfuzz import fuzz, process

    try:  # rapidfuzz's cdist needs numpy; without it every passage is scored one by one.
        import numpy
    except ImportError:  # pragma: no cover - numpy is installed with the test extras
        matches = process.extract(query, passages, scorer=fuzz.partial_ratio,
                                  score_cutoff=threshold, limit=None)
        matches.sort(key=lambda match: (-match[1], match[2]))
        return [(index, float(score)) for _choice, score, index in matches[:limit]]
    scores = process.cdist([query], passages, scorer=fuzz.partial_ratio,
                           score_cutoff=threshold, dtype=numpy.uint8, workers=-1)[0]
    found = numpy.flatnonzero(scores >= max(threshold, 1))
    order = found[numpy.argsort(-scores[found], kind="stable")][:limit]
    return [(int(index), float(scores[index])) for index in order]


def _lowered(text: str) -> str | None:
    """The text in lower case, when that keeps every offset (None otherwise)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def _occurrences(text: str, needle: str) -> Iterator[tuple[int, int]]:
    """Non-overlapping occurrences of ``needle``, left to right, as a regex finds them."""
    position = text.find(needle)
    while position >= 0:
        yield position, position + len(needle)
        position = text.find(needle, position + len(needle))


def _score(stretch_score: float, folded_query: str, hit_text: str) -> float:
    """90% the best stretch's similarity, 10% the whole words' similarity (0-100)."""
    from rapidfuzz import fuzz

    whole = fuzz.ratio(folded_query, fold(hit_text))
    return round(0.9 * stretch_score + 0.1 * whole, 1)


def _pattern(query: str, mode: SearchMode, case_sensitive: bool) -> re.Pattern[str]:
    flags = 0 if case_sensitive else re.IGNORECASE
    if mode is SearchMode.EXACT:
        return re.compile(re.escape(query), flags)
    if mode is SearchMode.WORD:
        return re.compile(rf"(?<!\w){re.escape(query)}(?!\w)", flags)
    try:
        return re.compile(query, flags | re.MULTILINE)
    except re.error as error:
        raise InvalidSearchPattern(pattern=query, detail=str(error)) from None


def _checked_query(query: str) -> str:
    if not query or not query.strip():
        raise InvalidValue(field="search query", value=query, detail="it is empty")
    return query


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to whole words, and trim spaces at its edges."""
    while start > 0 and _WORD_CHAR.match(text[start - 1]) and _WORD_CHAR.match(text[start]):
        start -= 1
    while end < len(text) and _WORD_CHAR.match(text[end]) and _WORD_CHAR.match(text[end - 1]):
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _make_hit(search_text: SearchText, start: int, end: int, score: float) -> SearchHit:
    text = search_text.text
    return SearchHit(
        source_id=search_text.source_id,
        source_title=search_text.title,
        informant=search_text.informant,
        start=start,
        end=end,
        text=text[start:end],
        before=_context_before(text, start),
        after=_context_after(text, end),
        score=score,
    )


def _context_before(text: str, start: int) -> str:
    begin = max(0, start - CONTEXT_CHARS)
    if begin > 0:
        space = text.find(" ", begin, start)
        begin = space + 1 if space >= 0 else begin
    return text[begin:start]


def _context_after(text: str, end: int) -> str:
    finish = min(len(text), end + CONTEXT_CHARS)
    if finish < len(text):
        space = text.rfind(" ", end, finish)
        finish = space if space > end else finish
    return text[end:finish]
