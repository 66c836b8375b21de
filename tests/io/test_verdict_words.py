"""The rule behind every suggestion, stated in Indonesian and English."""

from __future__ import annotations

import pytest

from app.analysis.verdict_voices import VerdictSuggestion
from app.io.verdict_words import WORDS, rule_text

RULE_KEYS = {
    "performance": ("all_positive", "balanced", "clearly_negative", "leans_negative", "even",
                    "no_evidence"),
    "confirmation": ("confirmed_widely", "confirmed_in_part", "single_voice",
                     "not_confirmed", "no_evidence"),
    "implementation": ("carried_out", "partly_carried_out", "planned_only",
                       "not_carried_out", "no_evidence"),
}
FACTS = {"voices": 3, "denying": 1, "planning": 2, "types": ["kunci", "pendukung"],
         "techniques": ["interview", "documentation"]}


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_rule_of_every_kind_is_worded(language: str) -> None:
    for kind, keys in RULE_KEYS.items():
        for key in keys:
            suggestion = VerdictSuggestion("x", -0.5, (), "english clause", key, kind, FACTS)
            text = rule_text(suggestion, language)
            assert text.startswith(WORDS[language][f"kind.{kind}"] + ": ")
            assert "english clause" not in text and "{" not in text


def test_the_figures_and_disagreements_are_named_in_each_language() -> None:
    suggestion = VerdictSuggestion("terkonfirmasi kuat", None, (), "", "confirmed_widely",
                                   "confirmation", FACTS, disputed=1)
    assert rule_text(suggestion, "id") == (
        "aturan konfirmasi: dikonfirmasi 3 sumber dari 2 jenis informan (kunci, pendukung) "
        "dan 2 teknik (wawancara, dokumentasi); tidak ada yang membantah; pengode tidak "
        "sepakat tentang valensi 1 bagian (tidak dihitung)")
    assert rule_text(suggestion, "en").endswith(
        "(key, supporting) and 2 techniques (interview, documentation); none denies it; "
        "coders disagree on the valence of 1 passage (not counted)")
    performance = VerdictSuggestion("cukup baik", 0.25, (), "", "balanced")
    assert "+0,25" in rule_text(performance, "id") and "+0.25" in rule_text(performance, "en")
