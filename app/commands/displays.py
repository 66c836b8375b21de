"""``telaah matrix`` and ``telaah cooccurrence``: data displays on the command line."""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.common import open_project, print_json, say
from app.commands.export_language import export_labels
from app.commands.pseudonymise_options import (
    add_pseudonymise_arguments,
    export_mask_for,
    print_replacements,
)
from app.errors import UnsupportedExportType

if TYPE_CHECKING:  # the table module loads with the first display, not with the CLI
    from app.core.display_export import DisplayTable


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    matrix = commands.add_parser("matrix", help="code × informant matrix")
    matrix.add_argument("project")
    matrix.add_argument("--group", choices=("indicator", "obstacle", "effort", "other"))
    matrix.add_argument("--coder", help="only this coder's segments")
    matrix.add_argument("--value", choices=("count", "share", "statements"), default="count")
    matrix.add_argument("--json", action="store_true")
    matrix.add_argument("-o", "--output", type=Path, help="FILE.docx, .xlsx or .csv")
    matrix.set_defaults(run=_matrix)

    pairs = commands.add_parser("cooccurrence", help="code co-occurrence matrix")
    pairs.add_argument("project")
    pairs.add_argument("--mode", choices=("overlap", "turn"), default="overlap")
    pairs.add_argument("--json", action="store_true")
    pairs.add_argument("-o", "--output", type=Path, help="FILE.docx, .xlsx or .csv")
    pairs.set_defaults(run=_co_occurrence)

    report = commands.add_parser("report", help="draft results chapter as a Word file")
    report.add_argument("project")
    report.add_argument("-o", "--output", type=Path, required=True, help="FILE.docx")
    add_pseudonymise_arguments(report)
    report.set_defaults(run=_report)

    conclusions = commands.add_parser(
        "conclusions", help="conclusions per code with the suggested verdict and checks")
    conclusions.add_argument("project")
    conclusions.add_argument("--group", choices=("indicator", "obstacle", "effort", "other"),
                             default="indicator")
    conclusions.add_argument("--json", action="store_true")
    conclusions.set_defaults(run=_conclusions)


def _matrix(arguments: argparse.Namespace) -> int:
    from app.core.display_export import matrix_json
    from app.core.displays import code_matrix, matrix_table

    _check_output(arguments.output)
    with open_project(arguments.project) as project:
        matrix = code_matrix(project, group=arguments.group, coder=arguments.coder)
    if arguments.json:
        print_json(matrix_json(matrix))
        return 0
    table = matrix_table(matrix, value=arguments.value, translate=_table_words(arguments))
    return _emit(arguments, table)


def _co_occurrence(arguments: argparse.Namespace) -> int:
    from app.core.display_export import co_occurrence_json
    from app.core.displays import co_occurrence_table

    _check_output(arguments.output)
    with open_project(arguments.project) as project:
        table = co_occurrence_table(project, mode=arguments.mode,
                                    translate=_table_words(arguments))
    if arguments.json:
        print_json(co_occurrence_json(table))
        return 0
    return _emit(arguments, table)


def _table_words(arguments: argparse.Namespace) -> Callable[[str], str]:
    """A table's own words ("Code", "Total"): in the export language when it goes to a
    file, as the GUI writes the same table; in the language of messages on the terminal."""
    if arguments.output is None:
        translate: Callable[[str], str] = arguments.translate
        return translate
    from app.i18n import translator_for

    return translator_for(export_labels(arguments).language)


def _check_output(output: Path | None) -> None:
    """A file no display can be written to is refused before the project is read."""
    if output is not None:
        from app.core.display_export import check_display_path

        check_display_path(output)


def _emit(arguments: argparse.Namespace, table: DisplayTable) -> int:
    output: Path | None = arguments.output
    if output is None:
        writer = csv.writer(sys.stdout, delimiter="\t")
        writer.writerow(table.columns)
        writer.writerows(table.rows)
        for note in table.notes:  # beside the table, not in it: stdout stays a table
            print(note, file=sys.stderr)
        return 0
    from app.core.display_export import export_display

    export_display(table, output, language=export_labels(arguments).language)
    say(arguments, "Written to {path}.", path=output)
    return 0


def _report(arguments: argparse.Namespace) -> int:
    from app.core.report import export_results_report

    if arguments.output.suffix.lower() != ".docx":
        raise UnsupportedExportType(path=arguments.output, suffix=arguments.output.suffix,
                                    allowed=[".docx"])
    labels = export_labels(arguments)  # Indonesian unless --lang or TELAAH_LANG says otherwise
    with open_project(arguments.project) as project:
        mask = export_mask_for(arguments, project, labels)
        export_results_report(project, arguments.output, labels=labels, mask=mask)
    say(arguments, "Written to {path}.", path=arguments.output)
    print_replacements(arguments, mask)
    return 0


def _conclusions(arguments: argparse.Namespace) -> int:
    from app.core.conclusion_terms import verdict_rule_text
    from app.core.conclusions import conclusions_for_codes

    with open_project(arguments.project) as project:
        views = conclusions_for_codes(project, group=arguments.group)
    rows = [
        {
            "code": view.target,
            "verdict": view.verdict,
            "suggested": view.suggestion.verdict if view.suggestion else None,
            "net_score": view.suggestion.net_score if view.suggestion else None,
            "rule": (verdict_rule_text(view.suggestion, arguments.language)
                     if view.suggestion else None),
            "rule_kind": view.rule_kind,
            "rule_key": view.suggestion.rule_key if view.suggestion else None,
            "scale": list(view.scale),
            "disputed_passages": view.suggestion.disputed if view.suggestion else 0,
            "status": view.status,
            "statement": view.statement,
            "supporting": list(view.supporting),
            "contradicting": list(view.contradicting),
            "checks": {
                "informants": view.checks.informant_count,
                "informant_types": list(view.checks.informant_types),
                "observation_agrees": view.checks.observation_agrees,
                "documentation_agrees": view.checks.documentation_agrees,
                "unaddressed_contradictions": list(view.checks.unaddressed_contradictions),
                "unreviewed_segments": view.checks.unreviewed_segments,
                "warnings": list(view.checks.warnings),
            },
            "tactics": dict(view.tactics),
        }
        for view in views
    ]
    if arguments.json:
        print_json(rows)
    else:
        for row in rows:
            say(arguments, "{code} — verdict: {verdict}; Telaah suggests: {suggested} ({rule})",
                code=row["code"], verdict=row["verdict"] or "-",
                suggested=row["suggested"] or "-", rule=row["rule"] or "")
    return 0
