"""The supervisor's review summary as a Word document.

What it holds: the project, supervisor, date and coders; per code the verdict counts; then,
grouped by coder and within that by code, every commented segment with its quote, source,
turn, verdict and whole thread (replies set in under what they answer). Tables have fixed
column widths, a header row repeated on every page and rows kept on one page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from docx.table import Table, _Cell

from app.io.docx_saving import save_document
from app.io.docx_table_layout import lay_out
from app.vocabulary import REVIEW_VERDICTS


@dataclass(frozen=True)
class ReviewRow:
    code: str
    counts: Mapping[str, int]
    comments: Sequence[tuple[str, str, str]]  # (status label, author, comment)


@dataclass(frozen=True)
class SummaryHead:
    """The document's opening lines; every value already in the reader's words."""

    project: str
    supervisors: str
    made_on: str
    coders: str


@dataclass(frozen=True)
class ThreadLine:
    author: str  # "Dr. Sari (supervisor, 3/12/26)"
    verdict: str  # a verdict's label, "" for a reply
    body: str

    @property
    def is_reply(self) -> bool:
        return not self.verdict


@dataclass(frozen=True)
class SummaryEntry:
    coder: str
    code: str
    source: str  # "W_I2_Kepala (I2)"
    place: str  # "turn 4"
    quote: str
    status: str  # the segment's review status, as a label
    thread: Sequence[ThreadLine] = field(default_factory=tuple)


# The count columns: the verdicts, then what still awaits one (revised, then pending).
STATUS_ORDER = (*REVIEW_VERDICTS, "revised", "pending")
# Landscape A4 less 2 cm margins is 25.7 cm; the table style adds cell padding.
COUNT_WIDTHS = (7.8, 2.7, 2.7, 2.7, 2.7, 2.7, 3.2)
ENTRY_WIDTHS = (8.2, 3.4, 2.5, 10.4)


def write_review_summary(
    rows: Sequence[ReviewRow], path: Path, *, labels: Mapping[str, str], title: str,
    head: SummaryHead | None = None, entries: Sequence[SummaryEntry] = (),
) -> None:
    """``labels`` translates the fixed words: status names, "Code", "Comments", "Total" and,
    with ``head``/``entries``, "Project", "Supervisor", "Date", "Coders", "Coder", "Quote",
    "Where", "Status", "Thread"."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2))
    document.styles["Normal"].font.size = Pt(10)
    document.add_heading(title, level=1)
    if head is not None:
        for key, value in (("project", head.project), ("supervisor", head.supervisors),
                           ("date", head.made_on), ("coders", head.coders)):
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{labels[key]}: ").bold = True
            paragraph.add_run(value)
    _counts(document, rows, labels)
    if entries:
        _entries(document, entries, labels)
    else:
        _plain_comments(document, rows, labels)
    save_document(document, path)


def _counts(document: DocumentObject, rows: Sequence[ReviewRow],
            labels: Mapping[str, str]) -> None:
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
    lay_out(table, COUNT_WIDTHS)


def _entries(document: DocumentObject, entries: Sequence[SummaryEntry],
             labels: Mapping[str, str]) -> None:
    document.add_heading(labels["comments"], level=2)
    coder = code = None
    table: Table | None = None
    tables: list[Table] = []
    for entry in entries:
        if entry.coder != coder:
            coder, code = entry.coder, None
            document.add_heading(f"{labels['coder']}: {coder}", level=2)
        if entry.code != code:
            code = entry.code
            document.add_heading(code, level=3)
            table = document.add_table(rows=1, cols=len(ENTRY_WIDTHS))
            table.style = "Light Grid Accent 1"
            for cell, key in zip(table.rows[0].cells, ("quote", "where", "status", "thread"),
                                 strict=True):
                cell.text = labels[key]
            tables.append(table)
        assert table is not None
        cells = table.add_row().cells
        cells[0].text = f"“{entry.quote}”"
        cells[1].text = "\n".join(part for part in (entry.source, entry.place) if part)
        cells[2].text = entry.status
        _thread(cells[3], entry.thread)
    for each in tables:
        lay_out(each, ENTRY_WIDTHS)


def _thread(cell: _Cell, thread: Sequence[ThreadLine]) -> None:
    first = True
    for line in thread:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if line.is_reply:
            paragraph.paragraph_format.left_indent = Cm(0.6)
            paragraph.add_run("↳ ")
        paragraph.add_run(line.author).bold = True
        if line.verdict:
            paragraph.add_run(f" — {line.verdict}").italic = True
        if line.body:
            paragraph.add_run(f": {line.body}")


def _plain_comments(document: DocumentObject, rows: Sequence[ReviewRow],
                    labels: Mapping[str, str]) -> None:
    commented = [row for row in rows if any(body for _s, _a, body in row.comments)]
    if commented:
        document.add_heading(labels["comments"], level=2)
    for row in commented:
        document.add_heading(row.code, level=3)
        for status, author, body in row.comments:
            if body:
                paragraph = document.add_paragraph()
                paragraph.add_run(author).bold = True
                if status:
                    paragraph.add_run(f" — {status}").italic = True
                paragraph.add_run(f": {body}")
