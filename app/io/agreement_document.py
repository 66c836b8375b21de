"""An agreement result laid out for a thesis appendix, as plain words and numbers, for the
.docx and .xlsx writers (``app.core.agreement_export`` fills it in the reader's language)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Cell = str | int | float | None


@dataclass(frozen=True)
class FigureTable:
    """``rows`` hold counts (int), figures (float; None is "not reported") and words;
    ``percent_columns`` are fractions shown as percentages."""

    title: str
    description: str
    header: Sequence[str]
    rows: Sequence[Sequence[Cell]]
    percent_columns: frozenset[int]
    decimal_columns: frozenset[int]
    widths_cm: Sequence[float] = ()  # on paper; even after the first column when empty


@dataclass(frozen=True)
class AgreementDocument:
    title: str
    facts: Sequence[tuple[str, str]]  # (label, value): coders, unit, sources, ...
    tables: Sequence[FigureTable]
    reading: Sequence[str]  # heading first
    formulas_heading: str
    formulas: Sequence[tuple[str, str]]
    notes: Sequence[str]
    references: Sequence[str]  # heading first
    disagreements: str
    language: str
