"""Search modes over plain texts: exact, whole word, regular expression and fuzzy."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.analysis.search import (
    DEFAULT_FUZZY_LIMIT,
    SearchIndex,
    SearchMode,
    SearchText,
    fold_passages,
    passage_spans,
    search_texts,
)
from app.analysis.spelling_variants import fold
from app.errors import InvalidSearchPattern, InvalidValue

I1 = ("Pewawancara: Bagaimana kinerja pegawai di sini?\n"
      "Informan 1: Kinerdja pegawai kami beloem maksimal. Jang penting sudah berusaha.\n"
      "Saya tjinta pekerjaan ini, walau anggaran terbatas. 😀 Kinerja-nya naik.")
I2 = "Yang penting kita kerja keras. Kinerja pegawai sudah baik. KINERJA tim juga."
TEXTS = [SearchText(1, "I1_wawancara", "I1", I1), SearchText(2, "I2_wawancara", "I2", I2)]


def _found(hits) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(hit.source_title, hit.text) for hit in hits]


def test_exact_ignores_case_and_reports_code_point_offsets() -> None:
    hits = search_texts(TEXTS, "kinerja")

    assert _found(hits) == [("I1_wawancara", "kinerja"), ("I1_wawancara", "Kinerja"),
                            ("I2_wawancara", "Kinerja"), ("I2_wawancara", "KINERJA")]
    for hit in hits:
        text = I1 if hit.source_id == 1 else I2
        assert text[hit.start : hit.end] == hit.text
        assert text[: hit.start].endswith(hit.before) and text[hit.end :].startswith(hit.after)
    after_emoji = hits[1]
    assert after_emoji.start == I1.index("Kinerja-nya")  # the emoji counts as one


def test_exact_can_respect_case() -> None:
    assert _found(search_texts(TEXTS, "KINERJA", case_sensitive=True)) == [
        ("I2_wawancara", "KINERJA")]


def test_whole_words_only() -> None:
    assert _found(search_texts(TEXTS, "kerja", mode="word")) == [("I2_wawancara", "kerja")]
    assert len(search_texts(TEXTS, "kerja")) == 2  # also inside "pekerjaan"


def test_regular_expressions() -> None:
    hits = search_texts(TEXTS, r"^Informan \d+", mode=SearchMode.REGEX)

    assert _found(hits) == [("I1_wawancara", "Informan 1")]
    with pytest.raises(InvalidSearchPattern, match=r"\(unclosed"):
        search_texts(TEXTS, "(unclosed", mode="regex")


def test_an_empty_query_is_refused() -> None:
    with pytest.raises(InvalidValue):
        search_texts(TEXTS, "  ")


def test_fuzzy_tolerates_typos_and_old_spelling() -> None:
    index = SearchIndex(TEXTS)

    assert ("I1_wawancara", "beloem maksimal") in _found(index.fuzzy("belum maksimal"))
    assert ("I1_wawancara", "Kinerdja pegawai") in _found(index.fuzzy("kinerja pegawai"))
    assert _found(index.fuzzy("yang penting")) == [("I1_wawancara", "Jang penting"),
                                                   ("I2_wawancara", "Yang penting")]
    assert _found(index.fuzzy("cinta")) == [("I1_wawancara", "tjinta")]
    typo = _found(index.fuzzy("angaran terbatass"))
    assert typo == [("I1_wawancara", "anggaran terbatas")]


def test_fuzzy_hits_are_whole_words_with_offsets_and_scores() -> None:
    hits = SearchIndex(TEXTS).fuzzy("kinerja pegawai", threshold=90)

    assert hits and all(hit.score >= 90 for hit in hits)
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)
    for hit in hits:
        text = I1 if hit.source_id == 1 else I2
        assert text[hit.start : hit.end] == hit.text
        assert not text[hit.start - 1].isalnum() and not text[hit.end].isalnum()


def test_fuzzy_does_not_match_unrelated_text() -> None:
    assert SearchIndex(TEXTS).fuzzy("laporan keuangan daerah") == []


def test_passages_cover_sentences_and_cut_long_ones() -> None:
    long_text = "kata " * 200 + "akhir. Kalimat kedua."
    spans = passage_spans(long_text)

    assert all(end - start <= 300 for start, end in spans)
    assert long_text[spans[-1][0] : spans[-1][1]] == "Kalimat kedua."
    covered = "".join(long_text[start:end] for start, end in spans)
    assert covered.replace(" ", "") == long_text.replace(" ", "")


def test_index_search_dispatches_every_mode() -> None:
    index = SearchIndex(TEXTS)

    assert len(index.search("kinerja")) == 4
    assert len(index.search("kerja", mode="word")) == 1
    assert len(index.search("kinerja", mode="fuzzy")) >= 3


def test_fuzzy_finds_two_mentions_in_one_sentence() -> None:
    text = ("Informan: Pelatihan teknis jarang, pelatihan dasar ada, dan pelatihan "
            "lanjutan belum pernah.")
    texts = [SearchText(1, "I1", "I1", text)]

    exact = search_texts(texts, "pelatihan")
    fuzzy = SearchIndex(texts).fuzzy("pelatihan")

    assert len(exact) == 3
    assert sorted((hit.start, hit.end) for hit in fuzzy) == [(h.start, h.end) for h in exact]


def test_fuzzy_finds_every_exact_hit_beyond_its_passage_limit() -> None:
    text = " ".join(f"Kalimat {number} untuk kami." for number in range(DEFAULT_FUZZY_LIMIT + 50))
    texts = [SearchText(1, "I1", "I1", text)]

    fuzzy = SearchIndex(texts).fuzzy("untuk")
    limited = SearchIndex(texts).fuzzy("untuk", limit=5)

    assert len(fuzzy) == len(search_texts(texts, "untuk")) == DEFAULT_FUZZY_LIMIT + 50
    assert len(limited) == 5


def test_fuzzy_ranks_a_whole_word_above_the_same_letters_inside_a_word() -> None:
    text = "Programnya jalan. Kami menjalankan tugas. Jalan keluar dicari."
    hits = SearchIndex([SearchText(1, "I1", "I1", text)]).fuzzy("djalan")

    scores = {hit.text: hit.score for hit in hits}
    assert scores["jalan"] == scores["Jalan"] == 100
    assert 85 <= scores["menjalankan"] < 100
    assert [hit.text for hit in hits][-1] == "menjalankan"


@pytest.mark.parametrize("query", ["ÄRGER", "anggaran", "Anggaran terbatas"])
def test_fuzzy_includes_exact_hits_whatever_the_letters(query: str) -> None:
    text = ("Ärger soal anggaran. Anggaran terbatas, ärger lagi; ANGGARAN TERBATAS juga. "
            * 3)
    texts = [SearchText(1, "I1", "I1", text)]
    fuzzy = SearchIndex(texts).fuzzy(query, threshold=95)
    for exact in search_texts(texts, query):
        assert any(hit.start <= exact.start and exact.end <= hit.end for hit in fuzzy)


@pytest.mark.parametrize("text", [
    "Djalan ke kantor. Soekarno berkata: jang penting kerdja! Maaf, sudahh?\nTjinta achir.",
    "Kalau ditanya kualitas… belum maksimal 😀. Pegawai mengikuti pelatihan — Rp 5 juta.",
    "aa. ab. ba. dd. dj. j. oe. o. e.\n\nyy. y.",
    "",
])
def test_passages_are_folded_in_one_pass_exactly_as_one_by_one(text: str) -> None:
    spans = passage_spans(text)
    assert fold_passages(text, spans) == [fold(text[start:end]) for start, end in spans]


@given(st.text(alphabet="ab .!?…\n\t\u00a0", max_size=40))
def test_sentences_end_after_their_punctuation_or_at_line_breaks(text: str) -> None:
    """The passage cuts equal those of the plain rule: white space after . ! ? … or line
    breaks end a sentence."""
    reference = re.compile(r"(?<=[.!?…])\s+|\n+")
    cuts, start = [], 0
    for match in reference.finditer(text):
        cuts.append((start, match.start()))
        start = match.end()
    cuts.append((start, len(text)))
    expected = [(s, e) for s, e in cuts if text[s:e].strip()]
    assert passage_spans(text) == expected
