"""``telaah qdpx export`` and ``telaah qdpx import``: REFI-QDA project archives."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import open_project, print_json, say


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    qdpx = commands.add_parser("qdpx", help="exchange projects with other QDA programs (.qdpx)")
    actions = qdpx.add_subparsers(dest="qdpx_command", required=True, metavar="ACTION")

    export = actions.add_parser("export", help="write a project as a REFI-QDA .qdpx archive")
    export.add_argument("project", help="a .telaah file or a postgresql:// URL")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.qdpx")
    export.set_defaults(run=_export)

    imports = actions.add_parser("import", help="create a new project from a .qdpx archive")
    imports.add_argument("archive", type=Path, metavar="FILE.qdpx")
    imports.add_argument("project", help="the new .telaah file (or an empty PostgreSQL database)")
    imports.add_argument("--skip-missing-sources", action="store_true",
                         help="leave out sources whose text is not in the archive")
    imports.add_argument("--json", action="store_true", help="print what was imported as JSON")
    imports.set_defaults(run=_import)


def _export(arguments: argparse.Namespace) -> int:
    from app.core.qdpx import export_qdpx

    with open_project(arguments.project) as project:
        summary = export_qdpx(project, path=arguments.output)
    say(arguments,
        "Exported {sources} source(s), {codes} code(s) and {segments} coded segment(s) "
        "to {path}.",
        sources=summary.sources, codes=summary.codes, segments=summary.segments,
        path=summary.path)
    return 0


def _import(arguments: argparse.Namespace) -> int:
    from app.core.qdpx import import_qdpx

    report = import_qdpx(arguments.archive, arguments.project,
                         skip_missing_sources=arguments.skip_missing_sources)
    if arguments.json:
        print_json({
            "project": report.location, "origin": report.origin, "sources": report.sources,
            "codes": report.codes, "segments": report.segments,
            "informants": report.informants, "coders": report.coders, "memos": report.memos,
            "position_scheme": report.position_scheme, "skipped": list(report.skipped),
            "empty_sources": list(report.empty_sources),
        })
        return 0
    say(arguments,
        "Imported {sources} source(s), {codes} code(s), {segments} coded segment(s), "
        "{informants} informant(s) and {memos} memo(s) into {path}.",
        sources=report.sources, codes=report.codes, segments=report.segments,
        informants=report.informants, memos=report.memos, path=report.location)
    if report.skipped:
        say(arguments, "Left out {count} item(s) Telaah cannot hold:", count=len(report.skipped))
        for item in report.skipped:
            print(f"  - {item}")
    if report.empty_sources:
        say(arguments, "Warning: {count} source(s) have no text: {names}",
            count=len(report.empty_sources), names="; ".join(report.empty_sources))
    return 0
