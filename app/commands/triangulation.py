"""``telaah triangulation``: the triangulation matrix, its exports and the analyst's judgement."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.common import open_project, print_json, say
from app.commands.pseudonymise_options import (
    add_pseudonymise_arguments,
    export_mask_for,
    print_replacements,
)

if TYPE_CHECKING:
    from app.core.project import Project


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "triangulation", help="source or technique triangulation matrix with judgements"
    )
    parser.add_argument("project", help="a .telaah file or a postgresql:// URL")
    parser.add_argument("--by", choices=("source", "technique"), default="source",
                        help="columns: informants (source) or techniques")
    parser.add_argument("--group", choices=("all", "indicator", "obstacle", "effort", "other"),
                        default="all", help="which codes are rows (default: all groups)")
    parser.add_argument("--coder", action="append", dest="coders", metavar="NAME",
                        help="only this coder's segments (repeatable; default: all coders)")
    parser.add_argument("--quotes", type=int, default=2, metavar="N",
                        help="quotes shown per cell (default 2)")
    add_pseudonymise_arguments(parser)
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true",
                        help="rows, columns, segment ids and counts per cell, judgements")
    output.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="write FILE.docx, .xlsx, .csv or .json")
    judging = parser.add_argument_group("the analyst's judgement of one row")
    judging.add_argument("--judge", metavar="CODE", help="code path of the row to judge")
    judging.add_argument("--judgement", choices=("converge", "partial", "diverge", "silent"))
    judging.add_argument("--rationale", default="", help="why (required with --judge)")
    judging.add_argument("--as", dest="author", metavar="NAME", help="who judges (a coder)")
    judging.add_argument("--clear", metavar="CODE", help="drop the judgement of this row")
    parser.set_defaults(run=_triangulation)


def _triangulation(arguments: argparse.Namespace) -> int:
    from app.commands.export_language import export_labels
    from app.core.triangulation import export_triangulation, triangulation_matrix
    from app.core.triangulation_table import triangulation_json, triangulation_lines

    labels = export_labels(arguments)
    with open_project(arguments.project,
                      write=bool(arguments.judge or arguments.clear)) as project:
        if arguments.judge or arguments.clear:
            return _judge(arguments, project)
        mask = export_mask_for(arguments, project, labels)
        matrix = triangulation_matrix(
            project,
            layout=arguments.by,
            group=arguments.group,
            coders=arguments.coders,
            quotes_per_cell=max(arguments.quotes, 0),
            mask=mask,
        )
    if arguments.json:
        print_json(triangulation_json(matrix, labels))
    elif arguments.output is not None:
        export_triangulation(matrix, path=arguments.output, labels=labels)
        say(arguments, "Wrote the triangulation matrix ({rows} rows) to {path}.",
            rows=len(matrix.rows), path=arguments.output)
    else:
        for line in triangulation_lines(matrix, labels):
            print(line)
    print_replacements(arguments, mask)
    return 0


def _judge(arguments: argparse.Namespace, project: Project) -> int:
    from app.core.lookup import lookup_code, lookup_coder
    from app.core.triangulation import (
        clear_triangulation_judgement,
        set_triangulation_judgement,
    )
    from app.errors import InvalidValue

    key = arguments.judge or arguments.clear
    code = lookup_code(project, key=key)
    code_id, code_name = code.id, code.name
    author_id = lookup_coder(project, name=arguments.author).id if arguments.author else None
    if arguments.clear:
        clear_triangulation_judgement(project, code_id=code_id, layout=arguments.by)
        say(arguments, "Cleared the judgement of '{code}' ({layout} triangulation).",
            code=code_name, layout=arguments.by)
        return 0
    if arguments.judgement is None:
        raise InvalidValue(field="judgement", value="", detail="give --judgement")
    set_triangulation_judgement(project, code_id=code_id, layout=arguments.by,
                                judgement=arguments.judgement, rationale=arguments.rationale,
                                author_id=author_id)
    say(arguments, "Recorded '{judgement}' for '{code}' ({layout} triangulation).",
        judgement=arguments.judgement, code=code_name, layout=arguments.by)
    return 0
