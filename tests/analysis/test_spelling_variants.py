"""Indonesian spelling variants fold onto one key, with offsets back into the original."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.analysis.spelling_variants import _DOUBLED, _DOUBLED_ASCII, fold, fold_with_offsets


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Soekarno", "Sukarno"),
        ("djalan", "jalan"),
        ("tjinta", "cinta"),
        ("jang", "yang"),
        ("njonja", "nyonya"),
        ("sjarat", "syarat"),
        ("achir", "akhir"),
        ("maaf", "maf"),
        ("sudahh", "sudah"),
        ("KINERDJA", "kinerja"),
        ("café", "cafe"),
    ],
)
def test_old_and_new_spellings_share_a_key(old: str, new: str) -> None:
    assert fold(old) == fold(new)


def test_different_words_keep_different_keys() -> None:
    assert fold("kinerja") != fold("kerja")
    assert fold("pegawai") != fold("pagi")


TEXT = st.lists(st.sampled_from(list("aoeudjtcychnsmkYJDÉéß .\n") + ["😀", "e\u0301"]),
                max_size=60).map("".join)


@given(TEXT)
def test_fold_with_offsets_gives_the_same_key(text: str) -> None:
    folded, offsets = fold_with_offsets(text)

    assert folded == fold(text)
    assert len(offsets) == len(folded) + 1
    assert offsets == sorted(offsets)
    assert all(0 <= offset <= len(text) for offset in offsets)
    assert offsets[-1] == len(text)



@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_the_ascii_shortcut_collapses_doubled_letters_as_unicode_s_class_does(
        text: str) -> None:
    folded = text.casefold()
    assert _DOUBLED_ASCII.sub(r"\1", folded) == _DOUBLED.sub(r"\1", folded)


@given(st.text(alphabet="aabcddjjoeetychyy .\n\x00ÉéßøAAÖ…ĳ", max_size=80))
def test_the_numpy_fold_of_long_texts_equals_the_regular_expression(text: str) -> None:
    from app.analysis import spelling_variants

    by_expression = fold(text)
    limit = spelling_variants.VECTOR_FOLD_CHARS
    spelling_variants.VECTOR_FOLD_CHARS = 0
    try:
        assert fold(text) == by_expression
    finally:
        spelling_variants.VECTOR_FOLD_CHARS = limit
