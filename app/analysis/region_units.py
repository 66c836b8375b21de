"""Regions of a photo as units of intercoder agreement.

A region's text is its own description line (:mod:`app.core.regions`), so two coders'
regions never share characters. For agreement, regions are compared by where they lie on
the photo instead: regions whose rectangles overlap by at least half (intersection over
union ≥ 0.5) form one unit, and each unit gets a stretch of its own on a virtual line, so
that the segment, character and presence units then compare them like text.
"""

from __future__ import annotations

from collections.abc import Sequence

REGION_NOTE = ("Photos: two coders' regions are the same unit when their rectangles "
               "overlap by at least half (intersection over union ≥ 0.5).")
TRANSLATED = (REGION_NOTE,)
MIN_OVERLAP = 0.5
# Every unit takes this many virtual characters, so each weighs the same.
UNIT_LENGTH = 10

Rectangle = tuple[float, float, float, float]  # x, y, w, h, normalised


def overlap(first: Rectangle, second: Rectangle) -> float:
    """Intersection over union of two rectangles (0 when they do not touch)."""
    x1, y1, w1, h1 = first
    x2, y2, w2, h2 = second
    width = min(x1 + w1, x2 + w2) - max(x1, x2)
    height = min(y1 + h1, y2 + h2) - max(y1, y2)
    if width <= 0 or height <= 0:
        return 0.0
    shared = width * height
    return shared / (w1 * h1 + w2 * h2 - shared)


def region_units(rectangles: Sequence[Rectangle]) -> list[int]:
    """For each rectangle, the number of its unit: the first earlier unit whose first
    rectangle it overlaps by at least half, else a new unit."""
    firsts: list[Rectangle] = []
    units: list[int] = []
    for rectangle in rectangles:
        for number, first in enumerate(firsts):
            if overlap(rectangle, first) >= MIN_OVERLAP:
                units.append(number)
                break
        else:
            units.append(len(firsts))
            firsts.append(rectangle)
    return units
