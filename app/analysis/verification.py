"""Verification checks shown beside a conclusion (Miles & Huberman's tactics, computed)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from app.analysis.evidence import Evidence
from app.analysis.verdict_voices import voice_scores

POSITIVE_LEANING = 0.0


@dataclass(frozen=True)
class VerificationChecks:
    informant_count: int
    informant_types: tuple[str, ...]
    single_informant: bool
    observation_agrees: bool | None  # None: no observation evidence
    documentation_agrees: bool | None
    unaddressed_contradictions: tuple[int, ...]  # contradicting segments not linked
    unreviewed_segments: int
    warnings: tuple[str, ...]  # keys: "single_informant", "no_other_technique", ...


def verify(
    segments: Sequence[Evidence],
    *,
    verdict_leans_positive: bool | None,
    linked_segment_ids: Collection[int],
) -> VerificationChecks:
    """``segments`` are the evidence for one conclusion; ``verdict_leans_positive`` is the
    direction of the analyst's verdict (None when there is no verdict yet)."""
    informants = sorted({s.informant for s in segments if s.informant})
    types = tuple(sorted({s.informant_type for s in segments if s.informant_type}))
    scores = {score.voice: score.score for score in voice_scores(segments)}
    observation = _agrees(scores.get("observation"), verdict_leans_positive)
    documentation = _agrees(scores.get("documentation"), verdict_leans_positive)
    contradicting = tuple(sorted(
        s.id for s in segments
        if verdict_leans_positive is not None and s.valence in ("positive", "negative")
        and (s.valence == "positive") != verdict_leans_positive
        and not set(s.segment_ids or (s.id,)) & set(linked_segment_ids)
    ))
    unreviewed = sum(1 for s in segments if s.review_status in ("pending", "revised"))
    warnings = []
    if len(informants) <= 1:
        warnings.append("single_informant")
    if observation is None and documentation is None:
        warnings.append("no_other_technique")
    if observation is False or documentation is False:
        warnings.append("technique_disagrees")
    if contradicting:
        warnings.append("unaddressed_contradictions")
    if unreviewed:
        warnings.append("unreviewed_segments")
    return VerificationChecks(
        informant_count=len(informants),
        informant_types=types,
        single_informant=len(informants) <= 1,
        observation_agrees=observation,
        documentation_agrees=documentation,
        unaddressed_contradictions=contradicting,
        unreviewed_segments=unreviewed,
        warnings=tuple(warnings),
    )


def _agrees(score: float | None, leans_positive: bool | None) -> bool | None:
    if score is None or leans_positive is None:
        return None
    return (score > POSITIVE_LEANING) == leans_positive or score == 0.0
