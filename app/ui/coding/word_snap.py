"""Snap a selection to whole words: trim surrounding blanks, then widen to word edges."""

from __future__ import annotations


def _is_word(character: str) -> bool:
    return character.isalnum() or character in "-'’_"


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The span ``[start, end)`` of ``text`` (code points) widened to whole words.

    Leading and trailing whitespace is dropped first; a span of only blanks stays as is.
    """
    first, last = start, end
    while first < last and text[first].isspace():
        first += 1
    while last > first and text[last - 1].isspace():
        last -= 1
    if first == last:
        return start, end
    while first > 0 and _is_word(text[first - 1]) and _is_word(text[first]):
        first -= 1
    while last < len(text) and _is_word(text[last]) and _is_word(text[last - 1]):
        last += 1
    return first, last
