"""The convergence judgement of one triangulation row, suggested from the evidence.

Valence means (decided for the whole project):

- on an **indicator** code, ``positive`` = evidence the indicator is met, ``negative`` = not
  met, ``mixed`` = both;
- on an **obstacle** or **effort** code, ``positive`` = the obstacle or effort is confirmed
  present, ``negative`` = denied;
- a passage **without valence** on an obstacle or effort code shows it present and counts
  as supporting (presence); on an **indicator** (or other) code it takes no side: it is
  counted in the cell but not in the lean, and a cell with no valenced passage says "no
  valenced evidence" instead of leaning anywhere;
- a passage whose **coders disagree** on the valence (:mod:`app.analysis.passages`) takes
  no side either and is tallied as "coders disagree".

Cells count passages: overlapping segments of a code in a source are one, whoever coded
them.

**Column lean.** A column (an informant, or a technique) with valenced evidence leans
one way. Let ``plus = positive + mixed/2`` (plus the passages without valence, on obstacle
and effort codes) and ``minus = negative + mixed/2``: the column leans *positive* when
``plus >= 2 * minus`` (two thirds or more), *negative* when ``minus >= 2 * plus``, and
*mixed* otherwise. A column without passages is silent ("no data"); a column whose
passages carry no valence leans ``none`` ("no valenced evidence"). Neither takes part in
the judgement: both are reported, not counted against.

**Row judgement** over the ``n`` columns with a lean:

- ``n = 0`` → **silent** (the reason says whether there are passages without valence);
- ``n = 1`` → **partial**: one source cannot be triangulated;
- every column leans the same way (all positive, all negative or all mixed) → **converge**;
- some lean positive and some negative: **partial** when the larger side holds at least
  three quarters of the columns with data, **diverge** otherwise;
- one direction plus mixed columns, no contradiction → **partial**.

The reason is a tuple of :class:`Phrase` (a key and its values), rendered in Indonesian or
English by :mod:`app.io.export_labels`, e.g. "3 of 4 informants with data lean positive;
I5 leans negative; no data: I6".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.vocabulary import VALENCES

JUDGEMENTS = ("converge", "partial", "diverge", "silent")
# A column leans the way its passages' valences do.
LEANS = VALENCES
NO_VALENCE = "none"  # the lean of a column whose passages carry no valence
MAJORITY_SHARE = 0.75


@dataclass(frozen=True)
class Phrase:
    """One translatable part of a reason: ``key`` names the template in the label table.

    Values named ``lean``, ``unit`` or ``technique`` hold keys that the renderer
    translates too; ``columns`` holds a tuple of column keys.
    """

    key: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ValenceTally:
    positive: int = 0
    negative: int = 0
    mixed: int = 0
    neutral: int = 0
    disputed: int = 0  # passages whose coders gave different valences
    neutral_supports: bool = True  # obstacle and effort codes: no valence = presence

    @property
    def total(self) -> int:
        return self.positive + self.negative + self.mixed + self.neutral + self.disputed

    @property
    def lean(self) -> str | None:
        """positive, negative or mixed; ``none`` for passages without valence; None for a
        column without data."""
        if self.total == 0:
            return None
        plus = self.positive + self.mixed / 2 + (self.neutral if self.neutral_supports else 0)
        minus = self.negative + self.mixed / 2
        if plus == 0 and minus == 0:
            return NO_VALENCE
        if plus >= 2 * minus:
            return "positive"
        if minus >= 2 * plus:
            return "negative"
        return "mixed"


def tally_valences(valences: Sequence[str | None], *, disputed: int = 0,
                   neutral_supports: bool = True) -> ValenceTally:
    """``valences`` of the passages whose coders agree; ``disputed`` counts the others."""
    positive = negative = mixed = neutral = 0
    for valence in valences:
        if valence == "positive":
            positive += 1
        elif valence == "negative":
            negative += 1
        elif valence == "mixed":
            mixed += 1
        else:
            neutral += 1
    return ValenceTally(positive=positive, negative=negative, mixed=mixed, neutral=neutral,
                        disputed=disputed, neutral_supports=neutral_supports)


@dataclass(frozen=True)
class Suggestion:
    """The app's judgement of a row and why; ``lean`` is the direction most columns share."""

    judgement: str
    reason: tuple[Phrase, ...]
    lean: str | None = None


