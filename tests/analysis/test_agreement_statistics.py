"""Each statistic against an established implementation on generated coding data.

References: scikit-learn's ``cohen_kappa_score``, the ``krippendorff`` package's ``alpha``,
and Brennan–Prediger / percent agreement computed by hand from the raw values.
"""

from __future__ import annotations

import math
import warnings
from itertools import combinations

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import cohen_kappa_score

from app.analysis.agreement_statistics import (
    ALPHA_ONE_VALUE,
    COHEN_ONE_CATEGORY,
    NO_UNCODED_UNITS,
    NO_UNITS,
    NOT_TWO_CODERS,
    figures_from_patterns,
)

MISSING = -1


def patterns_of(values: np.ndarray) -> dict[tuple[int, int], int]:
    """Units (columns of ``values``: one row per coder, 1/0/MISSING) counted by pattern."""
    counts: dict[tuple[int, int], int] = {}
    for column in values.T:
        present = sum(1 << i for i, value in enumerate(column) if value != MISSING)
        coded = sum(1 << i for i, value in enumerate(column) if value == 1)
        counts[present, coded] = counts.get((present, coded), 0) + 1
    return counts


def reference_alpha(values: np.ndarray) -> float:
    data = np.where(values == MISSING, np.nan, values).astype(float)
    return float(krippendorff.alpha(reliability_data=data, value_domain=[0, 1],
                                    level_of_measurement="nominal"))


def hand_percent(values: np.ndarray) -> float:
    """Mean over units with ≥ 2 values of the share of agreeing coder pairs."""
    shares = []
    for column in values.T:
        given_values = [value for value in column if value != MISSING]
        if len(given_values) < 2:
            continue
        pairs = list(combinations(given_values, 2))
        shares.append(sum(a == b for a, b in pairs) / len(pairs))
    return sum(shares) / len(shares)


def _coding(draw_seed: int, coders: int, units: int, *, missing: float = 0.0,
            coded_share: float = 0.3) -> np.ndarray:
    generator = np.random.default_rng(draw_seed)
    truth = generator.random(units) < coded_share
    values = np.empty((coders, units), dtype=int)
    for coder in range(coders):
        flips = generator.random(units) < generator.uniform(0.05, 0.4)
        values[coder] = np.where(flips, ~truth, truth).astype(int)
        values[coder][generator.random(units) < missing] = MISSING
    return values


@pytest.mark.parametrize("seed", range(25))
def test_two_coders_match_sklearn_krippendorff_and_hand(seed: int) -> None:
    values = _coding(seed, 2, 40 + seed * 13)
    figures = figures_from_patterns(patterns_of(values), ("A", "B"))
    assert figures.cohen_kappa.value == pytest.approx(
        cohen_kappa_score(values[0], values[1], labels=[0, 1]), abs=1e-12)
    assert figures.krippendorff_alpha.value == pytest.approx(reference_alpha(values), abs=1e-12)
    agreement = float(np.mean(values[0] == values[1]))
    assert figures.percent_agreement.value == pytest.approx(agreement, abs=1e-12)
    assert figures.brennan_prediger.value == pytest.approx((agreement - 0.5) / 0.5, abs=1e-12)
    assert figures.units == figures.pairable_units == values.shape[1]
    both, first, second, neither = figures.two_by_two("A", "B")
    assert both == int(np.sum((values[0] == 1) & (values[1] == 1)))
    assert first == int(np.sum((values[0] == 1) & (values[1] == 0)))
    assert second == int(np.sum((values[0] == 0) & (values[1] == 1)))
    assert neither == int(np.sum((values[0] == 0) & (values[1] == 0)))


@pytest.mark.parametrize("seed", range(15))
@pytest.mark.parametrize("coders", [3, 4])
def test_several_coders_with_missing_values(seed: int, coders: int) -> None:
    values = _coding(seed, coders, 60, missing=0.25)
    figures = figures_from_patterns(patterns_of(values),
                                    tuple("ABCD"[:coders]))
    assert figures.krippendorff_alpha.value == pytest.approx(reference_alpha(values), abs=1e-12)
    percent = hand_percent(values)
    assert figures.percent_agreement.value == pytest.approx(percent, abs=1e-12)
    assert figures.brennan_prediger.value == pytest.approx(2 * percent - 1, abs=1e-12)
    assert figures.cohen_kappa.value is None
    assert figures.cohen_kappa.reason == NOT_TWO_CODERS
    pairable = sum(1 for column in values.T if np.sum(column != MISSING) >= 2)
    assert figures.pairable_units == pairable


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 1), st.integers(0, 1)), min_size=1, max_size=60),
       st.integers(1, 5))
