"""The fixed words of conclusions as front ends see them: statuses, verification tactics,
the verdict suggestion and verification checks a conclusion view carries, and the words
of the rule a suggestion applied (the same in the GUI as in every export)."""

from __future__ import annotations

from app.analysis.verdict_rule import VerdictSuggestion
from app.analysis.verification import VerificationChecks
from app.io.verdict_words import rule_text
from app.models.conclusion import CONCLUSION_STATUSES, TACTICS

__all__ = ["CONCLUSION_STATUSES", "TACTICS", "VerdictSuggestion", "VerificationChecks",
           "verdict_rule_text"]


def verdict_rule_text(suggestion: VerdictSuggestion, language: str = "id") -> str:
    """The rule a verdict suggestion applied, in ``language`` ("id" or "en")."""
    return rule_text(suggestion, language)
