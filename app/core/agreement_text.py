"""An agreement result as plain text and as JSON: what ``telaah agreement`` prints.

The figures are written as ``language`` writes decimals, each κ and α with its
interpretation band and source (:mod:`app.core.agreement_reading`, the wording the GUI and
the exports share); every word goes through ``translate``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Any

from app.analysis.agreement import AgreementResult, AgreementTable
from app.analysis.agreement_bands import KAPPA_PARADOX, interpret
from app.analysis.agreement_bands import sources as band_sources
from app.analysis.agreement_data import DEFAULT_OVERLAP, PRESENCE_BY, UNITS
from app.analysis.agreement_disagreements import Disagreement
from app.analysis.agreement_statistics import Figures, Statistic
from app.core.agreement_reading import READING_LABELS, SHORT_LABELS
from app.errors import NotFound
from app.io.export_labels import decimal_text, percent_text

if TYPE_CHECKING:
    from app.core.evidence import Places

# The choices of a measurement, as a front end offers them.
__all__ = ["DEFAULT_OVERLAP", "KIND_LABELS", "PRESENCE_BY", "UNITS", "find_disagreement",
           "result_as_json", "result_lines"]

Translate = Callable[[str], str]

KIND_LABELS = {
    "missing": "coded by one side only",
    "boundaries": "same code, different boundaries",
    "code": "same text, different code",
}


def find_disagreement(result: AgreementResult, key: str) -> Disagreement:
    """The disagreement of ``result`` with ``key`` (such as ``12+57``)."""
    for row in result.disagreements:
        if row.key == key.strip():
            return row
    raise NotFound(kind="disagreement", key=key)


# --- JSON ----------------------------------------------------------------------------------


def result_as_json(result: AgreementResult, translate: Translate, *, language: str = "en",
                   resolved: Collection[str] = ()) -> dict[str, Any]:
    from app.core.agreement_reading import count_disagreements, reading_lines

    settings = result.settings
    count = count_disagreements(result, resolved)
    return {
        "coders": list(settings.coders),
        "unit": settings.unit,
        "overlap": settings.overlap,
        "presence_by": settings.presence_by,
        "all_sources": settings.all_sources,
        "sources_compared": [source.title for source in result.compared_sources],
        "sources_skipped": [source.title for source in result.skipped_sources],
        "notes": [translate(note) for note in result.notes],
        "tables": [
            {
                "uncoded": table.uncoded,
                "description": table.description(translate),
                "codes": [{"code": row.code, "code_id": row.code_id,
                           **_figures_json(row.figures, settings.coders, translate)}
                          for row in table.rows],
                "overall": _figures_json(table.overall, settings.coders, translate),
            }
            for table in result.tables
        ],
        "disagreements": [_disagreement_json(row, row.key in resolved)
                          for row in result.disagreements],
        "disagreement_count": {"total": count.total, "resolved": count.resolved,
                               "open": count.open},
        "interpretation": {
            "reading": reading_lines(result, translate, language),
            "note": translate(KAPPA_PARADOX),
            "references": [translate(source) for source in band_sources()],
        },
    }


def _figures_json(
    figures: Figures, coders: tuple[str, ...], translate: Translate
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "units": figures.units,
        "pairable_units": figures.pairable_units,
        "coded_by": {coder: figures.coded_by(coder) for coder in coders},
        "patterns": [{"present": list(p.present), "coded": list(p.coded), "units": p.units}
                     for p in figures.patterns],
    }
    if len(coders) == 2:
        both, first, second, neither = figures.two_by_two(*coders)
        data["two_by_two"] = {"both": both, "first_only": first, "second_only": second,
                              "neither": neither}
    data["statistics"] = {
        statistic.name: {"value": statistic.value, "formula": translate(statistic.formula),
                         "reason": translate(statistic.reason) if statistic.reason else None,
                         "interpretation": _band_json(statistic, translate)}
        for statistic in figures.statistics
    }
    return data


def _band_json(statistic: Statistic, translate: Translate) -> dict[str, str] | None:
    reading = interpret(statistic.name, statistic.value)
    if reading is None:
        return None
    return {"band": reading.band, "label": translate(reading.label),
            "source": translate(reading.source_short), "reference": translate(reading.source)}


def _disagreement_json(row: Disagreement, resolved: bool) -> dict[str, Any]:
    return {
        "key": row.key, "kind": row.kind, "resolved": resolved, "source": row.source,
        "source_id": row.source_id,
        "informant": row.informant, "start": row.start, "end": row.end,
        "overlap": row.overlap,
        "versions": [
            {"coder": v.coder, "saw_source": v.saw_source, "segment_id": v.segment_id,
             "code": v.code, "code_id": v.code_id, "start": v.start, "end": v.end,
             "text": v.text}
            for v in row.versions
        ],
    }


# --- readable table ------------------------------------------------------------------------


def result_lines(
    result: AgreementResult, translate: Translate, *, language: str = "en",
    disagreements: bool = False, resolved: Collection[str] = (),
    places: Places | None = None,
) -> list[str]:
    """The readable report; figures are written as ``language`` writes decimals, each κ
    and α with its interpretation band and source."""
    from app.core.agreement_reading import count_disagreements, reading_lines, reference_lines

    settings = result.settings
    lines = [
        translate("Agreement between {coders}").format(coders=", ".join(settings.coders)),
        translate("Sources compared ({count}): {titles}").format(
            count=len(result.compared_sources),
            titles=", ".join(s.title for s in result.compared_sources)),
    ]
    if result.skipped_sources:
        lines.append(translate("Sources left out ({count}): {titles}").format(
            count=len(result.skipped_sources),
            titles=", ".join(s.title for s in result.skipped_sources)))
    lines.extend(translate(note) for note in result.notes)
    reasons: dict[str, str] = {}
    for table in result.tables:
        lines.append("")
        lines.extend(_table_lines(table, settings.coders, translate, reasons, language))
    lines.append("")
    lines.append(translate("Formulas:"))
    for statistic in result.tables[0].overall.statistics:
        lines.append(f"  {translate(READING_LABELS[statistic.name])}: "
                     f"{translate(statistic.formula)}")
    if reasons:
        lines.append(translate("Not reported (—):"))
        lines.extend(f"  [{mark}] {translate(reason)}" for reason, mark in reasons.items())
    lines.append("")
    lines.extend(reading_lines(result, translate, language))
    lines.append("")
    lines.extend(reference_lines(translate))
    lines.append("")
    lines.append(count_disagreements(result, resolved).text(translate))
    if disagreements:
        lines.extend(_disagreement_lines(result.disagreements, translate, places or {},
                                         resolved))
    return lines


def _table_lines(
    table: AgreementTable, coders: tuple[str, ...], translate: Translate,
    reasons: dict[str, str], language: str,
) -> list[str]:
    if len(coders) == 2:
        count_headers = [translate("Both"), translate("{coder} only").format(coder=coders[0]),
                         translate("{coder} only").format(coder=coders[1]),
                         translate("Neither")]
    else:
        count_headers = [translate("Coded by {coder}").format(coder=c) for c in coders]
    headers = [translate("Code"), translate("Units"), *count_headers,
               *(translate(SHORT_LABELS[name]) for name in SHORT_LABELS)]
    body = [_row(row.code, row.figures, coders, reasons, language) for row in table.rows]
    body.append(_row(translate("All codes"), table.overall, coders, reasons, language))
    widths = [max(len(str(line[i])) for line in [headers, *body]) for i in range(len(headers))]
    lines = [table.description(translate), ""]
    for line in [headers, *body]:
        cells = [str(line[0]).ljust(widths[0])]
        cells += [str(cell).rjust(width) for cell, width in zip(line[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells).rstrip())
    return lines


def _row(label: str, figures: Figures, coders: tuple[str, ...],
         reasons: dict[str, str], language: str) -> list[str]:
    if len(coders) == 2:
        counts = [str(count) for count in figures.two_by_two(*coders)]
    else:
        counts = [str(figures.coded_by(coder)) for coder in coders]
    return [label, str(figures.units), *counts,
            *(_value(statistic, reasons, language) for statistic in figures.statistics)]


def _value(statistic: Statistic, reasons: dict[str, str], language: str) -> str:
    if statistic.value is None:
        assert statistic.reason is not None
        mark = reasons.setdefault(statistic.reason, "abcdefghijklmnop"[len(reasons)])
        return f"—[{mark}]"
    if statistic.name == "percent_agreement":
        return percent_text(statistic.value, 1, language)
    return decimal_text(statistic.value, 3, language)


def _disagreement_lines(rows: tuple[Disagreement, ...], translate: Translate,
                        places: Places, resolved: Collection[str]) -> list[str]:
    """Each disagreement by source, turn and a few words of every version."""
    from app.core.review import few_words

    lines = []
    for row in rows:
        number, is_paragraph = places.get((row.source_id, row.start), (None, False))
        where = row.source
        if number is not None:
            place = translate("para. {number}" if is_paragraph else "turn {number}")
            where = f"{where}, {place.format(number=number)}"
        settled = f" — {translate('resolved')}" if row.key in resolved else ""
        lines.append(f"[{row.key}] {where} ({translate(KIND_LABELS[row.kind])}){settled}")
        for version in row.versions:
            if version.segment_id is None:
                shown = "—" if version.saw_source else translate("(did not code this source)")
            else:
                shown = f"{version.code}: “{few_words(version.text or '', 8)}”"
            lines.append(f"    {version.coder}: {shown}")
    return lines
