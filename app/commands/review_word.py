"""``telaah review export`` and ``telaah review import``: review in Word and back.

``app.cli`` spells ``review export``/``review import`` as the commands registered here, so
``telaah review PROJECT --as NAME ...`` keeps its own meaning.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import open_project, print_json, say

# The two words a user types, and the command each stands for.
SUB_COMMANDS = {"export": "review-export", "import": "review-import"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser(
        "review-export", prog="telaah review export",
        description="Write the coded transcripts as a Word document with a comment per "
                    "segment, for a supervisor who reviews in Word.")
    export.add_argument("project")
    export.add_argument("--as", dest="reviewer", required=True,
                        help="the supervisor the document is for")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.docx")
    export.add_argument("--code", action="append", default=[], metavar="PATH",
                        help="only this code (and its sub-codes); repeatable")
    export.add_argument("--coder", action="append", default=[], metavar="NAME")
    export.add_argument("--informant", action="append", default=[], metavar="ID")
    export.set_defaults(run=_export)

    back = commands.add_parser(
        "review-import", prog="telaah review import",
        description="Bring a supervisor's replies and comments from a review document back "
                    "into the project.")
    back.add_argument("project")
    back.add_argument("document", type=Path, metavar="FILE.docx")
    back.add_argument("--as", dest="reviewer", required=True,
                      help="the supervisor who reviewed (a coder with the supervisor role)")
    back.add_argument("--json", action="store_true")
    back.set_defaults(run=_import)


def _export(arguments: argparse.Namespace) -> int:
    from app.core.review_exchange import export_review_document

    output: Path = arguments.output
    if output.suffix.lower() != ".docx":
        output = output.with_name(output.name + ".docx")
    with open_project(arguments.project) as project:
        result = export_review_document(
            project, reviewer=arguments.reviewer, path=output, codes=arguments.code,
            coders=arguments.coder, informants=arguments.informant,
            translate=arguments.translate)
    say(arguments, "Wrote {segments} segment(s) from {sources} source(s) for review to {path}.",
        segments=result.segments, sources=result.sources, path=result.path)
    return 0


def _import(arguments: argparse.Namespace) -> int:
    from app.core.review_exchange_import import import_review_document

    with open_project(arguments.project, write=True) as project:
        report = import_review_document(project, path=arguments.document,
                                        reviewer=arguments.reviewer)
    translate = arguments.translate
    if arguments.json:
        print_json({"comments": report.comments, "verdicts": report.verdicts,
                    "suggestions": report.suggestions, "already": report.already,
                    "unplaced": [{"author": item.author, "text": item.text,
                                  "quote": item.quote, "reason": translate(item.reason)}
                                 for item in report.unplaced]})
        return 0
    say(arguments, "Added {comments} review comment(s) ({verdicts} with a verdict) and "
                   "{suggestions} suggestion(s); {already} were already in the project.",
        comments=report.comments, verdicts=sum(report.verdicts.values()),
        suggestions=report.suggestions, already=report.already)
    if report.unplaced:
        say(arguments, "Could not place {count} comment(s):", count=len(report.unplaced))
        for item in report.unplaced:
            words = " ".join(item.text.split())
            quote = " ".join(item.quote.split())
            where = f" [“{quote[:60]}”]" if quote else ""
            print(f"  - {item.author}: “{words[:80]}”{where}: {translate(item.reason)}")
    return 0
