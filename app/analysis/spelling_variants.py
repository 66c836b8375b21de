"""Fold Indonesian spelling variants together so that fuzzy matching can ignore them.

Transcripts and theses mix spellings: the pre-1972 (Soewandi) spelling survives in names
and quotations ("Soekarno", "djalan", "tjinta", "jang", "achir"), and speakers' words are
transcribed with doubled letters ("maaf"/"maf", "sudahh"). :func:`fold` maps every variant
of a word onto one key:

- lower case (``casefold``) without accents ("é" → "e");
- ``oe`` → ``u``, ``dj`` → ``j``, ``tj`` → ``c``, ``ch`` → ``kh``;
- ``y`` → ``j``: the old ``j`` is the new ``y`` ("jang" = "yang") while the old ``dj`` is the
  new ``j``, so ``j`` and ``y`` cannot be told apart and share one key (``nj``/``ny`` and
  ``sj``/``sy`` follow);
- runs of one letter become one letter.

:func:`fold_with_offsets` gives the same string plus, for every folded character, the
offset in the original text it came from, so a match in folded text can be shown and
coded in the original.
"""

from __future__ import annotations

import re
import unicodedata

# Applied in this order, each like str.replace (left to right, without overlaps).
REPLACEMENTS: tuple[tuple[str, str], ...] = (
    ("oe", "u"),
    ("dj", "j"),
    ("tj", "c"),
    ("ch", "kh"),
    ("y", "j"),
)
_DOUBLED = re.compile(r"([^\W\d_])\1+")
# The same for text that is ASCII after casefolding, where a letter is a-z; Unicode's
# letter class makes the regular expression three times slower.
_DOUBLED_ASCII = re.compile(r"([a-z])\1+")


def fold(text: str) -> str:
    """The spelling-variant key of ``text`` (see the module description)."""
    folded = text.casefold()
    if not folded.isascii():
        folded = _NON_ASCII.sub(lambda match: _plain(match.group()), folded)
    for old, new in REPLACEMENTS:
        folded = folded.replace(old, new)
    if folded.isascii():
        return _without_doubled_ascii(folded)
    return _DOUBLED.sub(r"\1", folded)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# From this length on, numpy removes doubled letters faster than the regular expression
# (folding a research group's 2,000,000 words for the search index; issue 19).
VECTOR_FOLD_CHARS = 10_000


def _without_doubled_ascii(text: str) -> str:
    """``text`` with every run of one letter a-z made one letter."""
    if len(text) < VECTOR_FOLD_CHARS:
        return _DOUBLED_ASCII.sub(r"\1", text)
    import numpy

    codes = numpy.frombuffer(text.encode("ascii"), dtype=numpy.uint8)
    repeated = numpy.zeros(len(codes), dtype=bool)
    tail = codes[1:]
    repeated[1:] = (tail == codes[:-1]) & (tail >= ord("a")) & (tail <= ord("z"))
    if not repeated.any():
        return text
    return codes[~repeated].tobytes().decode("ascii")


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """``(fold(text), offsets)``; ``offsets[i]`` is where folded character ``i`` came from,
    and ``offsets[len(folded)]`` is ``len(text)``."""
    chars: list[str]
    offsets: list[int]
    if text.isascii():  # one character each, in place (the aligned passages of a search)
        chars, offsets = list(text.casefold()), list(range(len(text)))
    else:
        chars, offsets = [], []
        for index, char in enumerate(text):
            for folded_char in _plain(char.casefold()):
                chars.append(folded_char)
                offsets.append(index)
    for old, new in REPLACEMENTS:
        chars, offsets = _replace(chars, offsets, old, new)
    kept_chars: list[str] = []
    kept_offsets: list[int] = []
    for char, offset in zip(chars, offsets):
        if (kept_chars and char == kept_chars[-1]
                and (char.isalpha() if char.isascii() else _is_letter(char))):
            continue
        kept_chars.append(char)
        kept_offsets.append(offset)
    kept_offsets.append(len(text))
    return "".join(kept_chars), kept_offsets


def _replace(
    chars: list[str], offsets: list[int], old: str, new: str
) -> tuple[list[str], list[int]]:
    """``old`` replaced by ``new`` left to right, as str.replace; each character of ``new``
    keeps the offset of the character of ``old`` at its place (the last for the rest)."""
    joined = "".join(chars)  # one character per entry: a place in it is a place in chars
    found = joined.find(old)
    if found < 0:
        return chars, offsets
    result_chars: list[str] = []
    result_offsets: list[int] = []
    width = len(old)
    start = 0
    while found >= 0:
        result_chars.extend(chars[start:found])
        result_offsets.extend(offsets[start:found])
        for position, char in enumerate(new):
            result_chars.append(char)
            result_offsets.append(offsets[found + min(position, width - 1)])
        start = found + width
        found = joined.find(old, start)
    result_chars.extend(chars[start:])
    result_offsets.extend(offsets[start:])
    return result_chars, result_offsets


def _plain(text: str) -> str:
    """``text`` without accents (compatibility decomposition minus combining marks)."""
    if text.isascii():
        return text
    return "".join(
        char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char)
    )


def _is_letter(char: str) -> bool:
    return _DOUBLED.match(char + char) is not None
