"""The translated words of conclusions: verdict rules, verification checks, tactics."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.conclusion_terms import VerdictSuggestion, VerificationChecks, verdict_rule_text
from app.core.evidence import INFORMANT_TYPE_ORDER

CONTEXT = "ConclusionTexts"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def rule_text(suggestion: VerdictSuggestion | None, language: str = "id") -> str:
    """The rule the suggestion applied, in ``language`` (the words every export uses, from
    ``verdict_rule_text`` of the core)."""
    if suggestion is None:
        return _tr("no suggestion for a research question")
    return verdict_rule_text(suggestion, language)


def warning_text(key: str, informant_count: int | None = None) -> str:
    if key == "single_informant" and informant_count == 0:
        return _tr("No informant is linked to this evidence: link each interview to its "
                   "informant (File ▸ Sources and informants).")
    return {
        "single_informant": _tr("Evidence from one informant only: look for other voices."),
        "no_other_technique": _tr("No observation or documentation evidence: the conclusion "
                                  "rests on interviews alone."),
        "technique_disagrees": _tr("Observation or documentation points the other way."),
        "unaddressed_contradictions": _tr("Contradicting segments are not yet linked to the "
                                          "conclusion: address them."),
        "unreviewed_segments": _tr("Some segments have not been reviewed yet."),
    }.get(key, key)


def agreement_text(agrees: bool | None) -> str:
    if agrees is None:
        return _tr("no evidence")
    return _tr("agrees") if agrees else _tr("points the other way")


def informant_type_text(informant_type: str) -> str:
    return {"kunci": _tr("key"), "utama": _tr("main"),
            "pendukung": _tr("supporting")}.get(informant_type, informant_type)


def checks_lines(checks: VerificationChecks) -> list[str]:
    ordered = sorted(checks.informant_types, key=lambda t: (
        INFORMANT_TYPE_ORDER.index(t) if t in INFORMANT_TYPE_ORDER else 9, t))
    types = ", ".join(informant_type_text(t) for t in ordered) or "—"
    informants = (_tr("Evidence from {count} informants ({types})").format(
        count=checks.informant_count, types=types) if checks.informant_count
        else _tr("Evidence from no informant: no informant linked"))
    return [
        informants,
        _tr("Observation: {state}").format(state=agreement_text(checks.observation_agrees)),
        _tr("Documentation: {state}").format(
            state=agreement_text(checks.documentation_agrees)),
        _tr("Contradicting segments not linked: {count}").format(
            count=len(checks.unaddressed_contradictions)),
        _tr("Segments not yet reviewed: {count}").format(count=checks.unreviewed_segments),
    ]


def tactic_text(tactic: str) -> str:
    return {
        "triangulated": _tr("Triangulated across sources and techniques"),
        "negative_evidence": _tr("Negative evidence sought"),
        "representativeness": _tr("Representativeness checked"),
        "member_check": _tr("Member check done"),
    }.get(tactic, tactic)


def status_text(status: str) -> str:
    return {"draft": _tr("draft"), "tentative": _tr("tentative"),
            "verified": _tr("verified")}.get(status, status)


def role_text(role: str | None) -> str:
    return {"supporting": _tr("supporting"), "contradicting": _tr("contradicting")}.get(
        role or "", "")


def valence_text(valence: str | None) -> str:
    return {"positive": _tr("positive"), "negative": _tr("negative"),
            "mixed": _tr("mixed")}.get(valence or "", "")
