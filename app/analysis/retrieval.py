"""Retrieve coded segments: filters, and "A with B" / "A but not B" overlap queries."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from app.analysis.evidence import Evidence


@dataclass(frozen=True)
class SegmentFilter:
    """Every field left as None matches everything; ``text`` matches case-insensitively."""

    code_ids: Collection[int] | None = None
    informants: Collection[str] | None = None
    informant_types: Collection[str] | None = None
    source_kinds: Collection[str] | None = None
    coders: Collection[str] | None = None
    review_statuses: Collection[str] | None = None
    text: str | None = None

    def matches(self, segment: Evidence) -> bool:
        return (
            _allowed(self.code_ids, segment.code_id)
            and _allowed(self.informants, segment.informant)
            and _allowed(self.informant_types, segment.informant_type)
            and _allowed(self.source_kinds, segment.source_kind)
            and _allowed(self.coders, segment.coder)
            and _allowed(self.review_statuses, segment.review_status)
            and (not self.text or self.text.casefold() in
                 (segment.text + "\n" + segment.paraphrase).casefold())
        )


def _allowed(allowed: Collection[object] | None, value: object) -> bool:
    return allowed is None or value in allowed


def filter_segments(segments: Iterable[Evidence], where: SegmentFilter) -> list[Evidence]:
    return [segment for segment in segments if where.matches(segment)]


def overlapping(first: Evidence, second: Evidence) -> bool:
    return (first.source_id == second.source_id
            and first.start < second.end and second.start < first.end)


def coded_with(
    segments: Sequence[Evidence], code_a: int, code_b: int, *, coder: str | None = None
) -> list[Evidence]:
    """Segments of ``code_a`` that overlap a segment of ``code_b`` (same coder if given)."""
    partners = _by_source(segments, code_b, coder)
    return [
        segment for segment in segments
        if segment.code_id == code_a and (coder is None or segment.coder == coder)
        and any(overlapping(segment, other) for other in partners.get(segment.source_id, ()))
    ]


def coded_without(
    segments: Sequence[Evidence], code_a: int, code_b: int, *, coder: str | None = None
) -> list[Evidence]:
    """Segments of ``code_a`` that overlap no segment of ``code_b``."""
    with_b = {segment.id for segment in coded_with(segments, code_a, code_b, coder=coder)}
    return [
        segment for segment in segments
        if segment.code_id == code_a and (coder is None or segment.coder == coder)
        and segment.id not in with_b
    ]


def _by_source(
    segments: Sequence[Evidence], code_id: int, coder: str | None
) -> dict[int, list[Evidence]]:
    grouped: dict[int, list[Evidence]] = {}
    for segment in segments:
        if segment.code_id == code_id and (coder is None or segment.coder == coder):
            grouped.setdefault(segment.source_id, []).append(segment)
    return grouped
