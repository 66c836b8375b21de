"""How to read an agreement figure: its interpretation band and where the band comes from.

Cohen's and Brennan–Prediger's kappa use the bands of Landis & Koch (1977); Krippendorff's
alpha uses Krippendorff's own thresholds (0.800 to rely on the coding, 0.667 for tentative
conclusions). Percent agreement has no accepted band: it is read beside kappa (see
``KAPPA_PARADOX``). Every text here is English and goes through ``translate``.
"""

from __future__ import annotations

from dataclasses import dataclass

LANDIS_KOCH = (
    "Landis, J. R., & Koch, G. G. (1977). The measurement of observer agreement for "
    "categorical data. Biometrics, 33(1), 159–174."
)
KRIPPENDORFF = (
    "Krippendorff, K. (2004). Content analysis: An introduction to its methodology (2nd ed.). "
    "Thousand Oaks, CA: Sage; α ≥ 0.800 to rely on the data, 0.667 ≤ α < 0.800 for "
    "tentative conclusions only."
)
LANDIS_KOCH_SHORT = "Landis & Koch 1977"
KRIPPENDORFF_SHORT = "Krippendorff 2004"
KAPPA_PARADOX = (
    "High percent agreement can come with a low kappa when most units are text that neither "
    "coder coded: agreeing on that much uncoded text is what chance alone would give, and "
    "kappa counts only the agreement beyond chance."
)
NO_BAND = "no accepted band; read it beside kappa"
TRANSLATED = (LANDIS_KOCH, KRIPPENDORFF, LANDIS_KOCH_SHORT, KRIPPENDORFF_SHORT, KAPPA_PARADOX,
              NO_BAND)

BAND_LABELS = {
    "poor": "poor, below chance",
    "slight": "slight",
    "fair": "fair",
    "moderate": "moderate",
    "substantial": "substantial",
    "almost_perfect": "almost perfect",
    "unreliable": "unreliable, below 0.667",
    "tentative": "tentative conclusions only, 0.667 to 0.800",
    "reliable": "reliable, 0.800 or more",
}
# Landis & Koch: < 0 poor, 0.00–0.20 slight, 0.21–0.40 fair, 0.41–0.60 moderate,
# 0.61–0.80 substantial, 0.81–1.00 almost perfect: each band is above the bound before it.
KAPPA_BANDS = ((0.8, "almost_perfect"), (0.6, "substantial"), (0.4, "moderate"),
               (0.2, "fair"))
# Krippendorff: α ≥ 0.800 reliable, 0.667 ≤ α < 0.800 tentative, below that unreliable.
ALPHA_BANDS = ((0.8, "reliable"), (0.667, "tentative"))
KAPPA_STATISTICS = frozenset({"cohen_kappa", "brennan_prediger"})


@dataclass(frozen=True, slots=True)
class Interpretation:
    """``band`` is a key of ``BAND_LABELS``; ``label`` and ``source`` are English."""

    band: str
    label: str
    source: str
    source_short: str


def interpret(statistic: str, value: float | None) -> Interpretation | None:
    """The band of ``value`` for the statistic named ``statistic``; None when the value is
    not reported or the statistic has no accepted band (percent agreement)."""
    if value is None:
        return None
    # Figures are shown with three decimals: band the value as shown (0.6666 reads 0.667).
    shown = round(value, 3)
    if statistic in KAPPA_STATISTICS:
        band = next((name for bound, name in KAPPA_BANDS if shown > bound),
                    "slight" if shown >= 0 else "poor")
        return Interpretation(band, BAND_LABELS[band], LANDIS_KOCH, LANDIS_KOCH_SHORT)
    if statistic == "krippendorff_alpha":
        band = next((name for bound, name in ALPHA_BANDS if shown >= bound), "unreliable")
        return Interpretation(band, BAND_LABELS[band], KRIPPENDORFF, KRIPPENDORFF_SHORT)
    return None


def sources() -> tuple[str, ...]:
    """Every source a band can cite, for a report's list of references."""
    return (LANDIS_KOCH, KRIPPENDORFF)
