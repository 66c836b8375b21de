"""Intercoder agreement: statistics per code and overall, with the disagreement list.

``compute_agreement`` is a pure function over plain records (see ``agreement_data``); it
reports progress per code and can be cancelled, so the GUI can run it off its thread.
Every table says which unit was compared (``description``) and every figure carries its
formula and the unit counts it came from (``app.analysis.agreement_statistics``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.analysis.agreement_data import (
    AgreementSettings,
    CodeLabel,
    CodingSpan,
    ScopedSource,
    SourceExtent,
    scope_of,
)
from app.analysis.agreement_disagreements import Disagreement, find_disagreements
from app.analysis.agreement_matching import SegmentUnit, match_segments
from app.analysis.agreement_statistics import Figures, add_counts, figures_from_patterns
from app.analysis.agreement_units import (
    Counts,
    character_counts,
    presence_counts,
    segment_counts,
)
from app.errors import Cancelled

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

SEGMENT_UNIT = (
    "Unit: segment. Two coders' segments of the same code in the same source are one unit "
    "when they overlap by at least {overlap} of the longer one (one-to-one, best overlap "
    "first); every unmatched segment is a unit its coder coded and the other coders did not."
)
CHARACTER_INCLUDED = (
    "Unit: character, uncoded text included. Per code, every character of the compared "
    "sources is coded or not coded by each coder; text no coder coded counts as agreement."
)
CHARACTER_EXCLUDED = (
    "Unit: character, uncoded text excluded. Per code, only the characters at least one "
    "coder coded with it are compared."
)
PRESENCE_BY_SOURCE = (
    "Unit: source. Per code, each compared source is one unit; the code is present "
    "(applied at least once) or absent for each coder."
)
PRESENCE_BY_INFORMANT = (
    "Unit: informant. Per code, each informant (their compared sources together) is one "
    "unit; the code is present or absent for each coder. Sources without an informant "
    "(observation, documentation) are left out."
)
OVERALL_NOTE = "All codes: the units of every code pooled into one table."
SCOPE_CODED_SOURCES = (
    "Sources compared: those at least two of the coders coded (any code); in each, a coder "
    "who coded nothing there has no value (missing data)."
)
SCOPE_ALL_SOURCES = (
    "All sources compared; a coder who coded nothing in a source counts as 'not coded' there."
)
# Shown in the GUI and the CLI through translate(); collected by tools/update_translations.py.
TRANSLATED = (SEGMENT_UNIT, CHARACTER_INCLUDED, CHARACTER_EXCLUDED, PRESENCE_BY_SOURCE,
              PRESENCE_BY_INFORMANT, OVERALL_NOTE, SCOPE_CODED_SOURCES, SCOPE_ALL_SOURCES)


@dataclass(frozen=True, slots=True)
class CodeAgreement:
    code_id: int
    code: str
    figures: Figures


@dataclass(frozen=True, slots=True)
class AgreementTable:
    """The figures of every code and of all codes pooled, for one way of counting units.

    ``uncoded`` is "included" or "excluded" for the character unit, None otherwise.
    """

    unit: str
    uncoded: str | None
    description_template: str
    overlap: float
    rows: tuple[CodeAgreement, ...]
    overall: Figures

    def description(self, translate: Callable[[str], str] = str) -> str:
        return translate(self.description_template).format(overlap=f"{self.overlap:.0%}")


@dataclass(frozen=True, slots=True)
class AgreementResult:
    settings: AgreementSettings
    tables: tuple[AgreementTable, ...]
    disagreements: tuple[Disagreement, ...]
    codes: tuple[CodeLabel, ...]
    compared_sources: tuple[SourceExtent, ...]
    skipped_sources: tuple[SourceExtent, ...]
    notes: tuple[str, ...]  # translation keys without placeholders


def compute_agreement(
    spans: Iterable[CodingSpan],
    sources: Sequence[SourceExtent],
    codes: Sequence[CodeLabel],
    settings: AgreementSettings,
    *,
    used_codes_only: bool = True,
    with_disagreements: bool = True,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> AgreementResult:
    """Agreement among ``settings.coders`` on ``codes`` (in that order).

    ``used_codes_only`` drops codes no compared coder applied in a compared source (they
    would only add units everyone agrees on). Spans of other coders or codes are ignored.
    Raises ``Cancelled`` when ``cancel()`` turns true.
    """
    coder_bits = {coder: 1 << index for index, coder in enumerate(settings.coders)}
    wanted = {code.code_id for code in codes}
    # One pass over the spans (50,000 at group scale): who coded each source, and the
    # spans of each wanted code by source, in the order they come; then only the
    # compared sources are kept (comparison_scope's rule).
    seen: dict[int, int] = {}
    by_code: dict[int, dict[int, list[CodingSpan]]] = {}
    for span in spans:
        bit = coder_bits.get(span.coder)
        if bit is None:
            continue
        where = span.source_id
        seen[where] = seen.get(where, 0) | bit
        if span.code_id in wanted:
            by_code.setdefault(span.code_id, {}).setdefault(where, []).append(span)
    scope = scope_of(seen, sources, settings)
    scoped_ids = {scoped.source.source_id for scoped in scope.sources}
    groups: dict[int, dict[int, list[CodingSpan]]] = {}
    for code_id, spans_by_source in by_code.items():
        kept = {where: found for where, found in spans_by_source.items()
                if where in scoped_ids}
        if kept:
            groups[code_id] = kept
    if used_codes_only:
        codes = [code for code in codes if code.code_id in groups]
    matched: dict[tuple[int, int], list[SegmentUnit]] = {}
    per_code: list[tuple[CodeLabel, list[Counts]]] = []
    for done, code in enumerate(codes):
        if cancel is not None and cancel():
            raise Cancelled()
        by_source = groups.get(code.code_id, {})
        if settings.unit == "segment" or with_disagreements:
            for source_id, source_spans in by_source.items():
                matched[code.code_id, source_id] = match_segments(
                    source_spans, coder_bits, settings.overlap)
        counts = _counts(settings, code.code_id, by_source, scope.sources, coder_bits, matched)
        per_code.append((code, counts))
        if progress is not None:
            progress(done + 1, len(codes) + 1)
    disagreements = (
        find_disagreements(matched, scope.sources, settings.coders, codes, settings.overlap)
        if with_disagreements else ()
    )
    if progress is not None:
        progress(len(codes) + 1, len(codes) + 1)
    return AgreementResult(
        settings=settings,
        tables=_tables(settings, per_code),
        disagreements=disagreements,
        codes=tuple(codes),
        compared_sources=tuple(scoped.source for scoped in scope.sources),
        skipped_sources=scope.skipped,
        notes=(SCOPE_ALL_SOURCES if settings.all_sources else SCOPE_CODED_SOURCES,
               OVERALL_NOTE),
    )


def _counts(
    settings: AgreementSettings,
    code_id: int,
    by_source: Mapping[int, Sequence[CodingSpan]],
    scope: Sequence[ScopedSource],
    coder_bits: Mapping[str, int],
    matched: Mapping[tuple[int, int], Sequence[SegmentUnit]],
) -> list[Counts]:
    """The counts of each table of the unit (the character unit has two)."""
    if settings.unit == "character":
        included = character_counts(by_source, scope, coder_bits)
        excluded = {key: units for key, units in included.items() if key[1]}
        return [included, excluded]
    if settings.unit == "presence":
        by_informant = settings.presence_by == "informant"
        return [presence_counts(by_source, scope, coder_bits, by_informant=by_informant)]
    units = {source_id: matched[code_id, source_id] for source_id in by_source}
    return [segment_counts(units, scope)]


def _tables(
    settings: AgreementSettings, per_code: list[tuple[CodeLabel, list[Counts]]]
) -> tuple[AgreementTable, ...]:
    """One table per way of counting; chance-corrected statistics only where units coded
    by nobody can occur."""
    layouts: list[tuple[str | None, str, bool]]
    if settings.unit == "character":
        layouts = [("included", CHARACTER_INCLUDED, True),
                   ("excluded", CHARACTER_EXCLUDED, False)]
    elif settings.unit == "presence":
        by_informant = settings.presence_by == "informant"
        layouts = [(None, PRESENCE_BY_INFORMANT if by_informant else PRESENCE_BY_SOURCE, True)]
    else:
        layouts = [(None, SEGMENT_UNIT, False)]
    tables = []
    for index, (uncoded, template, chance_corrected) in enumerate(layouts):
        pooled: dict[tuple[int, int], int] = {}
        rows = []
        for code, tables_of_code in per_code:
            counts = tables_of_code[index]
            add_counts(pooled, counts)
            rows.append(CodeAgreement(
                code_id=code.code_id, code=code.path,
                figures=figures_from_patterns(counts, settings.coders,
                                              chance_corrected=chance_corrected)))
        tables.append(AgreementTable(
            unit=settings.unit, uncoded=uncoded, description_template=template,
            overlap=settings.overlap, rows=tuple(rows),
            overall=figures_from_patterns(pooled, settings.coders,
                                          chance_corrected=chance_corrected)))
    return tuple(tables)
