"""The numpy way of cutting long texts into passages gives exactly the regex way's cuts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.analysis import search_passages as search
from app.analysis.passage_cuts import sentence_cuts, sentence_spans

# Sentence ends, line breaks, Unicode spaces (no-break, line separator, ideographic) and
# letters, in runs long enough to need cutting at MAX_PASSAGE_CHARS.
PIECES = st.sampled_from(["a", "kata ", ". ", "!", "?", "…", "\n", "\n\n", " ", "\t", "\u00a0",
                          "\u2028", "\u3000", "x" * 120, " " * 170, "Informan: "])


@given(st.lists(PIECES, max_size=60).map("".join))
def test_numpy_cuts_equal_the_regular_expression(text: str) -> None:
    assert sentence_cuts(text) == search._sentence_cuts(text)


@given(st.lists(PIECES, max_size=60).map("".join))
def test_numpy_passages_equal_the_regular_expression(text: str) -> None:
    expected = search._bounded(text, search._sentence_cuts(text))
    spans = sentence_spans(text, search.MAX_PASSAGE_CHARS,
                           lambda start, end, found: search._add_passage(text, start, end, found))
    assert spans == expected


def test_long_texts_take_the_numpy_way_with_the_same_passages() -> None:
    text = ("Pak Budi menjelaskan pelatihan.  Ibu Sari setuju!\nLalu?\n\n" * 400)
    assert len(text) >= search.VECTOR_CUT_CHARS
    spans = search.passage_spans(text)
    assert spans == search._bounded(text, search._sentence_cuts(text))
    assert text[spans[0][0]:spans[0][1]] == "Pak Budi menjelaskan pelatihan."
