"""``telaah excerpts``: coded excerpts to Word, grouped by code or informant."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import open_project, say
from app.commands.pseudonymise_options import (
    add_pseudonymise_arguments,
    export_mask_for,
    print_replacements,
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("excerpts", help="write coded excerpts to a Word document")
    parser.add_argument("project", help="a .telaah file or a postgresql:// URL")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.docx")
    parser.add_argument("--code", action="append", dest="codes", default=[], metavar="PATH",
                        help="only this code and its sub-codes (repeatable)")
    parser.add_argument("--informant", action="append", dest="informants", default=[],
                        metavar="ID", help="only this informant (repeatable)")
    parser.add_argument("--coder", action="append", dest="coders", default=[], metavar="NAME",
                        help="only this coder's segments (repeatable)")
    parser.add_argument("--group-by", choices=("code", "informant"), default="code")
    add_pseudonymise_arguments(parser)
    parser.add_argument("--with-coder", action="store_true", help="name each excerpt's coder(s)")
    parser.add_argument("--with-memo", action="store_true", help="add each excerpt's memos")
    parser.set_defaults(run=_excerpts)


def _excerpts(arguments: argparse.Namespace) -> int:
    from app.commands.export_language import export_labels
    from app.core.excerpts import ExcerptOptions, export_excerpts

    options = ExcerptOptions(
        codes=tuple(arguments.codes),
        informants=tuple(arguments.informants),
        coders=tuple(arguments.coders),
        group_by=arguments.group_by,
        pseudonymise=arguments.pseudonymize is not None or arguments.list_replacements,
        name_mode=arguments.pseudonymize or "label",
        with_coder=arguments.with_coder,
        with_memo=arguments.with_memo,
    )
    labels = export_labels(arguments)
    with open_project(arguments.project) as project:
        mask = export_mask_for(arguments, project, labels)
        document = export_excerpts(project, path=arguments.output, options=options,
                                   labels=labels, mask=mask)
    say(arguments, "Wrote {count} excerpt(s) in {sections} section(s) to {path}.",
        count=document.excerpt_count, sections=len(document.sections), path=arguments.output)
    print_replacements(arguments, mask)
    return 0
