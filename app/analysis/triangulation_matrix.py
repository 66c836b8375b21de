"""Build the triangulation matrix from plain coded data (no database, no Qt).

Rows are the codable codes of a group (``all``: indicators, then obstacles, then efforts,
then other codes), in codebook order. Two layouts:

- ``source``: one column per informant, key informants first, then main, then supporting
  (interviews that name no informant get a column of their own, titled by the source);
  followed by the summary columns *shared*, *differences* and *conclusion*;
- ``technique``: interview, observation and documentation columns; then *agreement* and
  *conclusion*.

A cell holds the ids of its segments (its count), their valence tally, the column's lean
and up to ``quotes_per_cell`` quotes with citations, chosen from the segments whose
valence agrees with the column's lean first, then in text order. Each row carries the
app's suggested judgement (:mod:`app.analysis.triangulation_judgement`) and the analyst's
override, if any. In the source layout the reason also notes whether observation and
documentation agree with the informants; they do not change the suggested judgement.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from app.analysis.citation import Citation, cite, shown_pseudonym
from app.analysis.coded_corpus import (
    CODE_GROUP_ORDER,
    TECHNIQUES,
    CodedCorpus,
    CorpusCode,
    CorpusInformant,
    CorpusSegment,
    informant_sort_key,
)
from app.analysis.pseudonymise import Mask, identity, mask_title
from app.analysis.triangulation_judgement import (
    LeanSummary,
    Phrase,
    Suggestion,
    ValenceTally,
    suggest_judgement,
    summarise_leans,
    tally_valences,
    technique_note,
)

LAYOUTS = ("source", "technique")
GROUPS = ("all", "indicator", "obstacle", "effort", "other")
SUMMARY_COLUMNS = {
    "source": ("shared", "differences", "conclusion"),
    "technique": ("agreement", "conclusion"),
}
QUOTE_LIMIT = 240
# Code groups on which a passage without valence shows presence (see triangulation_judgement).
PRESENCE_GROUPS = frozenset({"obstacle", "effort"})
_AGREEING_VALENCES = {
    "positive": ("positive", None),
    "negative": ("negative",),
    "mixed": ("mixed",),
}


@dataclass(frozen=True, slots=True)
class MatrixColumn:
    """An evidence column. ``kind`` is informant, source (an interview without informant)
    or technique; ``group`` is the informant type (kunci, utama, pendukung) or None."""

    key: str
    kind: str
    title: str
    role: str = ""
    group: str | None = None


@dataclass(frozen=True, slots=True)
class CellQuote:
    segment_id: int
    text: str
    citation: Citation
    valence: str | None


@dataclass(frozen=True)
class MatrixCell:
    column_key: str
    segment_ids: tuple[int, ...]
    tally: ValenceTally
    quotes: tuple[CellQuote, ...]

    @property
    def count(self) -> int:
        return len(self.segment_ids)

    @property
    def lean(self) -> str | None:
        return self.tally.lean


@dataclass(frozen=True)
class JudgementOverride:
    """The analyst's judgement of a row, replacing the suggestion, with a rationale."""

    judgement: str
    rationale: str
    created_at: datetime | None = None
    updated_at: datetime | None = None
    author: str | None = None


@dataclass(frozen=True)
class MatrixRow:
    code: CorpusCode
    cells: tuple[MatrixCell, ...]
    shared: tuple[Phrase, ...]
    differences: tuple[Phrase, ...]
    suggestion: Suggestion
    override: JudgementOverride | None = None

    @property
    def judgement(self) -> str:
        return self.override.judgement if self.override else self.suggestion.judgement

    @property
    def count(self) -> int:
        return sum(cell.count for cell in self.cells)

    def cell(self, column_key: str) -> MatrixCell:
        for cell in self.cells:
            if cell.column_key == column_key:
                return cell
        raise KeyError(column_key)


@dataclass(frozen=True)
class TriangulationMatrix:
    layout: str
    group: str
    columns: tuple[MatrixColumn, ...]
    rows: tuple[MatrixRow, ...]
    title: str = ""

    @property
    def summary_columns(self) -> tuple[str, ...]:
        return SUMMARY_COLUMNS[self.layout]