def test_weighted_patterns_equal_the_expanded_units(pairs, weight) -> None:  # type: ignore[no-untyped-def]
    """Counting units by pattern gives what the references compute unit by unit."""
    values = np.array(pairs, dtype=int).T
    weighted = {key: count * weight for key, count in patterns_of(values).items()}
    expanded = np.repeat(values, weight, axis=1)
    figures = figures_from_patterns(weighted, ("A", "B"))
    first, second = expanded
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # sklearn warns where kappa is undefined
        expected_kappa = cohen_kappa_score(first, second, labels=[0, 1])
    if figures.cohen_kappa.value is None:
        assert figures.cohen_kappa.reason == COHEN_ONE_CATEGORY
        assert len(set(first) | set(second)) == 1 or math.isnan(expected_kappa)
    else:
        assert figures.cohen_kappa.value == pytest.approx(expected_kappa, abs=1e-9)
    if figures.krippendorff_alpha.value is None:
        assert figures.krippendorff_alpha.reason == ALPHA_ONE_VALUE
        assert len(set(expanded.ravel())) == 1
    else:
        assert figures.krippendorff_alpha.value == pytest.approx(reference_alpha(expanded),
                                                                 abs=1e-9)
    assert figures.percent_agreement.value == pytest.approx(float(np.mean(first == second)))


def test_perfect_agreement_is_one() -> None:
    values = np.array([[1, 0, 0, 1, 0], [1, 0, 0, 1, 0]])
    figures = figures_from_patterns(patterns_of(values), ("A", "B"))
    assert [s.value for s in figures.statistics] == [1.0, 1.0, 1.0, 1.0]
    assert reference_alpha(values) == pytest.approx(1.0)
    assert cohen_kappa_score(values[0], values[1]) == pytest.approx(1.0)


def test_a_single_category_is_undefined_never_nan() -> None:
    """Both coders coded every unit: P_e = 1 and D_e = 0; the references fail or give NaN."""
    values = np.ones((2, 6), dtype=int)
    figures = figures_from_patterns(patterns_of(values), ("A", "B"))
    assert figures.percent_agreement.value == 1.0
    assert figures.brennan_prediger.value == 1.0
    assert figures.cohen_kappa.value is None and figures.cohen_kappa.reason == COHEN_ONE_CATEGORY
    assert figures.krippendorff_alpha.value is None
    assert figures.krippendorff_alpha.reason == ALPHA_ONE_VALUE
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert math.isnan(cohen_kappa_score(values[0], values[1], labels=[0, 1]))
    with pytest.raises(ValueError):
        krippendorff.alpha(reliability_data=values, level_of_measurement="nominal")


def test_one_silent_coder_gives_zero_kappa() -> None:
    values = np.array([[1, 1, 0, 0, 0, 0, 1, 0], [0] * 8])
    figures = figures_from_patterns(patterns_of(values), ("A", "B"))
    assert figures.cohen_kappa.value == pytest.approx(0.0)
    assert cohen_kappa_score(values[0], values[1]) == pytest.approx(0.0)
    assert figures.krippendorff_alpha.value == pytest.approx(reference_alpha(values))
    assert figures.krippendorff_alpha.value < 0
    assert figures.percent_agreement.value == pytest.approx(5 / 8)


def test_no_units_reports_reasons() -> None:
    for counts in ({}, {(0b01, 0b01): 4}):  # nothing, or units only one coder saw
        figures = figures_from_patterns(counts, ("A", "B"))
        assert figures.pairable_units == 0
        assert all(s.value is None and s.reason == NO_UNITS for s in figures.statistics)


def test_units_without_uncoded_outcome_withhold_chance_corrected_figures() -> None:
    figures = figures_from_patterns({(0b11, 0b11): 8, (0b11, 0b01): 1, (0b11, 0b10): 1},
                                    ("A", "B"), chance_corrected=False)
    assert figures.percent_agreement.value == pytest.approx(0.8)
    assert figures.brennan_prediger.value == pytest.approx(0.6)
    assert figures.cohen_kappa.value is None and figures.cohen_kappa.reason == NO_UNCODED_UNITS
    assert figures.krippendorff_alpha.reason == NO_UNCODED_UNITS
    # Why: with no "neither" cell both would be ≤ 0 whatever the coding.
    values = np.array([[1] * 8 + [1, 0], [1] * 8 + [0, 1]])
    assert cohen_kappa_score(values[0], values[1]) < 0
    assert reference_alpha(values) < 0


def test_every_statistic_states_its_formula() -> None:
    figures = figures_from_patterns({(0b11, 0b11): 3, (0b11, 0): 5, (0b11, 0b01): 2},
                                    ("A", "B"))
    names = [s.name for s in figures.statistics]
    assert names == ["percent_agreement", "cohen_kappa", "brennan_prediger",
                     "krippendorff_alpha"]
    assert all(s.formula and s.reason is None for s in figures.statistics)
    assert figures.coded_by("A") == 5 and figures.coded_by("B") == 3
    assert [(p.present, p.coded, p.units) for p in figures.patterns] == [
        (("A", "B"), ("A", "B"), 3), (("A", "B"), ("A",), 2), (("A", "B"), (), 5)]
