"""The review document: coded transcripts for a supervisor who works in Word.

Each source is a heading (its title, exactly) followed by one paragraph per line of its
text, so that a paragraph's position is a line of the source. Each coded segment is a real
Word comment anchored on its passage; the comment's first line is ``§<segment id> · code ·
coder`` (the mark :mod:`app.io.docx_review_reader` finds it by), then the memo and the
existing review thread. The codebook's definitions follow in an appendix. The project's
GUID is kept in the document properties, so a document is imported only into its project.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from docx.document import Document as DocumentObject
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from app.io.docx_paragraphs import clean_text, new_document
from app.io.docx_saving import save_document

SEGMENT_MARK = "§"
PROPERTY_PREFIX = "telaah-review:"


@dataclass(frozen=True)
class ReviewSegment:
    """One coded segment; ``start``/``end`` are code points of its source's text."""

    id: int
    start: int
    end: int
    code: str
    coder: str
    memo: str = ""
    status: str = ""  # the review status, in the reader's words
    thread: Sequence[str] = field(default_factory=tuple)  # "Dr. Sari (needs revision): …"


@dataclass(frozen=True)
class ReviewSource:
    title: str
    heading: str  # "I1_kepala_dinas (I1)"; the title is kept apart to find the section again
    text: str
    segments: Sequence[ReviewSegment]


@dataclass(frozen=True)
class CodeDefinition:
    path: str
    lines: Sequence[tuple[str, str]]  # (label, text), e.g. ("Definition", "…")


@dataclass(frozen=True)
class ReviewDocumentContent:
    """Everything the document says; every word already in the reader's language."""

    project_guid: str
    title: str
    intro: Sequence[str]
    sources: Sequence[ReviewSource]
    codebook_title: str
    codebook: Sequence[CodeDefinition]
    labels: Mapping[str, str]  # "memo", "status"


def segment_mark(segment_id: int) -> str:
    return f"{SEGMENT_MARK}{segment_id}"


def write_review_document(content: ReviewDocumentContent, path: Path) -> None:
    document = new_document()
    document.core_properties.title = clean_text(content.title)
    document.core_properties.subject = PROPERTY_PREFIX + content.project_guid
    document.core_properties.author = "Telaah"
    document.add_heading(clean_text(content.title), level=0)
    for line in content.intro:
        document.add_paragraph(clean_text(line))
    for source in content.sources:
        _write_source(document, source, content.labels)
    if content.codebook:
        appendix = document.add_heading(clean_text(content.codebook_title), level=1)
        appendix.paragraph_format.page_break_before = True
        for code in content.codebook:
            document.add_heading(clean_text(code.path), level=2)
            for label, text in code.lines:
                if text.strip():
                    paragraph = document.add_paragraph()
                    paragraph.add_run(clean_text(label) + ": ").bold = True
                    paragraph.add_run(clean_text(text))
    save_document(document, path)


def _write_source(document: DocumentObject, source: ReviewSource,
                  labels: Mapping[str, str]) -> None:
    heading = document.add_heading(clean_text(source.title), level=1)
    if source.heading != source.title:
        note = heading.add_run(clean_text(source.heading[len(source.title):]))
        note.font.color.rgb = RGBColor(0x60, 0x60, 0x60)
    # A heading's text must stay the title alone: the extra words go in their own run,
    # and the reader matches a heading that starts with a title.
    lines = source.text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    cuts: list[set[int]] = [set() for _line in lines]
    for segment in source.segments:
        for point in (segment.start, segment.end):
            index = min(bisect.bisect_right(starts, point) - 1, len(lines) - 1)
            cuts[index].add(point - starts[index])
    runs_by_line: list[list[tuple[int, Run]]] = []
    for index, line in enumerate(lines):
        paragraph = document.add_paragraph()
        runs_by_line.append(_runs(paragraph, line, starts[index], cuts[index]))
    for segment in source.segments:
        first = _run_at(runs_by_line, starts, segment.start, first=True)
        last = _run_at(runs_by_line, starts, segment.end, first=False)
        if first is None or last is None:
            continue
        comment = document.add_comment([first, last], text=_title_line(segment),
                                       author=clean_text(segment.coder),
                                       initials=_initials(segment.coder))
        for label, value in ((labels.get("memo", "Memo"), segment.memo),
                             (labels.get("status", "Status"), segment.status)):
            if value.strip():
                comment.add_paragraph(clean_text(f"{label}: {value}"))
        for entry in segment.thread:
            comment.add_paragraph(clean_text(entry))


def _title_line(segment: ReviewSegment) -> str:
    return clean_text(f"{segment_mark(segment.id)} · {segment.code} · {segment.coder}")


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split() if part[:1].isalnum())[:3].upper()


def _runs(paragraph: Paragraph, line: str, line_start: int,
          cuts: set[int]) -> list[tuple[int, Run]]:
    """The line as runs split at every segment edge: (source offset of the run, run)."""
    points = sorted({0, len(line), *cuts})
    runs: list[tuple[int, Run]] = []
    for low, high in zip(points, points[1:]):
        run = paragraph.add_run(clean_text(line[low:high]))
        run.font.size = Pt(11)
        runs.append((line_start + low, run))
    if not runs:  # an empty line: one empty run, so a segment can still start there
        runs.append((line_start, paragraph.add_run("")))
    return runs


def _run_at(runs_by_line: list[list[tuple[int, Run]]], starts: list[int], offset: int, *,
            first: bool) -> Run | None:
    """The run that starts at ``offset`` (``first``) or the one that ends at it."""
    if first:
        index = bisect.bisect_right(starts, offset) - 1
        for runs in runs_by_line[index:]:
            found = next((run for start, run in runs if start >= offset), None)
            if found is not None:
                return found
        return None
    index = min(bisect.bisect_right(starts, offset - 1) - 1, len(runs_by_line) - 1)
    if index < 0:
        return None
    before = [run for start, run in runs_by_line[index] if start < offset]
    return before[-1] if before else runs_by_line[index][0][1]
