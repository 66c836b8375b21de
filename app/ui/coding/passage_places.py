"""Where a code point of a transcript is for a reader: the number of its speaker turn, or of
its paragraph (non-blank line) in a source without turns, numbered as the gutter and the
exports number them."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from app.core.sources import TurnView
from app.ui.host.passage_names import Place


def paragraph_starts(text: str) -> list[int]:
    """Where each non-blank line starts (code points)."""
    starts, position = [], 0
    for line in text.split("\n"):
        if line.strip():
            starts.append(position)
        position += len(line) + 1
    return starts


class PassagePlaces:
    """Turn or paragraph numbers of one source's text; paragraphs are found only when first
    asked for, so opening a source with turns costs nothing more."""

    def __init__(self, text: str = "", turns: Sequence[TurnView] = ()) -> None:
        ordered = sorted(turns, key=lambda turn: turn.start)
        self._text = text
        self._turn_starts = [turn.start for turn in ordered]
        self._turn_numbers = [turn.number for turn in ordered]
        self._paragraphs: list[int] | None = None

    def place_of(self, point: int) -> Place:
        if not self._turn_starts:
            if self._paragraphs is None:
                self._paragraphs = paragraph_starts(self._text)
            index = bisect_right(self._paragraphs, point) - 1
            return (index + 1 if index >= 0 else None), True
        index = bisect_right(self._turn_starts, point) - 1
        return (self._turn_numbers[index] if index >= 0 else None), False
