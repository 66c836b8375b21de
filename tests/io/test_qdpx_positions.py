"""Position schemes: offsets counted by other programs map onto Telaah's normalised text."""

from __future__ import annotations

import itertools
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from app.io.qdpx_positions import (
    ALL_SCHEMES,
    CODE_POINTS,
    NVIVO_WINDOWS,
    STANDARD,
    UTF16_UNITS,
    PositionScheme,
    SourceTextMap,
)
from app.io.text_normalise import normalise_text

# Pieces of text that count differently in each scheme.
PIECES = st.sampled_from(
    ["a", "b", "kata ", "\n", "\r\n", "\r", "😀", "e\u0301", "é", "\u2028", "ü", " ", "\t"]
)
TEXTS = st.lists(PIECES, max_size=40).map("".join)


def _width(raw_piece: str, scheme: PositionScheme) -> int:
    """Independent count of one piece, written out the long way."""
    if raw_piece in ("\r\n", "\r", "\n", "\u2028") and scheme.line_break_width is not None:
        return scheme.line_break_width
    if scheme.unit == UTF16_UNITS:
        return sum(2 if ord(char) > 0xFFFF else 1 for char in raw_piece)
    return len(raw_piece)


@given(TEXTS)
def test_the_normalised_text_is_what_every_importer_produces(raw: str) -> None:
    assert SourceTextMap("\ufeff" + raw).text == normalise_text(raw)


def _separate_pieces(pieces: list[str]) -> bool:
    """False when a lone CR is followed by LF: joined, they would be one CR LF."""
    return not any(
        first == "\r" and second.startswith("\n") for first, second in itertools.pairwise(pieces)
    )


@given(st.lists(PIECES, max_size=40).filter(_separate_pieces))
@settings(max_examples=300)
def test_piece_boundaries_map_exactly_in_every_scheme(pieces: list[str]) -> None:
    raw = "".join(pieces)
    text_map = SourceTextMap(raw)
    for scheme in ALL_SCHEMES:
        position = normalised = 0
        for piece in pieces:
            assert text_map.to_normalised(position, scheme, end=False) == normalised
            assert text_map.to_normalised(position, scheme, end=True) == normalised
            position += _width(piece, scheme)
            normalised += len(normalise_text(piece)) if piece not in ("\r", "\u2028") else 1
        # The loop above cannot split "e" + combining accent correctly when NFC joins
        # pieces, so only check totals where NFC did not merge anything.
        if unicodedata.normalize("NFC", raw) == "".join(
            unicodedata.normalize("NFC", piece) for piece in pieces
        ):
            assert text_map.length(scheme) == position


@given(TEXTS, st.data())
def test_from_normalised_inverts_to_normalised(raw: str, data: st.DataObject) -> None:
    text_map = SourceTextMap(raw)
    scheme = data.draw(st.sampled_from(ALL_SCHEMES))
    for offset in range(len(text_map.text) + 1):
        position = text_map.from_normalised(offset, scheme, end=False)
        assert text_map.to_normalised(position, scheme, end=False) == offset


@given(TEXTS, st.data())
def test_positions_inside_a_piece_round_outwards(raw: str, data: st.DataObject) -> None:
    text_map = SourceTextMap(raw)
    scheme = data.draw(st.sampled_from(ALL_SCHEMES))
    total = text_map.length(scheme)
    position = data.draw(st.integers(0, total))
    start = text_map.to_normalised(position, scheme, end=False)
    end = text_map.to_normalised(position, scheme, end=True)
    assert 0 <= start <= end <= len(text_map.text)


def test_nvivo_windows_counts_utf16_units_and_crlf_as_two() -> None:
    raw = "Saya 😀 senang.\r\nKedua baris."
    text_map = SourceTextMap(raw)
    # "Kedua" starts after "Saya " (5) + the emoji (2 UTF-16 units) + " senang." (8)
    # + CR LF (2) = 17 UTF-16 units ...
    assert text_map.to_normalised(17, NVIVO_WINDOWS, end=False) == text_map.text.index("Kedua")
    # ... 16 code points of the file, and 15 code points of Telaah's text ("\n" is one).
    assert text_map.text.index("Kedua") == 15
    assert text_map.to_normalised(16, STANDARD, end=False) == 15


def test_a_file_with_lf_counted_as_crlf() -> None:
    text_map = SourceTextMap("one\ntwo\nthree")
    scheme = PositionScheme(CODE_POINTS, 2)

    assert text_map.length(scheme) == 15
    assert text_map.to_normalised(10, scheme, end=False) == text_map.text.index("three")


def test_a_position_between_cr_and_lf_keeps_the_line_break_in_a_selection() -> None:
    text_map = SourceTextMap("ab\r\ncd")

    assert text_map.to_normalised(3, STANDARD, end=False) == 2
    assert text_map.to_normalised(3, STANDARD, end=True) == 3


def test_positions_beyond_the_text_stay_beyond_it() -> None:
    text_map = SourceTextMap("ab\r\ncd")

    assert text_map.to_normalised(10, STANDARD, end=True) == 9
