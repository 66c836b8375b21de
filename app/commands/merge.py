"""``telaah merge``: bring what a coder's copy of the project adds into this project."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.commands.common import open_project, print_json


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    merge = commands.add_parser(
        "merge", help="merge a coder's copy of the project into this one")
    merge.add_argument("project", help="a .telaah file or a postgresql:// URL (changed)")
    merge.add_argument("other", help="the other coder's copy (read only)")
    merge.add_argument("--dry-run", action="store_true",
                       help="print what the merge would add and what conflicts; change nothing")
    merge.add_argument("--json", action="store_true")
    merge.set_defaults(run=_merge)


def _merge(arguments: argparse.Namespace) -> int:
    from app.core.project_merge import merge_project

    with open_project(arguments.project, write=not arguments.dry_run) as project:
        report = merge_project(project, arguments.other, dry_run=arguments.dry_run)
        location = project.location
    translate: Callable[[str], str] = arguments.translate
    if arguments.json:
        print_json({"project": location, "other": report.other, "dry_run": report.dry_run,
                    "added": report.added,
                    "notes": [{"outcome": note.outcome, "text": note.text(translate)}
                              for note in report.notes]})
        return 0
    from app.core.merge_notes import report_lines

    for line in report_lines(report, location, translate):
        print(line)
    return 0
