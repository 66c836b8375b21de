"""Code points (storage) against UTF-16 units (Qt), with emoji and combining marks."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

from app.ui.coding.text_offsets import TextOffsets

# An emoji, a skin-tone modifier pair, a flag (two regional indicators), a letter with a
# combining accent that NFC keeps as two code points, and line breaks.
TEXT = "Halo 😀!\nBaik 👍🏽 dan 🇮🇩.\nAx\u0301el café"


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_ascii_text_maps_one_to_one() -> None:
    offsets = TextOffsets("plain text")
    assert [offsets.to_utf16(i) for i in range(11)] == list(range(11))
    assert [offsets.to_code_point(i) for i in range(11)] == list(range(11))
    assert offsets.utf16_length == 10


def test_every_code_point_offset_matches_python_utf16() -> None:
    offsets = TextOffsets(TEXT)
    assert offsets.code_point_length == len(TEXT)
    assert offsets.utf16_length == utf16_length(TEXT)
    for point in range(len(TEXT) + 1):
        unit = offsets.to_utf16(point)
        assert unit == utf16_length(TEXT[:point])
        assert offsets.to_code_point(unit) == point


def test_a_position_inside_a_surrogate_pair_rounds_down() -> None:
    offsets = TextOffsets("a😀b")
    assert offsets.to_code_point(2) == 1  # between the halves of 😀
    assert offsets.span_to_code_points(0, 2) == (0, 2)  # the end takes the whole emoji


def test_combining_marks_count_one_unit_each() -> None:
    offsets = TextOffsets("Ax\u0301el")
    assert offsets.span_to_utf16(1, 3) == (1, 3)


def test_positions_outside_the_text_are_refused() -> None:
    offsets = TextOffsets("a😀")
    with pytest.raises(ValueError):
        offsets.to_utf16(3)
    with pytest.raises(ValueError):
        offsets.to_code_point(4)


def test_qt_document_positions_are_utf16_units_of_the_plain_text(qapp: object) -> None:
    """setPlainText turns each newline into a block separator that still counts as one."""
    document = QTextDocument()
    document.setPlainText(TEXT)
    offsets = TextOffsets(TEXT)
    assert document.characterCount() == offsets.utf16_length + 1  # plus the final separator
    cursor = QTextCursor(document)
    for point, character in enumerate(TEXT):
        start, end = offsets.span_to_utf16(point, point + 1)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        expected = "\u2029" if character == "\n" else character
        assert cursor.selectedText() == expected, point
