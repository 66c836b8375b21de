"""Verdicts for obstacles (is it confirmed?) and efforts (is it carried out?).

An obstacle or effort code marks something the informants say exists; the valence of a
passage says whether it confirms it (``positive``, or no valence: presence), denies it
(``negative``) or both (``mixed``, half each). A passage whose coders disagree on the
valence counts for nothing and is reported (see :mod:`app.analysis.passages`).

Evidence is weighed by **voice** (each informant, the observation notes, the documentation
notes), as in the performance rule. A voice *confirms* when its confirming passages
outweigh its denying ones, *denies* when the reverse holds; a tie is neither.

**Confirmation** (obstacles), on the four steps of the scale, best confirmed first:

1. confirmed by several informant types and techniques — at least two confirming voices,
   from at least two informant types (kunci, utama, pendukung) *and* at least two techniques
   (interview, observation, documentation), and no voice denies it;
2. confirmed in part — at least two confirming voices, more than deny it;
3. a single voice — one voice confirms, none denies;
4. not confirmed — otherwise (no voice confirms, or as many deny as confirm).

**Implementation** (efforts). A confirming passage that speaks of a plan (it contains
*rencana*, *direncanakan*, *merencanakan*, *ke depan*, *tahun depan*, *usulan*,
*diusulkan*, *wacana*, *belum terlaksana* or *belum dilaksanakan*) is a plan, not an
implementation:

1. carried out — at least two voices report it carried out and none denies it;
2. partly — at least one voice reports it carried out (but only one, or some deny it);
3. planned only — no voice reports it carried out, at least one reports a plan;
4. no evidence — otherwise (every voice denies it or is divided).

With no passages at all there is no suggestion. A scale of another length takes the step
at the same relative place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.analysis.evidence import INFORMANT_TYPE_ORDER, TECHNIQUES, Evidence
from app.analysis.verdict_scales import CONFIRMATION, IMPLEMENTATION
from app.analysis.verdict_voices import VerdictSuggestion, voice_of, voice_scores

PLAN_WORDS = re.compile(
    r"\b(rencana\w*|direncanakan|merencanakan|ke\s+depan\w*|tahun\s+depan|usulan|"
    r"diusulkan|wacana|belum\s+terlaksana|belum\s+dilaksanakan)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class VoiceStance:
    voice: str
    informant_type: str | None
    technique: str
    confirming: float
    denying: float
    planned: int

    @property
    def confirms(self) -> bool:
        return self.confirming > self.denying

    @property
    def denies(self) -> bool:
        return self.denying > self.confirming

    @property
    def plans(self) -> bool:
        return not self.confirming and not self.denying and self.planned > 0


def voice_stances(segments: Sequence[Evidence], *, plans: bool = False) -> list[VoiceStance]:
    """Each voice's weight for and against; ``plans`` sets plan passages apart."""
    tallies: dict[str, list[float]] = {}
    kinds: dict[str, tuple[str | None, str]] = {}
    for segment in segments:
        if segment.valence_disputed:
            continue
        voice = voice_of(segment)
        kinds.setdefault(voice, (segment.informant_type, segment.source_kind))
        tally = tallies.setdefault(voice, [0.0, 0.0, 0])
        if segment.valence == "negative":
            tally[1] += 1
        elif segment.valence == "mixed":
            tally[0] += 0.5
            tally[1] += 0.5
        elif plans and PLAN_WORDS.search(segment.text):
            tally[2] += 1
        else:
            tally[0] += 1
    return [VoiceStance(voice, kinds[voice][0], kinds[voice][1], tally[0], tally[1],
                        int(tally[2]))
            for voice, tally in sorted(tallies.items())]


def suggest_confirmation(segments: Sequence[Evidence], scale: Sequence[str]) -> VerdictSuggestion:
    stances = voice_stances(segments)
    confirming = [stance for stance in stances if stance.confirms]
    denying = [stance for stance in stances if stance.denies]
    types = _types(confirming)
    techniques = sorted({stance.technique for stance in confirming}, key=_technique_rank)
    facts = {"voices": len(confirming), "denying": len(denying), "types": types,
             "techniques": techniques}
    if not segments or not scale:
        return _suggestion(None, scale, "no passages yet", "no_evidence", CONFIRMATION,
                           segments, facts)
    if len(confirming) >= 2 and len(types) >= 2 and len(techniques) >= 2 and not denying:
        step, key = 0, "confirmed_widely"
        rule = (f"confirmed by {len(confirming)} voices, {len(types)} informant types and "
                f"{len(techniques)} techniques; none denies it")
    elif len(confirming) >= 2 and len(confirming) > len(denying):
        step, key = 1, "confirmed_in_part"
        rule = (f"confirmed by {len(confirming)} voices ({len(types)} informant type(s), "
                f"{len(techniques)} technique(s)); {len(denying)} deny it")
    elif len(confirming) == 1 and not denying:
        step, key = 2, "single_voice"
        rule = f"only {confirming[0].voice} confirms it"
    else:
        step, key = 3, "not_confirmed"
        rule = f"{len(confirming)} voice(s) confirm it, {len(denying)} deny it"
    return _suggestion(step, scale, rule, key, CONFIRMATION, segments, facts)


def suggest_implementation(segments: Sequence[Evidence], scale: Sequence[str]) -> VerdictSuggestion:
    stances = voice_stances(segments, plans=True)
    done = [stance for stance in stances if stance.confirms]
    denying = [stance for stance in stances if stance.denies]
    planning = [stance for stance in stances if stance.plans]
    facts = {"voices": len(done), "denying": len(denying), "planning": len(planning)}
    if not segments or not scale:
        return _suggestion(None, scale, "no passages yet", "no_evidence", IMPLEMENTATION,
                           segments, facts)
    if len(done) >= 2 and not denying:
        step, key = 0, "carried_out"
        rule = f"{len(done)} voices report it carried out; none denies it"
    elif done:
        step, key = 1, "partly_carried_out"
        rule = f"{len(done)} voice(s) report it carried out, {len(denying)} deny it"
    elif planning:
        step, key = 2, "planned_only"
        rule = f"no voice reports it carried out; {len(planning)} report a plan"
    else:
        step, key = 3, "not_carried_out"
        rule = f"no voice reports it carried out; {len(denying)} deny it"
    return _suggestion(step, scale, rule, key, IMPLEMENTATION, segments, facts)


def _technique_rank(technique: str) -> int:
    return TECHNIQUES.index(technique) if technique in TECHNIQUES else len(TECHNIQUES)


def _types(stances: Sequence[VoiceStance]) -> list[str]:
    found = {stance.informant_type for stance in stances if stance.informant_type}
    return sorted(found, key=lambda t: (
        INFORMANT_TYPE_ORDER.index(t) if t in INFORMANT_TYPE_ORDER else 9, t))


def _suggestion(step: int | None, scale: Sequence[str], rule: str, key: str, kind: str,
                segments: Sequence[Evidence], facts: Mapping[str, object]) -> VerdictSuggestion:
    verdict = None
    if step is not None and scale:
        # A scale of another length: the step at the same relative place.
        index = step if len(scale) == 4 else min(len(scale) - 1, round(step * (len(scale) - 1) / 3))
        verdict = scale[index]
    disputed = sum(1 for segment in segments if segment.valence_disputed)
    return VerdictSuggestion(verdict, None, voice_scores(segments), rule, key, kind, facts,
                             disputed)
