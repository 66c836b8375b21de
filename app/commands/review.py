"""``telaah coders`` and ``telaah review``: roles, verdicts, threads and the summary."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import open_project, print_json, say
from app.commands.pseudonymise_options import (
    add_pseudonymise_arguments,
    export_mask_for,
    print_replacements,
)

REVIEW_LABELS = {
    "code": "Code",
    "accepted": "Accepted",
    "needs_revision": "Needs revision",
    "rejected": "Rejected",
    "revised": "Revised",
    "pending": "Pending",
    "total": "Total",
    "comments": "Comments",
    "title": "Review summary",
}


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
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
    review.add_argument("--verdict", choices=("accepted", "needs_revision", "rejected"))
    review.add_argument("--comment", default="")
    review.add_argument("--summary", type=Path, metavar="FILE.docx",
                        help="write the review summary to a Word file")
    add_pseudonymise_arguments(review)
    review.add_argument("--json", action="store_true", help="print the review queue")
    review.set_defaults(run=_review)


def _coders(arguments: argparse.Namespace) -> int:
    from app.core.coders import ensure_coder, list_coders, set_coder_role

    with open_project(arguments.project, write=bool(arguments.add)) as project:
        if arguments.add:
            coder_id = ensure_coder(project, name=arguments.add,
                                    role=arguments.role or "coder").created
            if arguments.role and coder_id is not None:
                set_coder_role(project, coder_id=coder_id, role=arguments.role)
        coders = list_coders(project)
    rows = [{"name": c.name, "role": c.role, "segments": c.segment_count} for c in coders]
    if arguments.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['segments']:>6}  {row['role']:<10}  {row['name']}")
    return 0


def _review(arguments: argparse.Namespace) -> int:
    from app.core.lookup import find_coder
    from app.core.review import OPEN_STATUSES, review_segment, review_summary
    from app.core.segments import list_segments

    writes = arguments.segment is not None and bool(arguments.verdict)
    with open_project(arguments.project, write=writes) as project:
        with project.reading() as session:
            reviewer_id = find_coder(session, arguments.reviewer).id
        if arguments.segment is not None and arguments.verdict:
            review_segment(project, segment_id=arguments.segment, reviewer_id=reviewer_id,
                           verdict=arguments.verdict, comment=arguments.comment)
            say(arguments, "Verdict stored for segment {id}.", id=arguments.segment)
        if arguments.summary is not None:
            from app.commands.export_language import export_labels
            from app.core.pseudonymising import mask_review_summary

            summary = review_summary(project)
            mask = export_mask_for(arguments, project, export_labels(arguments))
            if mask is not None:
                summary = mask_review_summary(summary, mask)
            _write_summary(arguments, summary)
            say(arguments, "Review summary written to {path}.", path=arguments.summary)
            print_replacements(arguments, mask)
        if arguments.json:
            queue = list_segments(project, review_statuses=OPEN_STATUSES)
            print_json([
                {"id": s.id, "source": s.source, "informant": s.informant, "code": s.code,
                 "coder": s.coder, "start": s.start, "end": s.end, "text": s.text,
                 "status": s.review_status}
                for s in queue
            ])
    return 0


def _write_summary(arguments: argparse.Namespace, summary: list) -> None:  # type: ignore[type-arg]
    from app.io.docx_review_summary import ReviewRow, write_review_summary

    from app.commands.export_language import export_labels
    from app.i18n import translator_for

    # The document's words in the export language, as the GUI writes the same summary.
    translate = translator_for(export_labels(arguments).language)
    labels = {key: translate(value) for key, value in REVIEW_LABELS.items()}
    rows = [
        ReviewRow(
            code=row.code,
            counts=row.counts,
            comments=[(labels.get(c.status or "", ""), c.author, c.body) for c in row.comments],
        )
        for row in summary
    ]
    write_review_summary(rows, arguments.summary, labels=labels, title=labels["title"])
