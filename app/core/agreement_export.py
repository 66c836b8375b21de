"""Agreement results written for a thesis appendix (.docx or .xlsx): the tables, the unit,
the formulas, the interpretation bands with their sources and the sources compared."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date
from pathlib import Path

from app.analysis.agreement import AgreementResult, AgreementTable
from app.analysis.agreement_bands import KAPPA_PARADOX, interpret
from app.analysis.agreement_statistics import Figures
from app.core.agreement_reading import (
    READING_LABELS,
    SHORT_LABELS,
    TABLE_LABELS,
    count_disagreements,
    reading_lines,
    reference_lines,
)
from app.errors import UnsupportedFileType
from app.io.agreement_document import AgreementDocument, Cell, FigureTable

Translate = Callable[[str], str]

EXPORT_LABELS = {
    "title": "Intercoder agreement",
    "coders": "Coders",
    "unit": "Unit",
    "compared": "Sources compared",
    "left_out": "Sources left out",
    "date": "Date",
    "figures": "Figures",
    "code": "Code",
    "units": "Units",
    "both": "Both",
    "only": "{coder} only",
    "neither": "Neither",
    "coded_by": "Coded by {coder}",
    "all_codes": "All codes",
    "reading": "Reading per code",
    "band": "Band ({source})",
    "formulas": "Formulas",
    "none": "none",
}
UNIT_LABELS = {"segment": "segment", "character": "character", "presence": "presence"}
SUFFIXES = (".docx", ".xlsx")


def export_agreement(result: AgreementResult, path: Path, *, translate: Translate,
                     language: str, resolved: Collection[str] = (),
                     made_on: date | None = None) -> None:
    """Write ``result`` to ``path``; the suffix (.docx or .xlsx) chooses the format."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UnsupportedFileType(path=path, suffix=suffix or path.name)
    document = agreement_document(result, translate=translate, language=language,
                                  resolved=resolved, made_on=made_on)
    # python-docx and openpyxl (with numpy) load with the first export, not at start-up.
    if suffix == ".docx":
        from app.io.docx_agreement import write_agreement_docx

        write_agreement_docx(document, path)
    else:
        from app.io.xlsx_agreement import write_agreement_xlsx

        write_agreement_xlsx(document, path)


def agreement_document(result: AgreementResult, *, translate: Translate, language: str,
                       resolved: Collection[str] = (),
                       made_on: date | None = None) -> AgreementDocument:
    def label(key: str) -> str:
        return translate(EXPORT_LABELS[key])

    settings = result.settings
    unit = translate(UNIT_LABELS[settings.unit])
    facts = [
        (label("coders"), ", ".join(settings.coders)),
        (label("unit"), unit),
        (label("compared"), ", ".join(s.title for s in result.compared_sources)),
        (label("left_out"), ", ".join(s.title for s in result.skipped_sources)
         or label("none")),
        (label("date"), (made_on or date.today()).isoformat()),
    ]
    several = len(result.tables) > 1
    tables = []
    for table in result.tables:
        title = (translate(TABLE_LABELS[table.uncoded]) if several and table.uncoded
                 else label("figures"))
        tables.append(_figure_table(table, settings.coders, translate, label, title=title))
        tables.append(_reading_table(table, translate, label,
                                     title=f"{title}: {label('reading')}"))
    formulas = [(translate(READING_LABELS[s.name]), translate(s.formula))
                for s in result.tables[0].overall.statistics]
    reasons = sorted({translate(s.reason) for table in result.tables
                      for figures in [table.overall, *(r.figures for r in table.rows)]
                      for s in figures.statistics if s.value is None and s.reason})
    return AgreementDocument(
        title=label("title"), facts=facts, tables=tables,
        reading=reading_lines(result, translate, language),
        formulas_heading=label("formulas"), formulas=formulas,
        notes=[translate(note) for note in result.notes] + reasons,
        references=reference_lines(translate),
        disagreements=count_disagreements(result, resolved).text(translate),
        language=language,
    )


def _figure_table(table: AgreementTable, coders: tuple[str, ...], translate: Translate,
                  label: Callable[[str], str], *, title: str) -> FigureTable:
    if len(coders) == 2:
        counts_header = [label("both"), label("only").format(coder=coders[0]),
                         label("only").format(coder=coders[1]), label("neither")]
    else:
        counts_header = [label("coded_by").format(coder=coder) for coder in coders]
    statistics = table.overall.statistics
    header = [label("code"), label("units"), *counts_header,
              *(translate(SHORT_LABELS[s.name]) for s in statistics)]
    first_figure = 2 + len(counts_header)
    rows: list[list[Cell]] = []
    for name, figures in _rows(table, label):
        counts = (list(figures.two_by_two(*coders)) if len(coders) == 2
                  else [figures.coded_by(coder) for coder in coders])
        rows.append([name, figures.units, *counts, *(s.value for s in figures.statistics)])
    figure_columns = range(first_figure, first_figure + len(statistics))
    return FigureTable(
        title=title, description=table.description(translate), header=header, rows=rows,
        percent_columns=frozenset(c for c, s in zip(figure_columns, statistics, strict=True)
                                  if s.name == "percent_agreement"),
        decimal_columns=frozenset(c for c, s in zip(figure_columns, statistics, strict=True)
                                  if s.name != "percent_agreement"),
    )


def _rows(table: AgreementTable, label: Callable[[str], str]) -> list[tuple[str, Figures]]:
    return [*((row.code, row.figures) for row in table.rows), (label("all_codes"), table.overall)]


def _reading_table(table: AgreementTable, translate: Translate, label: Callable[[str], str],
                   *, title: str) -> FigureTable:
    """Per code: each banded figure beside its band, the band's source in the header."""
    banded = [s.name for s in table.overall.statistics if interpret(s.name, 0.5) is not None]
    header = [label("code")]
    for name in banded:
        reading = interpret(name, 0.5)
        assert reading is not None
        header += [translate(SHORT_LABELS[name]),
                   label("band").format(source=translate(reading.source_short))]
    rows: list[list[Cell]] = []
    for name, figures in _rows(table, label):
        by_name = {s.name: s for s in figures.statistics}
        row: list[Cell] = [name]
        for statistic in banded:
            value = by_name[statistic].value
            reading = interpret(statistic, value)
            row += [value, translate(reading.label) if reading else None]
        rows.append(row)
    value_columns = frozenset(range(1, len(header), 2))
    return FigureTable(title=title, description=translate(KAPPA_PARADOX), header=header,
                       rows=rows, percent_columns=frozenset(), decimal_columns=value_columns,
                       widths_cm=[6.5] + [2.3, 3.7] * len(banded))
