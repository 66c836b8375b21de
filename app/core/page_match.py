"""Match text between a PDF page as Qt's PDF module sees it and the source text.

The source text of a page is in reading order with hyphenated words joined; the text
QtPdf returns for a page (and for a selection on it) keeps the PDF's own line breaks and
hyphens. :func:`find_loosely` finds one in the other ignoring blanks and hyphens, so a
selection made on the rendered page codes the right span of the source text, and a coded
segment is highlighted at the right place on the page.
"""

from __future__ import annotations

_IGNORED = frozenset(" \t\r\n\f\v\u00a0\u00ad\u2010\x02-")


def _compact(text: str) -> tuple[str, list[int]]:
    """``text`` without ignored characters, lower-cased, and where each kept one was."""
    kept: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        if char not in _IGNORED:
            kept.append(char.casefold() if len(char.casefold()) == 1 else char)
            where.append(index)
    return "".join(kept), where


def find_loosely(haystack: str, needle: str, *, near: int = 0) -> tuple[int, int] | None:
    """``[start, end)`` in ``haystack`` of ``needle`` compared without blanks, hyphens and
    case; the match starting closest to ``near`` when there are several; None if absent."""
    compact_needle, _ = _compact(needle)
    if not compact_needle:
        return None
    compact_haystack, where = _compact(haystack)
    best: tuple[int, int] | None = None
    found = compact_haystack.find(compact_needle)
    while found >= 0:
        span = (where[found], where[found + len(compact_needle) - 1] + 1)
        if best is None or abs(span[0] - near) < abs(best[0] - near):
            best = span
        found = compact_haystack.find(compact_needle, found + 1)
    return best
