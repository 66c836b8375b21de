"""``telaah verify-quotes``: check a thesis draft's quotations against the transcripts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands.common import open_project, print_json, say

if TYPE_CHECKING:  # loaded when the command runs, not with the CLI
    from app.core.quote_verification import QuoteCheck

STATUS_TEMPLATES = {
    "exact": "exact match",
    "near": "near match",
    "not_found": "not found",
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    verify = commands.add_parser("verify-quotes",
                                 help="check every quotation of a thesis draft (.docx)")
    verify.add_argument("project", help="a .telaah file or a postgresql:// URL")
    verify.add_argument("draft", type=Path, metavar="DRAFT.docx")
    verify.add_argument("--threshold", type=float, default=80.0,
                        help="lowest similarity (0-100) that counts as a near match")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(run=_verify)


def _verify(arguments: argparse.Namespace) -> int:
    from app.core.quote_verification import verify_draft_quotes

    with open_project(arguments.project) as project:
        checks = verify_draft_quotes(project, draft_path=arguments.draft,
                                     threshold=arguments.threshold)
    rows = [_row(check) for check in checks]
    if arguments.json:
        print_json(rows)
        return 0
    translate = arguments.translate
    for row in rows:
        where = f"{row['source']} [{row['start']}, {row['end']})" if row["source"] else "-"
        print(f"{row['number']:>3}. {translate(STATUS_TEMPLATES[row['status']])}"
              f" ({row['score']:.0f})  {where}")
        print(f"     “{_shorten(row['quote'])}”")
        for difference in row["differences"]:
            print(f"     {difference['kind']}: '{difference['quote']}' → '{difference['source']}'")
        if row["informant_matches"] is False:
            message = translate("The citation names {cited}, but the quote is from {found}.")
            print("     " + message.format(cited=row["cited_informant"] or row["cited_source"],
                                           found=row["informant"] or row["source"]))
    counts = {status: sum(row["status"] == status for row in rows) for status in STATUS_TEMPLATES}
    say(arguments,
        "{total} quotation(s): {exact} exact, {near} near, {not_found} not found, "
        "{mismatched} citing another informant.",
        total=len(rows), exact=counts["exact"], near=counts["near"],
        not_found=counts["not_found"],
        mismatched=sum(row["informant_matches"] is False for row in rows))
    return 0


def _row(check: QuoteCheck) -> dict[str, Any]:
    match = check.match
    return {
        "number": check.quote.number,
        "paragraph": check.quote.paragraph,
        "kind": check.quote.kind,
        "quote": check.quote.text,
        "citation": check.quote.citation,
        "cited_informant": check.cited_informant,
        "cited_source": check.cited_source,
        "status": str(match.status),
        "score": match.score,
        "source": match.source_title,
        "informant": match.informant,
        "start": match.start,
        "end": match.end,
        "found_text": match.found_text,
        "elisions": match.elisions,
        "differences": [
            {"kind": d.kind, "quote": d.quote_text, "source": d.source_text}
            for d in match.differences
        ],
        "informant_matches": check.informant_matches,
    }


def _shorten(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