def build_triangulation_matrix(
    corpus: CodedCorpus,
    *,
    layout: str = "source",
    group: str = "all",
    overrides: Mapping[int, JudgementOverride] | None = None,
    quotes_per_cell: int = 2,
    mask: Mask = identity,
) -> TriangulationMatrix:
    """The matrix of ``corpus``; ``overrides`` maps code ids to the analyst's judgement."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}")
    if group not in GROUPS:
        raise ValueError(f"unknown group {group!r}")
    overrides = overrides or {}
    codes = _row_codes(corpus.codes, group)
    sources = corpus.source_by_id()
    informants = corpus.informant_by_label()
    columns = (
        _informant_columns(corpus, mask) if layout == "source" else _technique_columns()
    )
    column_of = _column_of_source(corpus, layout, mask)
    row_ids = {code.id for code in codes}
    # code id -> column key -> segments, in one pass over every segment.
    placed: dict[int, dict[str, list[CorpusSegment]]] = {code.id: {} for code in codes}
    by_technique: dict[int, dict[str, list[CorpusSegment]]] = {code.id: {} for code in codes}
    for segment in corpus.segments:
        if segment.code_id not in row_ids:
            continue
        source = sources[segment.source_id]
        key = column_of.get(segment.source_id)
        if key is not None:
            placed[segment.code_id].setdefault(key, []).append(segment)
        if layout == "source" and source.kind != "interview":
            by_technique[segment.code_id].setdefault(source.kind, []).append(segment)

    def quote(segment: CorpusSegment) -> CellQuote:
        source = sources[segment.source_id]
        informant = informants.get(source.informant_label or "")
        return CellQuote(
            segment_id=segment.id,
            text=shorten(mask(segment.text)),
            citation=cite(source, informant, segment.start, end=segment.end, mask=mask),
            valence=segment.valence,
        )

    rows = []
    for code in codes:
        cells = tuple(
            _cell(column.key, placed[code.id].get(column.key, []), quotes_per_cell, quote,
                  neutral_supports=code.group in PRESENCE_GROUPS)
            for column in columns
        )
        rows.append(
            _row(code, cells, layout, by_technique[code.id], overrides.get(code.id))
        )
    return TriangulationMatrix(
        layout=layout, group=group, columns=columns, rows=tuple(rows), title=corpus.title
    )


def _row_codes(codes: tuple[CorpusCode, ...], group: str) -> list[CorpusCode]:
    codable = [code for code in codes if code.codable]
    if group != "all":
        return [code for code in codable if code.group == group]
    rank = {name: index for index, name in enumerate(CODE_GROUP_ORDER)}
    return sorted(codable, key=lambda code: rank.get(code.group, len(rank)))


def _informant_columns(corpus: CodedCorpus, mask: Mask) -> tuple[MatrixColumn, ...]:
    columns = [
        MatrixColumn(
            key=informant.label,
            kind="informant",
            title=_informant_title(informant, mask),
            role=mask(informant.role),
            group=informant.informant_type,
        )
        for informant in sorted(corpus.informants, key=informant_sort_key)
    ]
    unlinked = _unlinked_interviews(corpus, mask)
    for source in corpus.sources:
        if source.id in unlinked:
            columns.append(MatrixColumn(key=unlinked[source.id], kind="source",
                                        title=unlinked[source.id]))
    return tuple(columns)


def _informant_title(informant: CorpusInformant, mask: Mask) -> str:
    """"I3 (Bu Sari)": the pseudonym, unless pseudonymising would change it."""
    pseudonym = shown_pseudonym(informant, mask)
    return f"{informant.label} ({pseudonym})" if pseudonym else informant.label


def _unlinked_interviews(corpus: CodedCorpus, mask: Mask) -> dict[int, str]:
    """Interviews linked to no (known) informant, each keyed by its title as a reader sees
    it (never an internal id), made unique against informant labels and other titles."""
    taken = {informant.label for informant in corpus.informants}
    keys: dict[int, str] = {}
    for source in corpus.sources:
        if source.kind != "interview" or source.informant_label in taken:
            continue
        title = mask_title(mask, source.title)
        key, number = title, 2
        while key in taken:
            key, number = f"{title} ({number})", number + 1
        taken.add(key)
        keys[source.id] = key
    return keys


def _technique_columns() -> tuple[MatrixColumn, ...]:
    return tuple(
        MatrixColumn(key=technique, kind="technique", title=technique)
        for technique in TECHNIQUES
    )


def _column_of_source(corpus: CodedCorpus, layout: str, mask: Mask) -> dict[int, str]:
    """Which column each source's segments go to (sources missing here go nowhere)."""
    if layout == "technique":
        return {source.id: source.kind for source in corpus.sources if source.kind in TECHNIQUES}
    known = {informant.label for informant in corpus.informants}
    columns = _unlinked_interviews(corpus, mask)
    for source in corpus.sources:
        if source.kind == "interview" and source.informant_label in known:
            columns[source.id] = source.informant_label
    return columns