@dataclass(frozen=True)
class LeanSummary:
    """Columns grouped by lean, in column order: what the shared/differences cells say."""

    by_lean: dict[str, tuple[str, ...]]
    silent: tuple[str, ...]
    dominant: str | None
    unvalenced: tuple[str, ...] = ()  # columns with passages but none valenced

    @property
    def with_data(self) -> int:
        return sum(len(columns) for columns in self.by_lean.values())


def summarise_leans(leans: Sequence[tuple[str, str | None]]) -> LeanSummary:
    """Group ``(column key, lean)`` pairs; the dominant lean is the largest group.

    Ties go to the first of positive, negative, mixed with the most columns, except that a
    tie between positive and negative has no dominant lean.
    """
    grouped: dict[str, list[str]] = {lean: [] for lean in LEANS}
    silent: list[str] = []
    unvalenced: list[str] = []
    for column, lean in leans:
        if lean is None:
            silent.append(column)
        elif lean == NO_VALENCE:
            unvalenced.append(column)
        else:
            grouped[lean].append(column)
    by_lean = {lean: tuple(columns) for lean, columns in grouped.items() if columns}
    dominant = None
    if by_lean:
        largest = max(len(columns) for columns in by_lean.values())
        leaders = [lean for lean in LEANS if len(by_lean.get(lean, ())) == largest]
        if not {"positive", "negative"} <= set(leaders):
            dominant = leaders[0]
    return LeanSummary(by_lean=by_lean, silent=tuple(silent), dominant=dominant,
                       unvalenced=tuple(unvalenced))


def suggest_judgement(leans: Sequence[tuple[str, str | None]], *, unit: str) -> Suggestion:
    """The judgement for columns ``(key, lean)``; ``unit`` is "informant" or "technique"."""
    summary = summarise_leans(leans)
    count = summary.with_data
    silent_note: tuple[Phrase, ...] = (
        (Phrase("no_data_from", {"columns": summary.silent}),) if summary.silent else ())
    if summary.unvalenced:
        silent_note = (Phrase("no_valence_from", {"columns": summary.unvalenced}),) + silent_note
    if count == 0 and summary.unvalenced:
        return Suggestion("silent", (Phrase("no_valence_anywhere",
                                            {"columns": summary.unvalenced}),))
    if count == 0:
        return Suggestion("silent", (Phrase("no_data_anywhere", {"unit": unit}),))
    if count == 1:
        (lean, (column,)), = summary.by_lean.items()
        reason = (Phrase("single_column", {"column": column, "lean": lean}),)
        return Suggestion("partial", reason + silent_note, lean)
    if len(summary.by_lean) == 1:
        (lean, columns), = summary.by_lean.items()
        reason = (Phrase("all_agree", {"count": len(columns), "unit": unit, "lean": lean}),)
        return Suggestion("converge", reason + silent_note, lean)
    positive = len(summary.by_lean.get("positive", ()))
    negative = len(summary.by_lean.get("negative", ()))
    if positive and negative:
        larger = "positive" if positive >= negative else "negative"
        if max(positive, negative) >= MAJORITY_SHARE * count:
            return Suggestion(
                "partial", _majority(summary, larger, count, unit) + silent_note, larger
            )
        groups = tuple(
            Phrase("lean_group", {"columns": columns, "lean": lean})
            for lean, columns in summary.by_lean.items()
        )
        divided = (Phrase("divided", {"count": count, "unit": unit}),) + groups
        return Suggestion("diverge", divided + silent_note, summary.dominant)
    # One direction plus mixed columns: no contradiction, but no agreement either.
    larger = summary.dominant or ("positive" if positive else "negative")
    return Suggestion("partial", _majority(summary, larger, count, unit) + silent_note, larger)


def _majority(summary: LeanSummary, lean: str, count: int, unit: str) -> tuple[Phrase, ...]:
    agreeing = summary.by_lean[lean]
    phrases = [
        Phrase("majority", {"agree": len(agreeing), "count": count, "unit": unit, "lean": lean})
    ]
    for other, columns in summary.by_lean.items():
        if other != lean:
            phrases.append(Phrase("lean_group", {"columns": columns, "lean": other}))
    return tuple(phrases)


def technique_note(technique: str, lean: str | None, majority: str | None) -> Phrase | None:
    """How an observation or documentation column relates to the informants' lean."""
    if lean is None:
        return None
    if majority is not None and lean == majority:
        return Phrase("technique_agrees", {"technique": technique})
    return Phrase("technique_leans", {"technique": technique, "lean": lean})
