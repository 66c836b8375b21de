"""What every verdict rule weighs and returns: voices and their scores, and the suggestion.

The unit of evidence is a voice: each informant, plus the observation notes and the
documentation notes as one voice each (method triangulation). The performance rule
(:mod:`app.analysis.verdict_rule`) and the presence rules (:mod:`app.analysis.presence_rules`)
both build on this module, so neither needs the other.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.analysis.evidence import Evidence
from app.analysis.verdict_scales import PERFORMANCE


@dataclass(frozen=True)
class VoiceScore:
    voice: str
    positive: int
    negative: int
    mixed: int

    @property
    def score(self) -> float:
        total = self.positive + self.negative + self.mixed
        return (self.positive - self.negative) / total if total else 0.0


@dataclass(frozen=True)
class VerdictSuggestion:
    verdict: str | None
    net_score: float | None
    voices: tuple[VoiceScore, ...]
    rule: str  # which clause applied, in words (English; app.io.verdict_words translates)
    rule_key: str  # "all_positive" / "balanced" / "clearly_negative" / "leans_negative" / ...
    rule_kind: str = PERFORMANCE  # performance / confirmation / implementation
    facts: Mapping[str, Any] = field(default_factory=dict)  # the figures the rule names
    disputed: int = 0  # passages whose coders gave different valences (not counted)


def voice_of(segment: Evidence) -> str:
    if segment.informant:
        return segment.informant
    return segment.source_kind  # "observation" / "documentation"


def voice_scores(segments: Sequence[Evidence]) -> tuple[VoiceScore, ...]:
    counts: dict[str, Counter[str]] = {}
    for segment in segments:
        if segment.valence:
            counts.setdefault(voice_of(segment), Counter())[segment.valence] += 1
    return tuple(
        VoiceScore(voice=voice, positive=c["positive"], negative=c["negative"],
                   mixed=c["mixed"])
        for voice, c in sorted(counts.items())
    )
