"""The passages fuzzy search scores: a text cut into sentences (or lines), long ones cut
at spaces into pieces of at most :data:`MAX_PASSAGE_CHARS` characters, and folded with
:func:`app.analysis.spelling_variants.fold` (see :mod:`app.analysis.search`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.analysis.spelling_variants import fold

MAX_PASSAGE_CHARS = 300
# A sentence ends at the white space after its punctuation (group 1), or at a line break.
# (A look-behind at every character made this twice as slow.)
_SENTENCE_END = re.compile(r"[.!?…](\s+)|\n+")


# Joins a text's passages for folding them in one go: folding maps letters and pairs of
# letters only, so nothing it does reaches across this character.
_PASSAGE_JOIN = "\x00"


def fold_passages(text: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """``[fold(text[start:end]) for start, end in spans]``, in one pass over the text
    (a fold per passage took four fifths of building the index on 2,000,000 words)."""
    return split_folded(folded_joined(text, spans))


# A text's folded passages as one string joined by _PASSAGE_JOIN, or (when a passage holds
# that character itself) as a tuple of them.
FoldedText = str | tuple[str, ...]


def folded_joined(text: str, spans: Sequence[tuple[int, int]]) -> FoldedText:
    """The folded passages of ``text`` in one string (see :func:`split_folded`): 190,000
    passages as separate strings took 26 MB at 2,000,000 words, joined 15 MB."""
    pieces = [text[start:end] for start, end in spans]
    if not pieces or any(_PASSAGE_JOIN in piece for piece in pieces):
        return tuple(fold(piece) for piece in pieces)
    return fold(_PASSAGE_JOIN.join(pieces))


def split_folded(folded: FoldedText) -> list[str]:
    """The passages :func:`folded_joined` joined, one string each."""
    return folded.split(_PASSAGE_JOIN) if isinstance(folded, str) else list(folded)


def passage_spans(text: str) -> list[tuple[int, int]]:
    """Sentences (or lines) of ``text``, cut at spaces into pieces of bounded length.

    A sentence ends at the white space after ``.``, ``!``, ``?`` or ``…`` (the punctuation
    stays in it), or at a line break. Long texts are cut with numpy in a few passes over
    their code points (:mod:`app.analysis.passage_cuts`); both ways give the
    same passages (tests/analysis/test_search.py compares them)."""
    if len(text) >= VECTOR_CUT_CHARS:
        from app.analysis.passage_cuts import sentence_spans

        return sentence_spans(text, MAX_PASSAGE_CHARS,
                              lambda start, end, spans: _add_passage(text, start, end, spans))
    return _bounded(text, _sentence_cuts(text))


# From this length on, cutting with numpy beats the regular expression (numpy's import
# then costs less than what it saves).
VECTOR_CUT_CHARS = 10_000


def _sentence_cuts(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every piece between sentence ends, empty ones included."""
    cuts: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start(1) if match.start(1) >= 0 else match.start()
        cuts.append((start, end))
        start = match.end()
    cuts.append((start, len(text)))
    return cuts


def _bounded(text: str, cuts: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces that hold more than white space, longer ones cut at spaces."""
    spans: list[tuple[int, int]] = []
    for start, end in cuts:
        if end - start > MAX_PASSAGE_CHARS:
            _add_passage(text, start, end, spans)
        elif text[start:end].strip():
            spans.append((start, end))
    return spans


def _add_passage(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while end - start > MAX_PASSAGE_CHARS:
        cut = text.rfind(" ", start + MAX_PASSAGE_CHARS // 2, start + MAX_PASSAGE_CHARS)
        cut = cut if cut > start else start + MAX_PASSAGE_CHARS
        spans.append((start, cut))
        start = cut + 1 if text[cut : cut + 1] == " " else cut
    if text[start:end].strip():
        spans.append((start, end))
