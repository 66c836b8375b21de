"""How an agreement result is read: the band of each figure with its source, the note on
high percent agreement with a low kappa, and the count of disagreements (open and settled).
One wording for the GUI, ``telaah agreement`` and the exports; English keys, translated."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from app.analysis.agreement import AgreementResult, AgreementTable
from app.analysis.agreement_bands import KAPPA_PARADOX, interpret, sources
from app.analysis.agreement_statistics import Statistic
from app.io.export_labels import decimal_text, percent_text

Translate = Callable[[str], str]

READING_LABELS = {
    "percent_agreement": "Percent agreement",
    "cohen_kappa": "Cohen's kappa",
    "brennan_prediger": "Brennan–Prediger kappa",
    "krippendorff_alpha": "Krippendorff's alpha",
}
SHORT_LABELS = {
    "percent_agreement": "% agree",
    "cohen_kappa": "Cohen κ",
    "brennan_prediger": "BP κ",
    "krippendorff_alpha": "α",
}
TABLE_LABELS = {
    "included": "Uncoded text included",
    "excluded": "Uncoded text excluded",
}
READING_HEADING = "How to read the figures (all codes)"
REFERENCES_HEADING = "Sources of the interpretation bands"
DISAGREEMENTS_OPEN = "Disagreements: {total} ({resolved} resolved, {open} open)"
DISAGREEMENTS_ALL = "Disagreements: {total}"
BAND_WITH_SOURCE = "{band} ({source})"
TRANSLATED = (READING_HEADING, REFERENCES_HEADING, DISAGREEMENTS_OPEN, DISAGREEMENTS_ALL,
              BAND_WITH_SOURCE)


@dataclass(frozen=True)
class DisagreementCount:
    total: int
    resolved: int

    @property
    def open(self) -> int:
        return self.total - self.resolved

    def text(self, translate: Translate) -> str:
        if not self.resolved:
            return translate(DISAGREEMENTS_ALL).format(total=self.total)
        return translate(DISAGREEMENTS_OPEN).format(total=self.total, resolved=self.resolved,
                                                    open=self.open)


def count_disagreements(result: AgreementResult,
                        resolved: Collection[str]) -> DisagreementCount:
    """Every disagreement between the coders counts; those a consensus settled are named."""
    return DisagreementCount(total=len(result.disagreements),
                             resolved=sum(1 for d in result.disagreements if d.key in resolved))


def band_text(statistic: Statistic, translate: Translate, *, short: bool = True) -> str:
    """"moderate (Landis & Koch 1977)"; "" for a figure without a band."""
    reading = interpret(statistic.name, statistic.value)
    if reading is None:
        return ""
    source = reading.source_short if short else reading.source
    return translate(BAND_WITH_SOURCE).format(band=translate(reading.label),
                                              source=translate(source))


def figure_text(statistic: Statistic, language: str) -> str:
    if statistic.value is None:
        return "—"
    if statistic.name == "percent_agreement":
        return percent_text(statistic.value, 1, language)
    return decimal_text(statistic.value, 3, language)


def table_reading(table: AgreementTable, translate: Translate, language: str) -> list[str]:
    """One line per figure of all codes: name, value and — for κ and α — band and source."""
    lines = []
    for statistic in table.overall.statistics:
        band = band_text(statistic, translate)
        value = figure_text(statistic, language)
        label = translate(READING_LABELS[statistic.name])
        lines.append(f"{label}: {value}" + (f" — {band}" if band else ""))
    return lines


def reading_lines(result: AgreementResult, translate: Translate, language: str) -> list[str]:
    """The reading of every table's pooled figures, then the note on percent vs kappa."""
    lines = [translate(READING_HEADING)]
    several = len(result.tables) > 1
    for table in result.tables:
        if several and table.uncoded:
            lines.append(translate(TABLE_LABELS[table.uncoded]) + ":")
        lines.extend(("  " if several else "") + line
                     for line in table_reading(table, translate, language))
    lines.append(translate(KAPPA_PARADOX))
    return lines


def reference_lines(translate: Translate) -> list[str]:
    return [translate(REFERENCES_HEADING), *(translate(source) for source in sources())]
