"""The rule behind a suggested verdict, in Indonesian and English.

One table for every place a suggestion is shown — ``telaah conclusions``, the conclusion
drawing window and the draft results chapter — so the rule reads the same everywhere.
The rules are described in :mod:`app.analysis.verdict_rule` (performance) and
:mod:`app.analysis.presence_rules` (confirmation, implementation).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.analysis.verdict_voices import VerdictSuggestion
from app.io.export_labels import decimal_text

_INFORMANT_TYPES = {
    "id": {"kunci": "kunci", "utama": "utama", "pendukung": "pendukung"},
    "en": {"kunci": "key", "utama": "main", "pendukung": "supporting"},
}
_TECHNIQUES = {
    "id": {"interview": "wawancara", "observation": "observasi",
           "documentation": "dokumentasi"},
    "en": {"interview": "interview", "observation": "observation",
           "documentation": "documentation"},
}

WORDS: Mapping[str, Mapping[str, str]] = {
    "id": {
        "kind.performance": "aturan kinerja",
        "kind.confirmation": "aturan konfirmasi",
        "kind.implementation": "aturan pelaksanaan",
        "performance.all_positive": "semua bukti positif, dari {voices} sumber",
        "performance.balanced": (
            "skor bersih {net} ≥ −0,15: bukti yang mendukung mengimbangi yang lain"),
        "performance.clearly_negative": (
            "skor bersih {net} ≤ −0,85 dan tidak ada sumber yang condong positif"),
        "performance.leans_negative": "skor bersih {net}: bukti condong negatif",
        "performance.even": "skor bersih {net} dipetakan merata pada skala",
        "performance.no_evidence": "belum ada bukti bervalensi",
        "confirmation.confirmed_widely": (
            "dikonfirmasi {voices} sumber dari {type_count} jenis informan ({types}) dan "
            "{technique_count} teknik ({techniques}); tidak ada yang membantah"),
        "confirmation.confirmed_in_part": (
            "dikonfirmasi {voices} sumber ({types}; {techniques}); sumber yang membantah: "
            "{denying}"),
        "confirmation.single_voice": "hanya satu sumber yang mengonfirmasi",
        "confirmation.not_confirmed": (
            "sumber yang mengonfirmasi: {voices}; yang membantah: {denying}"),
        "confirmation.no_evidence": "belum ada bagian terkode",
        "implementation.carried_out": (
            "{voices} sumber menyatakan sudah terlaksana; tidak ada yang membantah"),
        "implementation.partly_carried_out": (
            "sumber yang menyatakan sudah terlaksana: {voices}; yang membantah: {denying}"),
        "implementation.planned_only": (
            "tidak ada sumber yang menyatakan sudah terlaksana; sumber yang menyebut "
            "rencana: {planning}"),
        "implementation.not_carried_out": (
            "tidak ada sumber yang menyatakan sudah terlaksana; sumber yang membantah: "
            "{denying}"),
        "implementation.no_evidence": "belum ada bagian terkode",
        "disputed.one": "pengode tidak sepakat tentang valensi 1 bagian (tidak dihitung)",
        "disputed.many": "pengode tidak sepakat tentang valensi {count} bagian (tidak dihitung)",
        "none": "—",
    },
    "en": {
        "kind.performance": "performance rule",
        "kind.confirmation": "confirmation rule",
        "kind.implementation": "implementation rule",
        "performance.all_positive": "all evidence positive, from {voices} voices",
        "performance.balanced": (
            "net score {net} ≥ −0.15: favourable evidence balances the rest"),
        "performance.clearly_negative": (
            "net score {net} ≤ −0.85 and no voice leans positive"),
        "performance.leans_negative": "net score {net}: the evidence leans negative",
        "performance.even": "net score {net} mapped evenly onto the scale",
        "performance.no_evidence": "no valenced evidence yet",
        "confirmation.confirmed_widely": (
            "confirmed by {voices} voices from {type_count} informant types ({types}) and "
            "{technique_count} techniques ({techniques}); none denies it"),
        "confirmation.confirmed_in_part": (
            "confirmed by {voices} voices ({types}; {techniques}); voices denying it: "
            "{denying}"),
        "confirmation.single_voice": "only one voice confirms it",
        "confirmation.not_confirmed": "voices confirming it: {voices}; denying it: {denying}",
        "confirmation.no_evidence": "no coded passages yet",
        "implementation.carried_out": "{voices} voices report it carried out; none denies it",
        "implementation.partly_carried_out": (
            "voices reporting it carried out: {voices}; denying it: {denying}"),
        "implementation.planned_only": (
            "no voice reports it carried out; voices reporting a plan: {planning}"),
        "implementation.not_carried_out": (
            "no voice reports it carried out; voices denying it: {denying}"),
        "implementation.no_evidence": "no coded passages yet",
        "disputed.one": "coders disagree on the valence of 1 passage (not counted)",
        "disputed.many": "coders disagree on the valence of {count} passages (not counted)",
        "none": "—",
    },
}


def rule_text(suggestion: VerdictSuggestion, language: str = "id") -> str:
    """"aturan konfirmasi: dikonfirmasi 6 sumber ..." — the rule's name, the clause that
    applied with its figures, and any passages the coders disagree on."""
    words = WORDS.get(language, WORDS["id"])
    language = language if language in WORDS else "id"
    facts: dict[str, Any] = dict(suggestion.facts)
    net = suggestion.net_score
    values = {
        "voices": facts.get("voices", len(suggestion.voices)),
        "denying": facts.get("denying", 0),
        "planning": facts.get("planning", 0),
        "net": decimal_text(net, 2, language, signed=True) if net is not None else "",
        "types": _listed(facts.get("types", ()), _INFORMANT_TYPES[language], words),
        "type_count": len(facts.get("types", ())),
        "techniques": _listed(facts.get("techniques", ()), _TECHNIQUES[language], words),
        "technique_count": len(facts.get("techniques", ())),
    }
    template = words.get(f"{suggestion.rule_kind}.{suggestion.rule_key}")
    clause = template.format(**values) if template else suggestion.rule
    text = f"{words[f'kind.{suggestion.rule_kind}']}: {clause}"
    if suggestion.disputed:
        key = "disputed.one" if suggestion.disputed == 1 else "disputed.many"
        text += "; " + words[key].format(count=suggestion.disputed)
    return text


def _listed(keys: Sequence[str], names: Mapping[str, str], words: Mapping[str, str]) -> str:
    return ", ".join(names.get(key, key) for key in keys) or words["none"]
