"""``telaah codebook export|import``: the codebook as .qdc, .docx or .xlsx."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import open_project, say


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("codebook", help="export or import the codebook")
    actions = parser.add_subparsers(dest="codebook_action", required=True, metavar="ACTION")

    export = actions.add_parser("export", help="write the codebook (.qdc, .docx or .xlsx)")
    export.add_argument("project", help="a .telaah file or a postgresql:// URL")
    export.add_argument("-o", "--output", type=Path, required=True,
                        metavar="FILE.qdc|FILE.docx|FILE.xlsx")
    export.set_defaults(run=_export)

    load = actions.add_parser("import", help="add the codes of a REFI-QDA codebook (.qdc)")
    load.add_argument("project", help="a .telaah file or a postgresql:// URL")
    load.add_argument("file", type=Path, metavar="FILE.qdc")
    load.set_defaults(run=_import)


def _export(arguments: argparse.Namespace) -> int:
    from app.commands.export_language import export_labels
    from app.core.codebook_documents import export_codebook_file

    with open_project(arguments.project) as project:
        export_codebook_file(project, path=arguments.output, labels=export_labels(arguments))
    say(arguments, "Wrote the codebook to {path}.", path=arguments.output)
    return 0


def _import(arguments: argparse.Namespace) -> int:
    from app.core.codes import import_codebook

    with open_project(arguments.project, write=True) as project:
        changes = import_codebook(project, path=arguments.file)
    say(arguments, "Imported {count} new code(s) from {path}.",
        count=len(changes.codes), path=arguments.file)
    return 0
