"""Check a thesis quotation against the transcripts: exact, near (with differences) or absent.

A quotation is split at elisions ("...", "…", "[...]", "(...)") and at editorial insertions
in square brackets; its pieces must occur in one source, in order, with at most
:data:`MAX_ELIDED_CHARS` characters left out between them.

- **exact**: every piece occurs word for word; runs of whitespace and the kind of quote mark,
  apostrophe or dash do not count as differences.
- **near**: the best-aligned stretch of some source scores at least ``threshold``
  (rapidfuzz ``partial_ratio``, case-insensitive); the word-level differences are listed.
- **not found**: nothing scores that high.

When several sources hold the quotation, the one belonging to ``preferred_informant`` (the
informant the thesis cites) wins, so a correct citation is never reported as wrong.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.analysis.search import SearchText

MAX_ELIDED_CHARS = 3000
DEFAULT_THRESHOLD = 80.0
_ANCHOR_CHARS = 64
_ELISION = re.compile(r"\s*(?:\[[^\]]*\]|\(\s*(?:\.\s*){3}\)|\(\s*…\s*\)|(?:\.\s*){3}|…)\s*")
_EQUIVALENT = {
    "'": "['‘’`´]", "‘": "['‘’`´]", "’": "['‘’`´]",
    '"': "[\"“”„«»]", "“": "[\"“”„«»]", "”": "[\"“”„«»]",
    "-": "[-‐‑‒–—]", "–": "[-‐‑‒–—]", "—": "[-‐‑‒–—]",
}
_TRIM = " \t\n\"'“”‘’«»„,;:"
_WORD = re.compile(r"\w+|[^\w\s]")


class QuoteStatus(StrEnum):
    EXACT = "exact"
    NEAR = "near"
    NOT_FOUND = "not_found"


@dataclass(frozen=True)
class QuoteDifference:
    """One change between the quotation and the source: ``kind`` is "changed", "missing"
    (in the source, not in the quotation) or "added" (in the quotation only)."""

    kind: str
    quote_text: str
    source_text: str


@dataclass(frozen=True)
class QuoteMatch:
    status: QuoteStatus
    source_id: int | None = None
    source_title: str | None = None
    informant: str | None = None
    start: int | None = None
    end: int | None = None
    found_text: str = ""
    score: float = 0.0
    differences: tuple[QuoteDifference, ...] = ()
    elisions: int = 0


def quote_fragments(quote: str) -> list[str]:
    """The pieces of ``quote`` between elisions, trimmed of quote marks and spaces."""
    pieces = (piece.strip(_TRIM) for piece in _ELISION.split(quote))
    return [piece for piece in pieces if piece]


def verify_quote(
    quote: str,
    texts: Sequence[SearchText],
    *,
    preferred_informant: str | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> QuoteMatch:
    fragments = quote_fragments(quote)
    if not fragments:
        return QuoteMatch(QuoteStatus.NOT_FOUND)
    elisions = len(fragments) - 1
    ordered = sorted(texts, key=lambda text: text.informant != preferred_informant
                     if preferred_informant else False)
    for search_text in ordered:
        span = _exact_span(fragments, search_text.text)
        if span is not None:
            return _match(QuoteStatus.EXACT, search_text, span, 100.0, (), elisions)
    best: tuple[float, SearchText, tuple[int, int]] | None = None
    for search_text in ordered:
        found = _near_span(fragments, search_text.text)
        if found is not None and (best is None or found[0] > best[0]):
            best = (found[0], search_text, found[1])
    if best is None or best[0] < threshold:
        return QuoteMatch(QuoteStatus.NOT_FOUND, score=round(best[0], 1) if best else 0.0,
                          elisions=elisions)
    score, search_text, span = best
    found_text = search_text.text[span[0] : span[1]]
    return _match(QuoteStatus.NEAR, search_text, span, score,
                  differences(" … ".join(fragments), found_text), elisions)


def differences(quote: str, found: str) -> tuple[QuoteDifference, ...]:
    """Word-level differences between a quotation and the source text it was found in."""
    quote_words = _WORD.findall(quote)
    found_words = _WORD.findall(found)
    matcher = difflib.SequenceMatcher(None, quote_words, found_words, autojunk=False)
    result: list[QuoteDifference] = []
    for tag, q_start, q_end, f_start, f_end in matcher.get_opcodes():
        if tag == "equal":
            continue
        quoted = " ".join(quote_words[q_start:q_end])
        source = " ".join(found_words[f_start:f_end])
        if _only_punctuation(quoted) and _only_punctuation(source):
            continue  # a full stop or comma more or less is not worth reporting
        kind = {"replace": "changed", "delete": "added", "insert": "missing"}[tag]
        result.append(QuoteDifference(kind, quoted, source))
    return tuple(result)


def _only_punctuation(text: str) -> bool:
    return not any(char.isalnum() for char in text)


def _match(status: QuoteStatus, search_text: SearchText, span: tuple[int, int], score: float,
           found_differences: tuple[QuoteDifference, ...], elisions: int) -> QuoteMatch:
    return QuoteMatch(
        status=status, source_id=search_text.source_id, source_title=search_text.title,
        informant=search_text.informant, start=span[0], end=span[1],
        found_text=search_text.text[span[0] : span[1]], score=round(score, 1),
        differences=found_differences, elisions=elisions,
    )


def _exact_span(fragments: list[str], text: str) -> tuple[int, int] | None:
    patterns = [_flexible_pattern(fragment) for fragment in fragments]
    for first in patterns[0].finditer(text):
        end = first.end()
        for pattern in patterns[1:]:
            following = pattern.search(text, end, min(len(text), end + MAX_ELIDED_CHARS))
            if following is None:
                break
            end = following.end()
        else:
            return first.start(), end
    return None


def _flexible_pattern(fragment: str) -> re.Pattern[str]:
    parts = []
    for word in fragment.split():
        parts.append("".join(_EQUIVALENT.get(char, re.escape(char)) for char in word))
    return re.compile(r"\s+".join(parts))


def _near_span(fragments: list[str], text: str) -> tuple[float, tuple[int, int]] | None:
    lowered = text.lower()
    position, start, weighted, total = 0, None, 0.0, 0
    for index, fragment in enumerate(fragments):
        limit = len(lowered) if index == 0 else min(len(lowered), position + MAX_ELIDED_CHARS)
        found = _align(fragment.lower(), lowered, position, limit)
        if found is None:
            return None
        score, fragment_start, fragment_end = _refine(fragment.lower(), lowered, *found)
        start = fragment_start if start is None else start
        position = fragment_end
        weighted += score * len(fragment)
        total += len(fragment)
    assert start is not None
    start, end = _whole_words(text, start, position)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return weighted / total, (start, end)


def _align(needle: str, haystack: str, low: int, high: int) -> tuple[float, int, int] | None:
    if high - low <= 0:
        return None
    from rapidfuzz import fuzz  # loaded when quotes are checked, not at start-up

    if len(needle) <= _ANCHOR_CHARS or high - low <= len(needle) + _ANCHOR_CHARS:
        alignment = fuzz.partial_ratio_alignment(needle, haystack[low:high])
        if alignment is None:
            return None
        return alignment.score, low + alignment.dest_start, low + alignment.dest_end
    best: tuple[float, int, int] | None = None
    for anchor, offset in ((needle[:_ANCHOR_CHARS], 0),
                           (needle[-_ANCHOR_CHARS:], len(needle) - _ANCHOR_CHARS)):
        located = fuzz.partial_ratio_alignment(anchor, haystack[low:high])
        if located is None:
            continue
        window_start = max(low, low + located.dest_start - offset - _ANCHOR_CHARS // 2)
        window_end = min(high, window_start + len(needle) + _ANCHOR_CHARS)
        alignment = fuzz.partial_ratio_alignment(needle, haystack[window_start:window_end])
        if alignment is not None and (best is None or alignment.score > best[0]):
            best = (alignment.score, window_start + alignment.dest_start,
                    window_start + alignment.dest_end)
    return best


def _refine(
    needle: str, haystack: str, score: float, start: int, end: int
) -> tuple[float, int, int]:
    """Move the edges of an alignment by up to two words each way where that fits better
    (``partial_ratio`` may leave a changed first or last word outside the stretch)."""
    from rapidfuzz import fuzz

    start, end = _whole_words(haystack, start, end)
    starts = _word_starts_around(haystack, start)
    ends = _word_ends_around(haystack, end)
    best = (fuzz.ratio(needle, haystack[start:end]), start, end)
    for candidate_start in starts:
        for candidate_end in ends:
            if candidate_end > candidate_start:
                ratio = fuzz.ratio(needle, haystack[candidate_start:candidate_end])
                if ratio > best[0]:
                    best = (ratio, candidate_start, candidate_end)
    return max(score, best[0]), best[1], best[2]


def _word_starts_around(text: str, position: int) -> list[int]:
    starts = [position]
    for match in re.finditer(r"\S+", text[max(0, position - 40) : position]):
        starts.append(max(0, position - 40) + match.start())
    return starts[:1] + starts[-2:]


def _word_ends_around(text: str, position: int) -> list[int]:
    ends = [position]
    for match in re.finditer(r"\S+", text[position : position + 40]):
        ends.append(position + match.end())
    return ends[:3]


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end
