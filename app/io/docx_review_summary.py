"""The supervisor's review summary as a Word document: per code, verdict counts and comments."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT

from app.io.docx_saving import save_document


@dataclass(frozen=True)
class ReviewRow:
    code: str
    counts: Mapping[str, int]
    comments: Sequence[tuple[str, str, str]]  # (status label, author, comment)


STATUS_ORDER = ("accepted", "needs_revision", "rejected", "revised", "pending")


def write_review_summary(
    rows: Sequence[ReviewRow], path: Path, *, labels: Mapping[str, str], title: str
) -> None:
    """``labels`` translates the fixed words: status names, "Code", "Comments", "Total"."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    document.add_heading(title, level=1)
    table = document.add_table(rows=1, cols=len(STATUS_ORDER) + 2)
    table.style = "Light Grid Accent 1"
    header = table.rows[0].cells
    header[0].text = labels["code"]
    for index, status in enumerate(STATUS_ORDER, start=1):
        header[index].text = labels[status]
    header[-1].text = labels["total"]
    for row in rows:
        cells = table.add_row().cells
        cells[0].text = row.code
        for index, status in enumerate(STATUS_ORDER, start=1):
            cells[index].text = str(row.counts.get(status, 0))
        cells[-1].text = str(sum(row.counts.values()))
    commented = [row for row in rows if any(body for _s, _a, body in row.comments)]
    if commented:
        document.add_heading(labels["comments"], level=2)
    for row in commented:
        document.add_heading(row.code, level=3)
        for status, author, body in row.comments:
            if body:
                document.add_paragraph(f"{status} — {author}: {body}", style="List Bullet")
    save_document(document, path)
