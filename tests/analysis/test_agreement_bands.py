"""Interpretation bands: Landis & Koch (1977) for kappa, Krippendorff's 0.667/0.800 for α."""

from __future__ import annotations

import pytest

from app.analysis.agreement_bands import (
    KAPPA_PARADOX,
    KRIPPENDORFF,
    LANDIS_KOCH,
    interpret,
)


@pytest.mark.parametrize(("value", "band"), [
    (-0.05, "poor"), (0.0, "slight"), (0.2, "slight"), (0.21, "fair"), (0.40, "fair"),
    (0.41, "moderate"), (0.6, "moderate"), (0.6004, "moderate"), (0.61, "substantial"),
    (0.8, "substantial"), (0.81, "almost_perfect"), (1.0, "almost_perfect"),
])
def test_kappa_follows_landis_and_koch(value: float, band: str) -> None:
    for statistic in ("cohen_kappa", "brennan_prediger"):
        reading = interpret(statistic, value)
        assert reading is not None and reading.band == band
        assert reading.source == LANDIS_KOCH and "1977" in reading.source_short


@pytest.mark.parametrize(("value", "band"), [
    (0.5, "unreliable"), (0.666, "unreliable"), (0.6666, "tentative"), (0.667, "tentative"),
    (0.799, "tentative"), (0.7996, "reliable"), (0.8, "reliable"), (0.95, "reliable"),
])
def test_alpha_follows_krippendorffs_thresholds(value: float, band: str) -> None:
    reading = interpret("krippendorff_alpha", value)
    assert reading is not None and reading.band == band
    assert reading.source == KRIPPENDORFF and "0.667" in reading.source


def test_no_band_for_percent_agreement_or_a_missing_value() -> None:
    assert interpret("percent_agreement", 0.97) is None
    assert interpret("cohen_kappa", None) is None
    assert "uncoded" in KAPPA_PARADOX or "neither coder coded" in KAPPA_PARADOX
