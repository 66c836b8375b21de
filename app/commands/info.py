"""``telaah info`` and ``telaah segments``: read a project's summary and its coded segments."""

from __future__ import annotations

import argparse

from app.commands.common import open_project, print_json
from app.core.vocabulary import REVIEW_STATUSES


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    info = commands.add_parser("info", help="summarise a project")
    info.add_argument("project", help="a .telaah file or a postgresql:// URL")
    info.add_argument("--json", action="store_true")
    info.set_defaults(run=_info)

    segments = commands.add_parser("segments", help="list coded segments")
    segments.add_argument("project", help="a .telaah file or a postgresql:// URL")
    segments.add_argument("--code", help="code path; a category includes its sub-codes")
    segments.add_argument("--informant", help="informant id")
    segments.add_argument("--coder")
    segments.add_argument("--status", action="append", choices=REVIEW_STATUSES,
                          help="review status (repeatable)")
    segments.add_argument("--json", action="store_true")
    segments.set_defaults(run=_segments)


def _info(arguments: argparse.Namespace) -> int:
    from app.core.project_summary import summarise_project_at

    summary = summarise_project_at(arguments.project)
    if arguments.json:
        print_json(summary)
        return 0
    print(summary["title"])
    for question in summary["research_questions"]:
        print(f"  ? {question}")
    print(f"sources: {len(summary['sources'])}")
    for source in summary["sources"]:
        print(f"  {source['kind']:<13} {source['informant'] or '-':<4} "
              f"{source['words']:>7} words  {source['title']}")
    print(f"informants: {len(summary['informants'])}")
    for informant in summary["informants"]:
        print(f"  {informant['id']:<4} {informant['type']:<9} {informant['role']}")
    print(f"codes: {len(summary['codes'])}")
    for code in summary["codes"]:
        print(f"  {code['segments']:>5}  {code['path']}")
    print(f"coders: {len(summary['coders'])}")
    for coder in summary["coders"]:
        print(f"  {coder['segments']:>5}  {coder['name']}")
    return 0


def _segments(arguments: argparse.Namespace) -> int:
    from app.core.segment_filters import segments_matching

    with open_project(arguments.project) as project:
        segments = segments_matching(
            project, code=arguments.code, informant=arguments.informant, coder=arguments.coder,
            review_statuses=frozenset(arguments.status) if arguments.status else None,
        )
    rows = [
        {"id": segment.id, "source": segment.source, "informant": segment.informant,
         "code": segment.code, "coder": segment.coder, "start": segment.start,
         "end": segment.end, "text": segment.text, "valence": segment.valence,
         "memo": segment.memo, "status": segment.review_status}
        for segment in segments
    ]
    if arguments.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['id']}\t{row['source']}\t[{row['start']}, {row['end']})\t"
                  f"{row['code']}\t{row['coder']}\t{row['text']}")
    return 0
