"""Agreement statistics over coded / not-coded values, from weighted unit patterns.

Every unit of analysis (a character, a segment, a source or informant) gets one value per
coder: 1 "coded with the code", 0 "not coded", or no value when the coder did not work on
that part of the data (missing). A *pattern* says which coders gave a value (``present``)
and which of them coded (``coded``); units with the same pattern are counted together, so
millions of characters cost no more than a handful of patterns.

The four statistics below are computed exactly from those counts, with q = 2 categories.
Percent agreement, Brennan–Prediger and Krippendorff's alpha use every unit with values
from at least two coders; Cohen's kappa needs exactly two coders and uses the units both
gave a value to. A statistic that is undefined is ``None`` with a reason, never NaN.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

# (present coders' bit mask, coding coders' bit mask) -> number of units; bit i = coder i.
PatternCounts = Mapping[tuple[int, int], int]

CATEGORIES = 2  # coded, not coded

PERCENT_FORMULA = (
    "P_o = (1/N) Σ_u agreeing coder pairs_u / coder pairs_u over the N units with values "
    "from at least two coders; for two coders: units both coded or both left uncoded ÷ units"
)
COHEN_FORMULA = (
    "κ = (P_o − P_e) / (1 − P_e), P_e = p_A(coded)·p_B(coded) + p_A(not)·p_B(not), "
    "each coder's own share of the units (two coders, units both gave a value to)"
)
BRENNAN_PREDIGER_FORMULA = (
    "κ_BP = (P_o − 1/q) / (1 − 1/q) with q = 2 categories (coded, not coded), i.e. 2·P_o − 1"
)
ALPHA_FORMULA = (
    "α = 1 − D_o/D_e = 1 − (n − 1)·o_(coded,not) / (n_coded·n_not), nominal; "
    "o = coincidences Σ_u n_u,coded·n_u,not / (m_u − 1) over units with m_u ≥ 2 values, "
    "n = all pairable values; a coder who did not see a unit is missing data"
)

NO_UNITS = "Undefined: no unit has values from two or more coders."
NOT_TWO_CODERS = (
    "Not reported: Cohen's kappa compares exactly two coders; see Krippendorff's alpha."
)
COHEN_ONE_CATEGORY = (
    "Undefined: both coders gave every unit the same single value, so chance agreement "
    "P_e is 1 and the formula divides by zero."
)
ALPHA_ONE_VALUE = (
    "Undefined: every value given is the same, so no disagreement is expected by chance "
    "(D_e = 0)."
)
NO_UNCODED_UNITS = (
    "Not reported for this unit: only units someone coded are compared, so 'coded by "
    "neither' cannot occur and chance agreement is overstated (κ and α ≤ 0 whatever the "
    "coding). Read percent agreement and Brennan–Prediger, or the character unit with "
    "uncoded text included."
)
# Shown in the GUI and the CLI through translate(); collected by tools/update_translations.py.
TRANSLATED = (PERCENT_FORMULA, COHEN_FORMULA, BRENNAN_PREDIGER_FORMULA, ALPHA_FORMULA, NO_UNITS,
              NOT_TWO_CODERS, COHEN_ONE_CATEGORY, ALPHA_ONE_VALUE, NO_UNCODED_UNITS)


@dataclass(frozen=True, slots=True)
class Statistic:
    """One figure with the formula it came from; ``value`` is None exactly when
    ``reason`` says why (a translation key, like the formula)."""

    name: str  # percent_agreement, cohen_kappa, brennan_prediger, krippendorff_alpha
    value: float | None
    formula: str
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class UnitPattern:
    """``units`` units got a value from the ``present`` coders, of whom ``coded`` coded."""

    present: tuple[str, ...]
    coded: tuple[str, ...]
    units: int


@dataclass(frozen=True, slots=True)
class Figures:
    """The statistics of one code (or all codes pooled) and the counts behind them."""

    units: int
    pairable_units: int  # units with values from at least two coders
    patterns: tuple[UnitPattern, ...]
    percent_agreement: Statistic
    cohen_kappa: Statistic
    brennan_prediger: Statistic
    krippendorff_alpha: Statistic

    @property
    def statistics(self) -> tuple[Statistic, ...]:
        return (self.percent_agreement, self.cohen_kappa, self.brennan_prediger,
                self.krippendorff_alpha)

    def coded_by(self, coder: str) -> int:
        """Units ``coder`` coded."""
        return sum(p.units for p in self.patterns if coder in p.coded)

    def two_by_two(self, first: str, second: str) -> tuple[int, int, int, int]:
        """(both coded, only ``first``, only ``second``, neither) over units both saw."""
        table = [0, 0, 0, 0]
        for pattern in self.patterns:
            if first in pattern.present and second in pattern.present:
                by_first, by_second = first in pattern.coded, second in pattern.coded
                index = 0 if by_first and by_second else 1 if by_first else 2 if by_second else 3
                table[index] += pattern.units
        return table[0], table[1], table[2], table[3]


def figures_from_patterns(
    counts: PatternCounts, coders: Sequence[str], *, chance_corrected: bool = True
) -> Figures:
    """All four statistics for ``counts``; ``chance_corrected=False`` withholds Cohen's
    kappa and alpha for units where "coded by neither" is impossible by construction."""
    pairable = {key: units for key, units in counts.items()
                if units and _bits(key[0]) >= 2}
    pairable_units = sum(pairable.values())
    percent = _percent_agreement(pairable)
    if pairable_units == 0:
        cohen = Statistic("cohen_kappa", None, COHEN_FORMULA, NO_UNITS)
        alpha = Statistic("krippendorff_alpha", None, ALPHA_FORMULA, NO_UNITS)
    elif len(coders) != 2:
        cohen = Statistic("cohen_kappa", None, COHEN_FORMULA, NOT_TWO_CODERS)
        alpha = _krippendorff_alpha(pairable)
    else:
        cohen = _cohen_kappa(pairable)
        alpha = _krippendorff_alpha(pairable)
    if pairable_units and not chance_corrected:
        cohen = Statistic("cohen_kappa", None, COHEN_FORMULA, NO_UNCODED_UNITS)
        alpha = Statistic("krippendorff_alpha", None, ALPHA_FORMULA, NO_UNCODED_UNITS)
    if percent is None:
        percent_statistic = Statistic("percent_agreement", None, PERCENT_FORMULA, NO_UNITS)
        brennan = Statistic("brennan_prediger", None, BRENNAN_PREDIGER_FORMULA, NO_UNITS)
    else:
        percent_statistic = Statistic("percent_agreement", percent, PERCENT_FORMULA)
        chance = 1 / CATEGORIES
        brennan = Statistic("brennan_prediger", (percent - chance) / (1 - chance),
                            BRENNAN_PREDIGER_FORMULA)
    return Figures(
        units=sum(counts.values()),
        pairable_units=pairable_units,
        patterns=_named_patterns(counts, coders),
        percent_agreement=percent_statistic,
        cohen_kappa=cohen,
        brennan_prediger=brennan,
        krippendorff_alpha=alpha,
    )


def add_counts(total: dict[tuple[int, int], int], more: PatternCounts) -> None:
    for key, units in more.items():
        total[key] = total.get(key, 0) + units


def _percent_agreement(pairable: PatternCounts) -> float | None:
    units = sum(pairable.values())
    if units == 0:
        return None
    agreeing = 0.0
    for (present, coded), weight in pairable.items():
        values, ones = _bits(present), _bits(coded)
        zeros = values - ones
        agreeing += weight * (ones * (ones - 1) + zeros * (zeros - 1)) / (values * (values - 1))
    return agreeing / units


def _cohen_kappa(pairable: PatternCounts) -> Statistic:
    both = first = second = neither = 0
    for (present, coded), weight in pairable.items():
        if present != 0b11:
            continue
        if coded == 0b11:
            both += weight
        elif coded == 0b01:
            first += weight
        elif coded == 0b10:
            second += weight
        else:
            neither += weight
    units = both + first + second + neither
    if units == 0:
        return Statistic("cohen_kappa", None, COHEN_FORMULA, NO_UNITS)
    # Exact integers: κ = (N·agree − chance) / (N² − chance), chance = N²·P_e.
    chance = (both + first) * (both + second) + (second + neither) * (first + neither)
    if units * units == chance:
        return Statistic("cohen_kappa", None, COHEN_FORMULA, COHEN_ONE_CATEGORY)
    value = (units * (both + neither) - chance) / (units * units - chance)
    return Statistic("cohen_kappa", value, COHEN_FORMULA)


def _krippendorff_alpha(pairable: PatternCounts) -> Statistic:
    ones = zeros = 0
    disagreeing = 0.0  # coincidences o_(coded, not)
    for (present, coded), weight in pairable.items():
        values, coded_values = _bits(present), _bits(coded)
        ones += weight * coded_values
        zeros += weight * (values - coded_values)
        disagreeing += weight * coded_values * (values - coded_values) / (values - 1)
    if ones == 0 or zeros == 0:
        return Statistic("krippendorff_alpha", None, ALPHA_FORMULA, ALPHA_ONE_VALUE)
    value = 1 - (ones + zeros - 1) * disagreeing / (ones * zeros)
    return Statistic("krippendorff_alpha", value, ALPHA_FORMULA)


def _named_patterns(counts: PatternCounts, coders: Sequence[str]) -> tuple[UnitPattern, ...]:
    def names(mask: int) -> tuple[str, ...]:
        return tuple(coder for index, coder in enumerate(coders) if mask >> index & 1)

    ordered = sorted((key for key, units in counts.items() if units),
                     key=lambda key: (-_bits(key[0]), -key[0], -_bits(key[1]), key[1]))
    return tuple(
        UnitPattern(present=names(present), coded=names(coded), units=counts[present, coded])
        for present, coded in ordered
    )


def _bits(mask: int) -> int:
    return mask.bit_count()
