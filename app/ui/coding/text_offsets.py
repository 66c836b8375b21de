"""Convert text positions between storage (code points) and Qt (UTF-16 code units).

Segments are stored as ``[start, end)`` in Unicode code points; ``QTextCursor`` counts
UTF-16 code units, where every astral character (emoji, U+10000 and above) takes two.
``QPlainTextEdit.setPlainText`` turns each ``\\n`` into a block separator that still
counts as one position, so a document position equals the UTF-16 offset in the plain text.

Only astral characters make the two counts differ, so one sorted list of where they are
answers both directions with a bisection: O(log k) per conversion for k astral characters,
built once per text in C speed (a regular expression scan).
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class TextOffsets:
    """Position conversions for one text."""

    def __init__(self, text: str) -> None:
        self._length = len(text)
        if text.isascii():
            astral: list[int] = []
        else:
            astral = [match.start() for match in _ASTRAL.finditer(text)]
        # Code-point index of each astral character, and where it starts in UTF-16 units.
        self._astral_points = astral
        self._astral_units = [point + number for number, point in enumerate(astral)]

    @property
    def code_point_length(self) -> int:
        return self._length

    @property
    def utf16_length(self) -> int:
        return self._length + len(self._astral_points)

    def to_utf16(self, code_point: int) -> int:
        """The UTF-16 position of a code-point offset (0 ≤ offset ≤ length)."""
        self._check(code_point, self._length)
        return code_point + bisect_left(self._astral_points, code_point)

    def to_code_point(self, utf16: int) -> int:
        """The code-point offset of a UTF-16 position.

        A position between the two halves of a surrogate pair rounds down to the start of
        that character, so a span never cuts an emoji in half.
        """
        self._check(utf16, self.utf16_length)
        return utf16 - bisect_left(self._astral_units, utf16)

    def span_to_utf16(self, start: int, end: int) -> tuple[int, int]:
        return self.to_utf16(start), self.to_utf16(end)

    def span_to_code_points(self, start: int, end: int) -> tuple[int, int]:
        """A UTF-16 span in code points; an end inside a surrogate pair takes in its whole
        character."""
        first = self.to_code_point(start)
        last = self.to_code_point(end)
        if self.to_utf16(last) < end:
            last += 1
        return first, last

    @staticmethod
    def _check(position: int, length: int) -> None:
        if not 0 <= position <= length:
            raise ValueError(f"position {position} is outside 0..{length}")
