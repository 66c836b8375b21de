"""Obstacles are judged on confirmation, efforts on implementation, indicators on performance."""

from __future__ import annotations

from dataclasses import replace

from app.analysis.evidence import Evidence
from app.analysis.verdict_rule import suggest_verdict
from app.analysis.verdict_scales import (
    CONFIRMATION,
    CONFIRMATION_SCALE,
    IMPLEMENTATION,
    IMPLEMENTATION_SCALE,
    PERFORMANCE_SCALE,
    rule_of_group,
    scale_for,
)
from tests.analysis.evidence_factory import evidence


def _said(informant: str | None, valence: str | None, text: str = "Memang begitu.",
          kind: str = "interview") -> Evidence:
    return replace(evidence(informant=informant, kind=kind, valence=valence), text=text)


def test_each_group_has_its_own_rule_and_default_scale() -> None:
    assert rule_of_group("indicator") == "performance"
    assert rule_of_group("obstacle") == CONFIRMATION
    assert rule_of_group("effort") == IMPLEMENTATION
    assert scale_for("obstacle", None) == CONFIRMATION_SCALE
    assert scale_for("effort", ()) == IMPLEMENTATION_SCALE
    assert scale_for("indicator", None, ("bagus", "jelek")) == ("bagus", "jelek")
    assert scale_for("obstacle", ["ya", "tidak"]) == ("ya", "tidak")


def test_an_obstacle_all_confirm_is_confirmed_not_good() -> None:
    widely = [_said("I1", "positive"), _said("I2", None), _said("I4", "positive"),
              _said(None, "positive", kind="observation")]
    suggestion = suggest_verdict(widely, CONFIRMATION_SCALE, CONFIRMATION)
    assert suggestion.verdict == "terkonfirmasi kuat" and suggestion.rule_key == "confirmed_widely"
    assert suggestion.facts["types"] == ["kunci", "utama", "pendukung"]
    assert suggestion.facts["techniques"] == ["interview", "observation"]
    # The performance rule would have called the same evidence "baik".
    assert suggest_verdict(widely, PERFORMANCE_SCALE).verdict == "baik"


def test_confirmation_steps() -> None:
    interviews_only = [_said("I1", "positive"), _said("I2", "positive")]
    assert suggest_verdict(interviews_only, CONFIRMATION_SCALE,
                           CONFIRMATION).verdict == "terkonfirmasi sebagian"
    one_voice = [_said("I2", "positive"), _said("I2", "positive")]
    assert suggest_verdict(one_voice, CONFIRMATION_SCALE,
                           CONFIRMATION).verdict == "satu suara"
    denied = [_said("I1", "positive"), _said("I2", "negative"), _said("I3", "negative")]
    assert suggest_verdict(denied, CONFIRMATION_SCALE,
                           CONFIRMATION).verdict == "tidak terkonfirmasi"
    assert suggest_verdict([], CONFIRMATION_SCALE, CONFIRMATION).verdict is None


def test_implementation_steps() -> None:
    done = [_said("I1", "positive", "Pelatihan sudah dilaksanakan tiga kali."),
            _said("I4", None, "Kami ikut pelatihan itu.")]
    assert suggest_verdict(done, IMPLEMENTATION_SCALE, IMPLEMENTATION).verdict == "terlaksana"
    partly = [*done, _said("I3", "negative", "Belum pernah ada pelatihan.")]
    assert suggest_verdict(partly, IMPLEMENTATION_SCALE,
                           IMPLEMENTATION).verdict == "terlaksana sebagian"
    planned = [_said("I1", "positive", "Tahun depan direncanakan pelatihan digital.")]
    suggestion = suggest_verdict(planned, IMPLEMENTATION_SCALE, IMPLEMENTATION)
    assert suggestion.verdict == "baru direncanakan" and suggestion.facts["planning"] == 1
    refused = [_said("I1", "negative", "Tidak ada pelatihan.")]
    assert suggest_verdict(refused, IMPLEMENTATION_SCALE,
                           IMPLEMENTATION).verdict == "tidak ada bukti"


def test_passages_the_coders_disagree_on_count_for_nothing_and_are_reported() -> None:
    disputed = replace(_said("I2", None), valence_disputed=True)
    suggestion = suggest_verdict([_said("I1", "positive"), disputed], CONFIRMATION_SCALE,
                                 CONFIRMATION)
    assert suggestion.verdict == "satu suara" and suggestion.disputed == 1
    performance = suggest_verdict([_said("I1", "negative"), disputed], PERFORMANCE_SCALE)
    assert performance.disputed == 1 and len(performance.voices) == 1


def test_a_scale_of_another_length_takes_the_step_at_the_same_place() -> None:
    two = ("ya", "tidak")
    widely = [_said("I1", "positive"), _said("I4", "positive"),
              _said(None, "positive", kind="documentation")]
    assert suggest_verdict(widely, two, CONFIRMATION).verdict == "ya"
    assert suggest_verdict([_said("I1", "negative")], two, CONFIRMATION).verdict == "tidak"
