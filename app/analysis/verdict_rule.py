"""Suggest a verdict for an indicator from the valence of its evidence, and say why.

This is the *performance* rule, for indicator codes (and codes of no group). Obstacles and
efforts are judged by other rules on scales of their own (:mod:`app.analysis.verdict_scales`,
:mod:`app.analysis.presence_rules`); :func:`suggest_verdict` picks the rule. Evidence is
counted in passages (:mod:`app.analysis.passages`); a passage whose coders gave different
valences has no valence here and is reported as disputed.

The unit of evidence is a voice: each informant, plus the observation notes and the
documentation notes as one voice each (method triangulation). Counting voices rather than
segments keeps one talkative informant from deciding the verdict.

For each voice with valenced segments: score = (positive − negative) / (positive +
negative + mixed), from −1 to 1. The net score is the mean over voices. On a four-step
scale (best first) the suggestion is:

* step 1 ("baik") — every valenced segment is positive, from at least two voices;
* step 2 ("cukup baik") — net ≥ −0.15: favourable evidence at least balances the rest;
* step 4 ("kurang") — net ≤ −0.85 and no voice leans positive;
* step 3 ("belum maksimal") — otherwise.

Scales of other lengths map the net score onto their steps evenly. With no valenced
evidence there is no suggestion.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.analysis.evidence import Evidence
from app.analysis.presence_rules import suggest_confirmation, suggest_implementation
from app.analysis.verdict_scales import CONFIRMATION, IMPLEMENTATION, PERFORMANCE
from app.analysis.verdict_voices import VerdictSuggestion as VerdictSuggestion
from app.analysis.verdict_voices import voice_scores

BALANCED = -0.15
CLEARLY_NEGATIVE = -0.85


def suggest_verdict(segments: Sequence[Evidence], scale: Sequence[str],
                    rule: str = PERFORMANCE) -> VerdictSuggestion:
    """The suggestion of ``rule`` (performance, confirmation or implementation)."""
    if rule == CONFIRMATION:
        return suggest_confirmation(segments, scale)
    if rule == IMPLEMENTATION:
        return suggest_implementation(segments, scale)
    suggestion = _performance(segments, scale)
    disputed = sum(1 for segment in segments if segment.valence_disputed)
    facts = {"voices": len(suggestion.voices), "net": suggestion.net_score, **suggestion.facts}
    return VerdictSuggestion(suggestion.verdict, suggestion.net_score, suggestion.voices,
                             suggestion.rule, suggestion.rule_key, PERFORMANCE, facts,
                             disputed)


def _performance(segments: Sequence[Evidence], scale: Sequence[str]) -> VerdictSuggestion:
    voices = voice_scores(segments)
    if not voices or not scale:
        return VerdictSuggestion(None, None, voices, "no valenced evidence yet", "no_evidence")
    net = sum(voice.score for voice in voices) / len(voices)
    if len(scale) != 4:
        step = min(len(scale) - 1, int((1 - net) / 2 * len(scale)))
        return VerdictSuggestion(scale[step], net, voices,
                                 f"net score {net:+.2f} mapped evenly onto the scale", "even")
    all_positive = all(v.negative == 0 and v.mixed == 0 for v in voices)
    if all_positive and len(voices) >= 2:
        return VerdictSuggestion(scale[0], net, voices,
                                 f"all evidence positive, from {len(voices)} voices",
                                 "all_positive")
    if net >= BALANCED:
        return VerdictSuggestion(
            scale[1], net, voices,
            f"net score {net:+.2f} ≥ {BALANCED:+.2f}: favourable evidence balances the rest",
            "balanced")
    if net <= CLEARLY_NEGATIVE and not any(v.score > 0 for v in voices):
        return VerdictSuggestion(
            scale[3], net, voices,
            f"net score {net:+.2f} ≤ {CLEARLY_NEGATIVE:+.2f} and no voice leans positive",
            "clearly_negative")
    return VerdictSuggestion(scale[2], net, voices,
                             f"net score {net:+.2f}: the evidence leans negative",
                             "leans_negative")
