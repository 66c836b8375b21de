"""The convergence rule on crafted cases, one per branch, with its reason."""

from __future__ import annotations

import pytest

from app.analysis.triangulation_judgement import (
    Phrase,
    ValenceTally,
    suggest_judgement,
    tally_valences,
    technique_note,
)
from app.io.export_labels import ExportLabels

EN = ExportLabels("en")
ID = ExportLabels("id")


@pytest.mark.parametrize(
    ("tally", "lean"),
    [
        (ValenceTally(), None),
        (ValenceTally(positive=1), "positive"),
        (ValenceTally(neutral=3), "positive"),  # no valence counts as presence
        (ValenceTally(negative=2), "negative"),
        (ValenceTally(mixed=4), "mixed"),
        (ValenceTally(positive=2, negative=1), "positive"),  # exactly two thirds
        (ValenceTally(positive=1, negative=2), "negative"),
        (ValenceTally(positive=3, negative=2), "mixed"),
        (ValenceTally(positive=1, negative=1), "mixed"),
        (ValenceTally(positive=3, mixed=2), "positive"),  # plus 4, minus 1
        (ValenceTally(negative=1, mixed=2), "negative"),  # minus 2, plus 1
    ],
)
def test_column_lean(tally: ValenceTally, lean: str | None) -> None:
    assert tally.lean == lean


def test_tally_counts_each_valence() -> None:
    tally = tally_valences(["positive", None, "mixed", "negative", "positive", "other"])
    assert tally == ValenceTally(positive=2, negative=1, mixed=1, neutral=2)
    assert tally.total == 6


def _reason(columns: list[tuple[str, str | None]], unit: str = "informant",
            labels: ExportLabels = EN) -> tuple[str, str]:
    suggestion = suggest_judgement(columns, unit=unit)
    return suggestion.judgement, labels.sentence(suggestion.reason)


def test_no_data_anywhere_is_silent() -> None:
    assert _reason([("I1", None), ("I2", None)]) == ("silent", "No informants have data.")


def test_one_column_cannot_be_triangulated() -> None:
    assert _reason([("I1", "positive"), ("I2", None)]) == (
        "partial",
        "Only I1 has data (positive); triangulation needs at least two; no data: I2.",
    )


@pytest.mark.parametrize("lean", ["positive", "negative", "mixed"])
def test_all_columns_with_data_agreeing_converge(lean: str) -> None:
    judgement, reason = _reason([("I1", lean), ("I2", lean), ("I3", None), ("I4", lean)])
    assert judgement == "converge"
    assert reason == f"All 3 informants with data lean {lean}; no data: I3."


def test_three_of_four_against_one_is_partial() -> None:
    judgement, reason = _reason(
        [("I1", "positive"), ("I2", "positive"), ("I3", "negative"), ("I4", "positive")]
    )
    assert judgement == "partial"
    assert reason == "3 of 4 informants with data lean positive; I3: negative."
    assert _reason(
        [("I1", "positive"), ("I2", "positive"), ("I3", "negative"), ("I4", "positive")],
        labels=ID,
    )[1] == "3 dari 4 informan yang memiliki data condong positif; I3 condong negatif."


def test_an_even_split_diverges() -> None:
    judgement, reason = _reason(
        [("I1", "positive"), ("I2", "negative"), ("I3", "positive"), ("I4", "negative")]
    )
    assert judgement == "diverge"
    assert reason == "The 4 informants with data are divided; I1, I3: positive; I2, I4: negative."


def test_two_against_one_diverges_below_three_quarters() -> None:
    judgement, _ = _reason(
        [("interview", "positive"), ("observation", "positive"), ("documentation", "negative")],
        unit="technique",
    )
    assert judgement == "diverge"


def test_mixed_columns_without_contradiction_are_partial() -> None:
    judgement, reason = _reason([("I1", "negative"), ("I2", "mixed"), ("I3", "negative")])
    assert judgement == "partial"
    assert reason == "2 of 3 informants with data lean negative; I2: mixed."
    judgement, reason = _reason(
        [("interview", "mixed"), ("observation", "negative"), ("documentation", "mixed")],
        unit="technique",
    )
    assert judgement == "partial"
    assert reason == "2 of 3 techniques with data lean mixed; observation: negative."


def test_technique_notes_compare_with_the_informants() -> None:
    assert technique_note("observation", "positive", "positive") == Phrase(
        "technique_agrees", {"technique": "observation"})
    assert technique_note("documentation", "negative", "positive") == Phrase(
        "technique_leans", {"technique": "documentation", "lean": "negative"})
    assert technique_note("observation", None, "positive") is None
    assert EN.phrase(technique_note("observation", "positive", "positive")) == "observation agrees"
    assert ID.phrase(technique_note("documentation", "negative", None)) == (
        "dokumentasi condong negatif")
