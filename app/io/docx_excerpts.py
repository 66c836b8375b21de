"""Write an excerpts document (:class:`app.analysis.excerpt_groups.ExcerptDocument`) to .docx.

Layout: title and a few lines about the selection; a table of contents; then one
"Heading 1" per section (a code, opened by its definition, or an informant) and one
"Heading 2" per group inside it. Each excerpt is a paragraph in Word's "Quote" style
followed by its citation ("Telaah Citation" style) and, if asked for, its coders and memos
("Telaah Note" style).

The table of contents is a real Word TOC field (level 1: the sections) whose stored result
already lists every section heading, so LibreOffice and Word show the list straight away;
Word adds page numbers when the field is updated (right-click → Update Field). A hint under
it says so.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from operator import attrgetter
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from lxml import etree

from app.analysis.excerpt_groups import (
    CodeSubject,
    Excerpt,
    ExcerptDocument,
    InformantSubject,
    Subject,
)
from app.errors import ExportCancelled
from app.io.docx_body_xml import BlankPackage, BodyXml, PictureMaker, save_with_body
from app.io.docx_paragraphs import (
    ParagraphWriter,
    Progress,
    TextRun,
    clean_text,
    ensure_paragraph_style,
    new_document,
)
from app.io.docx_tab_tables import detached_word_table
from app.io.export_labels import ExportLabels
from app.io.tab_table_rows import TextPart, has_table_rows, split_table_rows

CITATION_STYLE = "Telaah Citation"
NOTE_STYLE = "Telaah Note"
TOC_STYLE = "toc 1"
QUOTE_STYLE = "Quote"
QUOTE_INDENT_MM = 12
PICTURE_WIDTH_MM = 90
# How often (in excerpts) progress is reported and cancellation checked.
PROGRESS_STEP = 250
_GRAY = "595959"
AUTHOR = "Telaah"


def write_excerpts_docx(
    document: ExcerptDocument,
    path: Path,
    *,
    labels: ExportLabels,
    made_on: date | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    pictures: Mapping[int, bytes] | None = None,
) -> None:
    """Write ``document`` to ``path``; nothing is written if ``cancelled()`` turns true.

    ``pictures`` holds, by segment id, the cropped region (PNG) of a segment coded on a
    photo: the excerpt shows it above its description and citation.
    """
    pictures = pictures or {}
    title = labels("excerpts.title")
    save: Callable[[list[bytes]], None]
    if pictures:  # pictures add parts to the package: python-docx saves it
        word = Document(io.BytesIO(_template()))
        word.core_properties.title = title
        word.core_properties.author = AUTHOR
        writer = ParagraphWriter(word)
        picture_maker = PictureMaker(word)
        tables = _TablesDocument(word)

        def save(body_xml: list[bytes]) -> None:
            save_with_body(word, body_xml, path)
    else:  # the template's package with another word/document.xml and title
        blank = _blank_package()
        element = blank.new_document_element()
        writer = ParagraphWriter.on_body(element.body, blank.style_id)
        # A quote's tables are made, when there are any, in a document of the template.
        tables = _TablesDocument(None)

        def save(body_xml: list[bytes]) -> None:
            blank.save(element, body_xml, path, title=title, author=AUTHOR)
    _front_matter(writer, document, labels, made_on or date.today())
    # The excerpts, the long part, are written as WordprocessingML text and put into the
    # document once, at saving (app.io.docx_body_xml).
    body = BodyXml(writer.style_id)
    if pictures and document.selection.pseudonymised:
        body.paragraph(NOTE_STYLE, [TextRun(labels("photos_not_anonymised"), bold=True)])
    total = document.excerpt_count
    done = 0
    quote_opening = body.opening(QUOTE_STYLE, keep_with_next=True)
    citation_opening = body.opening(CITATION_STYLE)
    with_coder, with_memo = document.with_coder, document.with_memo
    citation_text = labels.citation
    for section in document.sections:
        body.paragraph("Heading 1", _heading(section.subject, labels))
        if isinstance(section.subject, CodeSubject) and section.subject.definition:
            body.paragraph(NOTE_STYLE, [TextRun(labels("definition") + ": ", bold=True),
                                        TextRun(section.subject.definition)])
        for group in section.groups:
            body.paragraph("Heading 2", _heading(group.subject, labels))
            excerpts = group.excerpts
            # The usual group: quotes and citations only, all plain text, written at once.
            if not pictures and not _has_notes(excerpts, with_coder, with_memo) and (
                    body.plain_pairs(quote_opening, list(map(_TEXT, excerpts)),
                                     citation_opening,
                                     labels.citations(list(map(_CITATION, excerpts))))):
                done = _reported(done, len(excerpts), total, progress, cancelled, path)
                continue
            for excerpt in excerpts:
                picture = next((pictures[segment_id] for segment_id in excerpt.segment_ids
                                if segment_id in pictures), None) if pictures else None
                if picture is not None:
                    body.picture_paragraph(
                        picture_maker.inline(picture, width=Mm(PICTURE_WIDTH_MM)),
                        keep_with_next=True)
                _quote(body, tables, excerpt.text)
                body.paragraph(CITATION_STYLE, citation_text(excerpt.citation))
                # A passage coded by several coders names them even unasked: the reader
                # sees why it stands once (see app.analysis.passages).
                coders = excerpt.coders
                if coders and (with_coder or len(coders) > 1):
                    body.paragraph(NOTE_STYLE, labels("coders", names=", ".join(coders)))
                if with_memo:
                    for memo in excerpt.memos:
                        body.paragraph(NOTE_STYLE, labels("memo", text=memo))
                done = _reported(done, 1, total, progress, cancelled, path)
    if not document.sections:
        body.paragraph(None, labels("no_excerpts"))
    _report(total, total, progress, cancelled, path)
    save(body.encoded())


class _TablesDocument:
    """The document that a quote's tables are made in (python-docx makes a table in a
    document): the one being written, or a new one of the same template when needed."""

    def __init__(self, document: DocumentObject | None) -> None:
        self._document = document

    def get(self) -> DocumentObject:
        if self._document is None:
            self._document = Document(io.BytesIO(_template()))
        return self._document


def _quote(body: BodyXml, tables: _TablesDocument, text: str) -> None:
    """The excerpt in the Quote style; rows of a table in it as a Word table."""
    if not has_table_rows(text):
        body.paragraph(QUOTE_STYLE, text, keep_with_next=True)
        return
    for part in split_table_rows(text):
        if isinstance(part, TextPart):
            body.paragraph(QUOTE_STYLE, part.text, keep_with_next=True)
        else:
            body.element(detached_word_table(tables.get(), part, indent_mm=QUOTE_INDENT_MM))


_TEXT = attrgetter("text")
_CITATION = attrgetter("citation")
_CODERS = attrgetter("coders")
_MEMOS = attrgetter("memos")


def _has_notes(excerpts: Sequence[Excerpt], with_coder: bool, with_memo: bool) -> bool:
    """Whether any of ``excerpts`` is followed by a note: its coders (asked for, or
    several) or its memos (asked for)."""
    if with_memo and any(map(_MEMOS, excerpts)):
        return True
    if with_coder:
        return any(map(_CODERS, excerpts))
    return max(map(len, map(_CODERS, excerpts)), default=0) > 1


def _reported(done: int, more: int, total: int, progress: Progress | None,
              cancelled: Callable[[], bool] | None, path: Path) -> int:
    """``done + more``, reporting progress (and checking cancellation) at every multiple
    of :data:`PROGRESS_STEP` passed, as when counting one excerpt at a time."""
    now = done + more
    for mark in range(done + PROGRESS_STEP - done % PROGRESS_STEP, now + 1, PROGRESS_STEP):
        _report(mark, total, progress, cancelled, path)
    return now


def _report(done: int, total: int, progress: Progress | None,
            cancelled: Callable[[], bool] | None, path: Path) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled(path=path)
    if progress is not None:
        progress(done, total)


@functools.cache
def _template() -> bytes:
    """The empty A4 document with the export's styles, saved once: opening it again costs
    half of making it (python-docx's template, then the styles; 8 -> 4 ms)."""
    word = new_document()
    _add_styles(word)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


@functools.cache
def _blank_package() -> BlankPackage:
    return BlankPackage(_template())


def _add_styles(word: DocumentObject) -> None:
    quote = word.styles[QUOTE_STYLE].paragraph_format
    quote.left_indent = quote.right_indent = Mm(QUOTE_INDENT_MM)
    quote.space_before = Pt(9)
    quote.space_after = Pt(2)
    ensure_paragraph_style(word, CITATION_STYLE, style_id="TelaahCitation", size=9,
                           indent_mm=12, space_after=2)
    word.styles[CITATION_STYLE].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ensure_paragraph_style(word, NOTE_STYLE, style_id="TelaahNote", size=9, color=_GRAY,
                           indent_mm=12, space_after=2)
    ensure_paragraph_style(word, TOC_STYLE, style_id="TOC1", space_after=2)


def _front_matter(writer: ParagraphWriter, document: ExcerptDocument, labels: ExportLabels,
                  made_on: date) -> None:
    writer.paragraph("Title", labels("excerpts.title"))
    if document.title:
        writer.paragraph(None, [TextRun(document.title, bold=True)])
    selection = document.selection
    lines = [labels(f"grouped.{document.group_by}"), labels("excerpts.passages")]
    if selection.codes:
        lines.append(labels("filter.codes", values=", ".join(selection.codes)))
    if selection.informants:
        lines.append(labels("filter.informants", values=", ".join(selection.informants)))
    if selection.coders:
        lines.append(labels("filter.coders", values=", ".join(selection.coders)))
    if selection.pseudonymised:
        lines.append(labels("filter.pseudonymised"))
    lines.append(labels("excerpt_count", count=document.excerpt_count))
    lines.append(labels("made_on", date=made_on.isoformat()))
    for line in lines:
        writer.paragraph(NOTE_STYLE, line)
    if document.sections:
        writer.paragraph("TOC Heading", labels("toc"))
        _table_of_contents(writer, document, labels)
        writer.paragraph(NOTE_STYLE, labels("toc.hint"))


def _table_of_contents(writer: ParagraphWriter, document: ExcerptDocument,
                       labels: ExportLabels) -> None:
    entries = [(TOC_STYLE, _heading(section.subject, labels))
               for section in document.sections]
    first = writer.paragraph(entries[0][0])
    _field_char(writer, first, "begin")
    instruction = writer.make("w:instrText")
    instruction.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instruction.text = ' TOC \\o "1-1" \\h \\z \\u '
    run = writer.make("w:r")
    run.append(instruction)
    first.append(run)
    _field_char(writer, first, "separate")
    _text_run(writer, first, entries[0][1])
    for style, text in entries[1:]:
        writer.paragraph(style, text)
    last = writer.paragraph(None)
    _field_char(writer, last, "end")


def _field_char(writer: ParagraphWriter, paragraph: etree._Element, kind: str) -> None:
    run = writer.make("w:r")
    char = writer.make("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run.append(char)
    paragraph.append(run)


def _text_run(writer: ParagraphWriter, paragraph: etree._Element, text: str) -> None:
    run = writer.make("w:r")
    node = writer.make("w:t")
    node.text = clean_text(text)
    run.append(node)
    paragraph.append(run)


def _heading(subject: Subject, labels: ExportLabels) -> str:
    if isinstance(subject, CodeSubject):
        return subject.path
    if isinstance(subject, InformantSubject):
        if subject.who:
            return labels("informant_heading", number=subject.number, label=subject.label,
                          role=subject.who)
        return labels("informant_heading.no_role", number=subject.number, label=subject.label)
    return labels("source_heading", technique=labels.term("technique", subject.kind),
                  title=subject.title)
