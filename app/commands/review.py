"""``telaah coders`` and ``telaah review``: roles, verdicts, threads and the summary."""

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
from app.core.vocabulary import REVIEW_VERDICTS

if TYPE_CHECKING:  # loaded when the command runs, not with the CLI
    from app.core.project import Project
    from app.core.pseudonymising import Mask
    from app.core.segments import SegmentView

QUEUE_WORDS = 10


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    coders = commands.add_parser("coders", help="list coders, add one or set a role")
    coders.add_argument("project")
    coders.add_argument("--add", metavar="NAME", help="add (or select) this coder")
    coders.add_argument("--role", choices=("coder", "supervisor"))
    coders.add_argument("--json", action="store_true")
    coders.set_defaults(run=_coders)

    review = commands.add_parser("review", help="review coded segments as a supervisor")
    review.add_argument("project")
    review.add_argument("--as", dest="reviewer", required=True, help="your coder name")
    review.add_argument("--segment", type=int, help="segment id to give a verdict on")
    review.add_argument("--verdict", choices=REVIEW_VERDICTS)
    review.add_argument("--comment", default="")
    review.add_argument("--summary", type=Path, metavar="FILE.docx",
                        help="write the review summary to a Word file")
    add_pseudonymise_arguments(review)
    review.add_argument("--json", action="store_true",
                        help="print the review queue as JSON (alone, --as prints it as text)")
    review.set_defaults(run=_review)


def _coders(arguments: argparse.Namespace) -> int:
    from app.core.coders import list_coders
    from app.core.coding_by_name import add_coder

    with open_project(arguments.project, write=bool(arguments.add)) as project:
        if arguments.add:
            add_coder(project, name=arguments.add, role=arguments.role)
        coders = list_coders(project)
    rows = [{"name": c.name, "role": c.role, "segments": c.segment_count} for c in coders]
    if arguments.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['segments']:>6}  {row['role']:<10}  {row['name']}")
    return 0


def _review(arguments: argparse.Namespace) -> int:
    from app.core.lookup import lookup_coder
    from app.core.review import OPEN_STATUSES, review_segment
    from app.core.review_feedback import review_queue

    writes = arguments.segment is not None and bool(arguments.verdict)
    with open_project(arguments.project, write=writes) as project:
        reviewer = lookup_coder(project, name=arguments.reviewer)
        reviewer_id, reviewer_role = reviewer.id, reviewer.role
        if arguments.segment is not None and arguments.verdict:
            review_segment(project, segment_id=arguments.segment, reviewer_id=reviewer_id,
                           verdict=arguments.verdict, comment=arguments.comment)
            say(arguments, "Verdict stored for segment {id}.", id=arguments.segment)
        if arguments.summary is not None:
            from app.commands.export_language import export_labels

            mask = export_mask_for(arguments, project, export_labels(arguments))
            _write_summary(arguments, project, mask,
                           arguments.reviewer if reviewer_role == "supervisor" else "")
            say(arguments, "Review summary written to {path}.", path=arguments.summary)
            print_replacements(arguments, mask)
        asked = arguments.segment is not None or arguments.summary is not None
        if arguments.json or not asked:
            queue = review_queue(project, review_statuses=OPEN_STATUSES)
            if arguments.json:
                print_json([
                    {"id": s.id, "source": s.source, "informant": s.informant, "code": s.code,
                     "coder": s.coder, "start": s.start, "end": s.end, "text": s.text,
                     "status": s.review_status}
                    for s in queue
                ])
            else:
                _print_queue(arguments, project, queue)
    return 0


def _print_queue(arguments: argparse.Namespace, project: Project,
                 queue: list[SegmentView]) -> None:
    """One line per segment to review: id, status, code, coder, where, its first words."""
    from app.core.evidence import turn_places
    from app.core.review import few_words
    from app.core.review_export import REVIEW_SUMMARY_LABELS

    translate = arguments.translate
    count = len(queue)
    if count == 1:
        say(arguments, "1 segment to review.")
    else:
        say(arguments, "{count} segments to review.", count=count)
    places = turn_places(project, ((s.source_id, s.start) for s in queue))
    for segment in queue:
        number, is_paragraph = places[(segment.source_id, segment.start)]
        where = segment.source
        if number is not None:
            place = translate("para. {number}" if is_paragraph else "turn {number}")
            where = f"{where}, {place.format(number=number)}"
        status = translate(REVIEW_SUMMARY_LABELS.get(segment.review_status,
                                                      segment.review_status))
        print(f"{segment.id:>6}  {status:<15} {segment.code}  ({segment.coder})  {where}: "
              f"“{few_words(segment.text, QUEUE_WORDS)}”")


def _write_summary(arguments: argparse.Namespace, project: Project, mask: Mask | None,
                   supervisor: str) -> None:
    from app.commands.export_language import export_labels
    from app.core.review_export import export_review_summary
    from app.i18n import translator_for

    # The document's words in the export language, as the GUI writes the same summary.
    export_review_summary(project, arguments.summary,
                          translate=translator_for(export_labels(arguments).language),
                          mask=mask, supervisor=supervisor)
