"""Which marks the transcript hands to Qt: only those near the visible text (issue 19).

``QPlainTextEdit.setExtraSelections`` copies every selection it is given and compares it
with the last set, and each paint walks them all for every visible block: with 2,000
coded segments in a transcript, handing them all over took ~6 ms of every applied code.
A :class:`MarkLayer` keeps every mark as a code-point span in start order and makes its
``ExtraSelection`` only when the mark first comes near the visible text; the view hands Qt
the marks overlapping a window around what is visible and moves the window when scrolling
(or a jump) leaves it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Hashable, Iterator
from typing import Generic, TypeVar

from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from app.ui.coding.text_offsets import TextOffsets

K = TypeVar("K", bound=Hashable)

# Code points handed over beyond each edge of the visible text (at least one screen more),
# so that scrolling moves the window only every few pages; a source up to WHOLE_TEXT code
# points long (the demo's interviews are ~12,000) is handed over whole, once.
WINDOW_PAD = 4_000
WHOLE_TEXT = 20_000


def window_around(first: int, last: int, length: int) -> tuple[int, int]:
    """The code points whose marks Qt is given while ``[first, last]`` of a text of
    ``length`` code points is visible."""
    if length <= WHOLE_TEXT:
        return 0, length
    pad = max(WINDOW_PAD, last - first)
    return first - pad, last + pad


def visible_span(view: QPlainTextEdit, offsets: TextOffsets) -> tuple[int, int]:
    """The code points from the view's first visible block to its viewport's bottom."""
    first = view.firstVisibleBlock().position()
    last = view.cursorForPosition(view.viewport().rect().bottomRight()).position()
    length = offsets.utf16_length
    return offsets.span_to_code_points(min(first, length), min(max(first, last), length))


class MarkLayer(Generic[K]):
    """Marks by key with their ``[start, end)`` spans, in the order they were added.

    ``make(key)`` builds a mark's selection when it is first handed over; the selection is
    kept until the mark changes or the layer is cleared (the document is replaced).
    """

    def __init__(self, make: Callable[[K], QTextEdit.ExtraSelection]) -> None:
        self._make = make
        self._spans: dict[K, tuple[int, int, int]] = {}  # key -> (start, end, order)
        self._by_start: list[tuple[int, int, K]] = []  # (start, order, key), sorted
        self._made: dict[K, QTextEdit.ExtraSelection] = {}
        self._next = 0
        self._longest = 0  # never shrinks before clear(): a bound for the overlap search

    def __len__(self) -> int:
        return len(self._spans)

    def __contains__(self, key: object) -> bool:
        return key in self._spans

    def __iter__(self) -> Iterator[K]:
        return iter(self._spans)

    def clear(self) -> None:
        self._spans.clear()
        self._by_start.clear()
        self._made.clear()
        self._longest = 0

    def put(self, key: K, start: int, end: int) -> None:
        """Add a mark, or move one already here (it keeps its place in the order)."""
        old = self._spans.get(key)
        if old is None:
            order = self._next
            self._next += 1
        else:
            order = old[2]
            self._drop_sorted(key, old)
        self._spans[key] = (start, end, order)
        self._made.pop(key, None)
        insort(self._by_start, (start, order, key), key=lambda entry: entry[:2])
        self._longest = max(self._longest, end - start)

    def remove(self, key: K) -> None:
        old = self._spans.pop(key, None)
        if old is not None:
            self._drop_sorted(key, old)
            self._made.pop(key, None)

    def _drop_sorted(self, key: K, old: tuple[int, int, int]) -> None:
        place = bisect_left(self._by_start, (old[0], old[2]), key=lambda entry: entry[:2])
        assert self._by_start[place][2] == key
        del self._by_start[place]

    def keys_within(self, low: int, high: int) -> list[K]:
        """Keys of the marks overlapping ``[low, high]`` (touching counts), in the order
        they were added (a later mark is drawn over an earlier one)."""
        first = bisect_left(self._by_start, low - self._longest, key=lambda entry: entry[0])
        last = bisect_right(self._by_start, high, key=lambda entry: entry[0])
        found = [(order, key) for start, order, key in self._by_start[first:last]
                 if self._spans[key][1] >= low]
        found.sort(key=lambda entry: entry[0])
        return [key for _order, key in found]

    def selections(self, low: int, high: int) -> list[QTextEdit.ExtraSelection]:
        """The selections of the marks overlapping ``[low, high]``, made when first asked."""
        made = self._made
        selections = []
        for key in self.keys_within(low, high):
            selection = made.get(key)
            if selection is None:
                selection = made[key] = self._make(key)
            selections.append(selection)
        return selections
