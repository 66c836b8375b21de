"""normalise_text changes BOMs, line breaks and normal form, and nothing else."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.io.text_normalise import normalise_text

SCIENTIST = "\U0001f469\U0001f3fd\u200d\U0001f52c"  # 👩🏽‍🔬: four code points


def test_leading_bom_is_removed_but_an_inner_one_is_kept() -> None:
    assert normalise_text("\ufeffHalo\ufeffdunia") == "Halo\ufeffdunia"


def test_several_leading_boms_are_all_removed() -> None:
    assert normalise_text("\ufeff\ufeffHalo") == "Halo"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb\r\n", "a\nb\n"),
        ("a\rb\r", "a\nb\n"),
        ("a\r\r\nb", "a\n\nb"),
        ("a\n\rb", "a\n\nb"),
        ("a\u2028b\u2029c", "a\nb\nc"),
    ],
)
def test_line_breaks_become_line_feeds(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


def test_combining_accent_is_composed() -> None:
    decomposed = "Kafe\u0301 di Bengkulu"
    result = normalise_text(decomposed)
    assert result == "Kaf\u00e9 di Bengkulu"
    assert len(result) == len(decomposed) - 1


def test_emoji_sequence_is_left_as_four_code_points() -> None:
    result = normalise_text(f"Informan: {SCIENTIST} ya")
    assert result == f"Informan: {SCIENTIST} ya"
    assert len(SCIENTIST) == 4


@pytest.mark.parametrize(
    "untouched",
    [
        "tab\there  trailing  \n",
        "non\u00a0breaking and ideographic\u3000space",
        "form\x0cfeed, vertical\x0btab, next\x85line",
        "  leading spaces\n\n\nblank lines\n",
    ],
)
def test_nothing_else_is_changed(untouched: str) -> None:
    assert normalise_text(untouched) == untouched


def test_compatibility_characters_are_not_folded() -> None:
    # NFKC would turn the ligature into "fi"; NFC must not.
    assert normalise_text("\ufb01le") == "\ufb01le"


_TRICKY = st.sampled_from(
    ["\ufeff", "\r", "\n", "\r\n", "\u2028", "\u2029", "e", "\u0301", "\u0327", "c", " "]
    + [SCIENTIST]
)
_TEXT = st.one_of(st.text(), st.lists(_TRICKY).map("".join))


@given(_TEXT)
def test_normalise_text_is_idempotent(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once


@given(_TEXT)
def test_result_has_only_line_feeds_and_is_nfc(text: str) -> None:
    result = normalise_text(text)
    assert not result.startswith("\ufeff")
    assert "\r" not in result and "\u2028" not in result and "\u2029" not in result
    assert unicodedata.is_normalized("NFC", result)


@given(_TEXT)
def test_line_count_is_preserved(text: str) -> None:
    breaks = text.count("\r\n") + text.replace("\r\n", "").count("\r")
    breaks += text.count("\n") - text.count("\r\n") + text.count("\u2028") + text.count("\u2029")
    assert normalise_text(text).count("\n") == breaks