def _cell(
    key: str,
    segments: list[CorpusSegment],
    quotes_per_cell: int,
    quote: Callable[[CorpusSegment], CellQuote],
    *,
    neutral_supports: bool = True,
) -> MatrixCell:
    tally = tally_of(segments, neutral_supports=neutral_supports)
    lean = tally.lean
    quotes: tuple[CellQuote, ...] = ()
    if segments and quotes_per_cell > 0:
        agreeing = _AGREEING_VALENCES.get(lean or "", ())
        ranked = sorted(
            segments,
            key=lambda segment: (segment.valence not in agreeing, segment.source_id,
                                 segment.start, segment.id),
        )
        quotes = tuple(quote(segment) for segment in _distinct_spans(ranked, quotes_per_cell))
    return MatrixCell(
        column_key=key,
        segment_ids=tuple(segment.id for segment in segments),
        tally=tally,
        quotes=quotes,
    )


def tally_of(segments: list[CorpusSegment], *, neutral_supports: bool) -> ValenceTally:
    """The valence tally of passages; those whose coders disagree are tallied apart."""
    return tally_valences([s.valence for s in segments if not s.disputed],
                          disputed=sum(1 for s in segments if s.disputed),
                          neutral_supports=neutral_supports)


def _distinct_spans(segments: list[CorpusSegment], limit: int) -> list[CorpusSegment]:
    """The first ``limit`` segments, skipping any that overlaps one already chosen (the
    same passage coded by a second coder, or a sentence inside a chosen passage)."""
    chosen: list[CorpusSegment] = []
    for segment in segments:
        if not any(
            other.source_id == segment.source_id
            and other.start < segment.end
            and segment.start < other.end
            for other in chosen
        ):
            chosen.append(segment)
            if len(chosen) == limit:
                break
    return chosen


def _row(
    code: CorpusCode,
    cells: tuple[MatrixCell, ...],
    layout: str,
    techniques: dict[str, list[CorpusSegment]],
    override: JudgementOverride | None,
) -> MatrixRow:
    leans = [(cell.column_key, cell.lean) for cell in cells]
    unit = "informant" if layout == "source" else "technique"
    suggestion = suggest_judgement(leans, unit=unit)
    summary = summarise_leans(leans)
    if layout == "source":
        notes = tuple(
            note
            for technique in TECHNIQUES[1:]
            if (note := technique_note(
                technique,
                tally_of(techniques.get(technique, []),
                         neutral_supports=code.group in PRESENCE_GROUPS).lean,
                suggestion.lean
            )) is not None
        )
        suggestion = Suggestion(suggestion.judgement, suggestion.reason + notes, suggestion.lean)
    shared, differences = _shared_and_differences(summary)
    return MatrixRow(
        code=code,
        cells=cells,
        shared=shared,
        differences=differences,
        suggestion=suggestion,
        override=override,
    )


def _shared_and_differences(
    summary: LeanSummary,
) -> tuple[tuple[Phrase, ...], tuple[Phrase, ...]]:
    """What the columns with data have in common, and where they part."""
    if summary.with_data == 0 and summary.unvalenced:
        return (Phrase("no_valence_anywhere", {"columns": summary.unvalenced}),), ()
    if summary.with_data == 0:
        return (Phrase("no_data"),), ()
    dominant = summary.dominant
    shared: tuple[Phrase, ...]
    if dominant is None:
        shared = (Phrase("nothing_shared"),)
    elif summary.with_data == 1:
        shared = (Phrase("no_comparison", {"column": summary.by_lean[dominant][0]}),)
    else:
        shared = (Phrase("lean_group", {"columns": summary.by_lean[dominant], "lean": dominant}),)
    differences = [
        Phrase("lean_group", {"columns": columns, "lean": lean})
        for lean, columns in summary.by_lean.items()
        if lean != dominant
    ]
    if summary.unvalenced:
        differences.append(Phrase("no_valence_from", {"columns": summary.unvalenced}))
    if summary.silent:
        differences.append(Phrase("no_data_from", {"columns": summary.silent}))
    if not differences:
        differences.append(Phrase("no_differences"))
    return shared, tuple(differences)


def shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    """``text`` on one line, cut at a word boundary before ``limit`` characters with "…"."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit)
    return flat[: cut if cut > limit // 2 else limit].rstrip(",;:") + "…"

