"""``telaah revise``: replace a source's text with a corrected version, keeping the coding."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import open_project, print_json, say


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    revise = commands.add_parser("revise", help="re-import a corrected transcript")
    revise.add_argument("project", help="a .telaah file or a postgresql:// URL")
    revise.add_argument("--source", required=True, help="title of the source to replace")
    revise.add_argument("file", type=Path, help="the corrected .txt or .docx")
    revise.add_argument("--encoding", help="force the text encoding of a .txt file")
    revise.add_argument("--dry-run", action="store_true",
                        help="show where every segment would go, change nothing")
    revise.add_argument("--json", action="store_true")
    revise.set_defaults(run=_revise)


def _revise(arguments: argparse.Namespace) -> int:
    from app.core.lookup import lookup_source
    from app.core.source_revision import (
        plan_source_revision,
        read_revised_transcript,
        revise_source,
    )

    with open_project(arguments.project, write=not arguments.dry_run) as project:
        source_id = lookup_source(project, title=arguments.source).id
        if arguments.dry_run:
            plan = plan_source_revision(
                project, source_id=source_id,
                text=read_revised_transcript(project, source_id=source_id, path=arguments.file,
                                             encoding=arguments.encoding).text)
        else:
            plan = revise_source(project, source_id=source_id, path=arguments.file,
                                 encoding=arguments.encoding).plan
    rows = [
        {"segment": p.segment_id, "code": p.code, "coder": p.coder, "status": str(p.status),
         "old_start": p.old_start, "old_end": p.old_end, "start": p.start, "end": p.end,
         "confidence": p.confidence, "old_text": p.old_text, "new_text": p.new_text}
        for p in plan.placements
    ]
    if arguments.json:
        print_json({"source": plan.title, "dry_run": arguments.dry_run, "segments": rows})
        return 0
    counts = {status: sum(row["status"] == status for row in rows)
              for status in ("unchanged", "shifted", "edited", "moved", "unplaced")}
    say(arguments,
        "{source}: {total} segment(s): {unchanged} unchanged, {shifted} shifted, {edited} "
        "edited, {moved} moved, {unplaced} could not be placed.",
        source=plan.title, total=len(rows), **counts)
    for row in rows:
        if row["status"] == "unplaced":
            print(f"  {row['segment']}\t[{row['old_start']}, {row['old_end']})\t{row['code']}\t"
                  f"{row['coder']}\t{' '.join(str(row['old_text']).split())[:80]}")
    if counts["unplaced"] and not arguments.dry_run:
        say(arguments, "Segments that could not be placed keep their coded text and carry a "
                       "memo; re-place them in the coding view.")
    if arguments.dry_run:
        say(arguments, "Dry run: nothing was changed.")
    return 0
