"""How a recorded interview travels in REFI-QDA: an ``<AudioSource>``/``<VideoSource>``
whose ``<Transcript>`` holds the text, ``<SyncPoint>``s and ``<TranscriptSelection>``s.

A transcript selection names its ends by sync points, so the writer adds a point at each
selection end that has none, with the time interpolated between the real ones. The reader
tells the two apart again: a point only selections use, whose time is what interpolating
the other points gives, was added for a selection and is not kept.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from app.io.sync_points import SyncPoint, time_at

_NAMESPACE = uuid.UUID("6b1f4a52-4f0e-4c51-9f2a-5a1e7e0c7d21")
MEDIA_SOURCE_KINDS = {"AudioSource": "audio", "VideoSource": "video"}


def transcript_guid(source_guid: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"transcript:{source_guid}"))


def sync_point_guid(source_guid: str, offset: int) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"sync:{source_guid}:{offset}"))


def transcript_points(source_guid: str, real: Sequence[tuple[int, int]],
                      selection_ends: Iterable[int]) -> list[tuple[str, int, int]]:
    """``(guid, position, time_ms)`` for every real sync point and every selection end."""
    times = dict(real)
    points = [SyncPoint(offset, time_ms) for offset, time_ms in sorted(times.items())]
    for offset in selection_ends:
        if offset not in times:
            times[offset] = time_at(points, offset) or 0
    return [(sync_point_guid(source_guid, offset), offset, time_ms)
            for offset, time_ms in sorted(times.items())]


def real_points(points: Sequence[tuple[str, int, int]],
                referenced: set[str]) -> tuple[tuple[int, int], ...]:
    """The sync points to keep: all that no selection uses, and those a selection uses
    whose time is not just the interpolation of the others (``(position, time_ms)``)."""
    free = sorted(SyncPoint(position, time_ms) for guid, position, time_ms in points
                  if guid not in referenced)
    kept = {point.offset: point.time_ms for point in free}
    for guid, position, time_ms in points:
        if (guid in referenced and position not in kept and free
                and abs((time_at(free, position) or 0) - time_ms) > 1):
            kept[position] = time_ms
    return tuple(sorted(kept.items()))
