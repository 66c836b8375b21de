"""The review summary as a Word file, the one way both front ends write it.

Its fixed words are :data:`REVIEW_SUMMARY_LABELS`, translated by the front end's
``translate`` (the GUI: its interface language; ``telaah review --summary``: the export
language), so the GUI and the command line write the same document.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.analysis.pseudonymise import Mask, mask_title
from app.core.coded_corpus import passage_times
from app.core.evidence import Place
from app.core.project import Project
from app.core.review import CommentView, review_summary
from app.core.review_feedback import ReviewEntry, ReviewReport, review_report

if TYPE_CHECKING:
    from app.io.docx_review_summary import ThreadLine

Translate = Callable[[str], str]

# The summary's fixed words (English catalogue keys), review statuses and roles included.
REVIEW_SUMMARY_LABELS = {
    "code": "Code",
    "accepted": "Accepted",
    "needs_revision": "Needs revision",
    "rejected": "Rejected",
    "revised": "Revised",
    "pending": "Pending",
    "total": "Total",
    "comments": "Comments",
    "title": "Review summary",
    "project": "Project",
    "supervisor": "Supervisor",
    "date": "Date",
    "coders": "Coders",
    "coder": "Coder",
    "quote": "Quote",
    "where": "Source and turn",
    "status": "Status",
    "thread": "Comments (thread)",
    "turn": "turn {number}",
    "paragraph": "para. {number}",
    "role_coder": "coder",
    "role_supervisor": "supervisor",
    "was": "changed the segment; it was: “{text}”",
}


def review_summary_labels(translate: Translate) -> dict[str, str]:
    """The summary's fixed words as ``translate`` words them."""
    return {key: translate(text) for key, text in REVIEW_SUMMARY_LABELS.items()}


def export_review_summary(project: Project, path: Path, *, translate: Translate,
                          mask: Mask | None = None, supervisor: str = "",
                          made_on: date | None = None) -> None:
    """The review summary of ``project`` as a Word document at ``path``: counts per code,
    then every commented segment by coder and code with its thread. ``mask`` pseudonymises
    quotes, comments and source titles; ``supervisor`` names who made it."""
    write_review_summary_file(project, path, labels=review_summary_labels(translate),
                              mask=mask, supervisor=supervisor, made_on=made_on)


def mask_review_report(report: ReviewReport, mask: Mask) -> ReviewReport:
    """Quotes, comments and source titles masked (comments often quote the segment)."""
    def entry(item: ReviewEntry) -> ReviewEntry:
        segment = dataclasses.replace(item.segment, text=mask(item.segment.text),
                                      source=mask_title(mask, item.segment.source),
                                      memo=mask(item.segment.memo))
        comments = tuple(dataclasses.replace(c, body=mask(c.body), previous=(
            dataclasses.replace(c.previous, text=mask(c.previous.text))
            if c.previous else None)) for c in item.comments)
        return dataclasses.replace(item, segment=segment, comments=comments)
    return dataclasses.replace(report, entries=tuple(entry(e) for e in report.entries))


def write_review_summary_file(project: Project, path: Path, *, labels: Mapping[str, str],
                              mask: Mask | None = None, supervisor: str = "",
                              made_on: date | None = None) -> None:
    """Counts per code, then every commented segment by coder and code, with its thread."""
    # python-docx loads with the first summary written, not at start-up.
    from app.io.docx_review_summary import (
        ReviewRow,
        SummaryEntry,
        SummaryHead,
        write_review_summary,
    )

    report = review_report(project, supervisor=supervisor, made_on=made_on)
    summary = review_summary(project)
    if mask is not None:
        report = mask_review_report(report, mask)
        summary = [dataclasses.replace(row, comments=tuple(
            dataclasses.replace(c, body=mask(c.body)) for c in row.comments))
            for row in summary]
    rows = [ReviewRow(code=row.code, counts=row.counts, comments=()) for row in summary]
    # A segment of a recorded interview is listed with its time range as well.
    times = passage_times(project, ((item.segment.source_id, item.segment.start,
                                     item.segment.end) for item in report.entries))
    head = SummaryHead(project=report.project, supervisors=", ".join(report.supervisors),
                       made_on=report.made_on.isoformat(), coders=", ".join(report.coders))
    entries = [
        SummaryEntry(
            coder=item.segment.coder, code=item.segment.code,
            source=(f"{item.segment.source} ({item.segment.informant})"
                    if item.segment.informant else item.segment.source),
            place=", ".join(part for part in (_place(item.place, labels), times.get(
                (item.segment.source_id, item.segment.start, item.segment.end), ""))
                if part),
            quote=" ".join(item.segment.text.split()),
            status=labels.get(item.segment.review_status, item.segment.review_status),
            thread=tuple(_line(comment, labels) for comment in item.comments),
        )
        for item in report.entries
    ]
    write_review_summary(rows, path, labels=labels, title=labels["title"], head=head,
                         entries=entries)


def _place(place: Place, labels: Mapping[str, str]) -> str:
    number, is_paragraph = place
    if number is None:
        return ""
    return labels["paragraph" if is_paragraph else "turn"].format(number=number)


def _line(comment: CommentView, labels: Mapping[str, str]) -> ThreadLine:
    from app.io.docx_review_summary import ThreadLine

    role = labels.get(f"role_{comment.author_role}", comment.author_role)
    when = comment.created_at.strftime("%Y-%m-%d %H:%M")
    body = comment.body
    if comment.previous is not None:
        body = labels["was"].format(text=" ".join(comment.previous.text.split()))
    return ThreadLine(author=f"{comment.author} ({role}, {when})",
                      verdict=labels.get(comment.status or "", "") if comment.status else "",
                      body=body)
