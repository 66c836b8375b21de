"""Passages merged straight from fetched rows equal those merged from built segments."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.analysis.coded_corpus import CorpusSegment
from app.analysis.passages import corpus_passages_of_rows, merge_corpus_segments

TEXT = "Pelayanan sudah baik, tetapi anggaran pelatihan belum cukup untuk semua staf. " * 3


@st.composite
def fetched_rows(draw: st.DrawFn) -> list[tuple[object, ...]]:
    count = draw(st.integers(0, 30))
    rows = []
    for number in range(count):
        start = draw(st.integers(0, len(TEXT) - 2))
        end = draw(st.integers(start + 1, min(len(TEXT), start + 40)))
        rows.append((
            number + 1, draw(st.sampled_from((1, 2))), draw(st.sampled_from((10, 11))),
            start, end, TEXT[start:end],
            draw(st.sampled_from(("positive", "negative", "mixed", None))),
            draw(st.sampled_from(("Annisa", "Bima", "Citra"))),
            draw(st.sampled_from(("", "  ", "catatan", "catatan lain "))),
        ))
    # The loader's order: source, start, end, id.
    return sorted(rows, key=lambda row: (row[2], row[3], row[4], row[0]))


@given(fetched_rows())
def test_rows_merge_like_segments(rows: list[tuple[object, ...]]) -> None:
    expected = merge_corpus_segments([CorpusSegment(*row) for row in rows])
    assert corpus_passages_of_rows(rows) == expected


def test_a_passage_of_three_coders_is_one_record_with_their_names() -> None:
    rows = [(1, 1, 10, 0, 20, TEXT[0:20], "positive", "Annisa", "a"),
            (2, 1, 10, 5, 30, TEXT[5:30], "positive", "Bima", ""),
            (3, 1, 10, 25, 40, TEXT[25:40], "negative", "Citra", "c")]
    [passage] = corpus_passages_of_rows(rows)
    assert (passage.start, passage.end, passage.text) == (0, 40, TEXT[0:40])
    assert passage.coders == ("Annisa", "Bima", "Citra") and passage.segment_ids == (1, 2, 3)
    assert passage.disputed and passage.valence is None and passage.memo == "a\nc"
