"""Sync points: where a transcript's text meets its recording's time.

A sync point says that the text at ``offset`` (code points of the normalised source text,
as every segment position) is spoken at ``time_ms`` milliseconds into the recording. A
transcript's points are ordered by offset, and their times never go backwards. Between two
points the time is interpolated linearly, so a coded passage has a time range even when
only its turn's start carries a timestamp.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class SyncPoint:
    offset: int
    time_ms: int


def time_at(points: Sequence[SyncPoint], offset: int, *, text_length: int | None = None,
            duration_ms: int | None = None) -> int | None:
    """The time at which the text at ``offset`` is spoken, or ``None`` without points.

    Before the first point the time is that point's (a header is not spoken); after the
    last one it is interpolated towards the end of the recording when ``text_length`` and
    ``duration_ms`` are known, else the last point's time.
    """
    if not points:
        return None
    index = bisect_right([point.offset for point in points], offset)
    if index == 0:
        return points[0].time_ms
    before = points[index - 1]
    if index < len(points):
        after = points[index]
    elif text_length is not None and duration_ms is not None and text_length > before.offset:
        after = SyncPoint(text_length, max(duration_ms, before.time_ms))
    else:
        return before.time_ms
    if after.offset == before.offset:
        return before.time_ms
    share = (offset - before.offset) / (after.offset - before.offset)
    return before.time_ms + round(share * (after.time_ms - before.time_ms))


def offset_at(points: Sequence[SyncPoint], time_ms: int) -> int | None:
    """The offset of the last point whose time is at or before ``time_ms`` (the place the
    recording has reached), or ``None`` before the first point or without points."""
    index = bisect_right([point.time_ms for point in points], time_ms)
    return points[index - 1].offset if index else None


def clock(time_ms: int) -> str:
    """``time_ms`` as ``hh:mm:ss`` (the form citations and transcripts use)."""
    seconds = max(0, time_ms) // 1000
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def clock_precise(time_ms: int) -> str:
    """``time_ms`` as ``hh:mm:ss.mmm``."""
    return f"{clock(time_ms)}.{max(0, time_ms) % 1000:03d}"
