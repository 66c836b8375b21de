"""``telaah matrix`` and ``telaah cooccurrence``: data displays on the command line."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from app.commands.common import open_project, print_json, say
from app.errors import UnsupportedExportType

EXPORT_SUFFIXES = (".docx", ".xlsx", ".csv")


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
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


def _matrix(arguments: argparse.Namespace) -> int:
    from app.analysis.code_matrix import matrix_as_counts
    from app.core.displays import code_matrix, matrix_table

    _check_output(arguments.output)
    with open_project(arguments.project) as project:
        matrix = code_matrix(project, group=arguments.group, coder=arguments.coder)
    if arguments.json:
        print_json({
            "columns": [{"id": c.label, "type": c.informant_type, "role": c.role}
                        for c in matrix.columns],
            "counts": matrix_as_counts(matrix),
            "segments": {row.code: {column.label: list(cell.segment_ids)
                                    for column, cell in zip(matrix.columns, row.cells)}
                         for row in matrix.rows},
        })
        return 0
    table = matrix_table(matrix, value=arguments.value, translate=arguments.translate)
    return _emit(arguments, table)


def _co_occurrence(arguments: argparse.Namespace) -> int:
    from app.core.displays import co_occurrence_table

    _check_output(arguments.output)
    with open_project(arguments.project) as project:
        table = co_occurrence_table(project, mode=arguments.mode, translate=arguments.translate)
    if arguments.json:
        print_json({"codes": list(table.columns[1:]),
                    "counts": {row[0]: dict(zip(table.columns[1:], row[1:]))
                               for row in table.rows}})
        return 0
    return _emit(arguments, table)


def _check_output(output: Path | None) -> None:
    if output is not None and output.suffix.lower() not in EXPORT_SUFFIXES:
        raise UnsupportedExportType(path=output, suffix=output.suffix,
                                    allowed=list(EXPORT_SUFFIXES))


def _emit(arguments: argparse.Namespace, table) -> int:  # type: ignore[no-untyped-def]
    from app.io.display_table import write_display_docx, write_display_xlsx

    output: Path | None = arguments.output
    if output is None:
        writer = csv.writer(sys.stdout, delimiter="\t")
        writer.writerow(table.columns)
        writer.writerows(table.rows)
        return 0
    suffix = output.suffix.lower()
    if suffix == ".docx":
        write_display_docx(table, output)
    elif suffix == ".xlsx":
        write_display_xlsx(table, output)
    else:
        import io

        from app.io.file_bytes import write_file_atomically

        buffer = io.StringIO()
        csv.writer(buffer).writerows([list(table.columns), *table.rows])
        write_file_atomically(output, buffer.getvalue().encode("utf-8-sig"))
    say(arguments, "Written to {path}.", path=output)
    return 0
