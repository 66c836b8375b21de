"""Read a review document back: its comments, where each is anchored, and who replied.

Works on what Word and LibreOffice write, not only on what
:mod:`app.io.docx_review_document` wrote: comment ids and paragraph ids change on saving,
so a comment is placed by its anchored range (offsets in the text of the section under a
heading) and, where the file says so (``commentsExtended.xml``), by the comment it answers.
The package is checked like any imported .docx (zip bombs, macros, DOCTYPEs) first.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

from lxml import etree

from app.io.docx_reader import read_docx_bytes
from app.io.docx_review_document import PROPERTY_PREFIX, SEGMENT_MARK
from app.io.file_bytes import read_file_bytes
from app.io.safe_xml import parse_xml_bytes

MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
_DC = "http://purl.org/dc/elements/1.1/"
# A segment's own comment starts "§12 · code · coder"; a reply may start "§12 …" to name one.
_MARK = re.compile(rf"^\s*{re.escape(SEGMENT_MARK)}(\d+) · ")


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


def _parent_tag(element: etree._Element) -> str | None:
    parent = element.getparent()
    return None if parent is None else parent.tag


@dataclass(frozen=True)
class WordComment:
    """A comment as the file holds it. ``section`` is the heading text the comment's range
    starts under; ``start``/``end`` are offsets into that section's text (its paragraphs
    joined by line breaks), None when the file gives no range."""

    key: str
    author: str
    text: str
    segment_id: int | None  # from a "§<id>" first line: a segment's own comment
    parent: str | None  # the key of the comment this one answers
    section: str | None
    start: int | None
    end: int | None
    quote: str


@dataclass(frozen=True)
class ReviewDocumentRead:
    project_guid: str | None
    comments: tuple[WordComment, ...]
    sections: dict[str, str]  # heading text → the text of its paragraphs


def read_review_document(path: Path) -> ReviewDocumentRead:
    data = read_file_bytes(Path(path), max_bytes=MAX_DOCUMENT_BYTES)
    read_docx_bytes(data, path=path)  # every safety check of an imported .docx
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())

        def part(name: str) -> etree._Element | None:
            return parse_xml_bytes(archive.read(name), path=path) if name in names else None

        document = part("word/document.xml")
        comments = part("word/comments.xml")
        extended = part("word/commentsExtended.xml")
        core = part("docProps/core.xml")
    assert document is not None  # read_docx_bytes checked the main part
    sections, ranges = _walk_body(document)
    parents = _parents(extended)
    owners: dict[str, str] = {}  # paraId of a comment's paragraph → the comment's key
    found: list[tuple[WordComment, list[str]]] = []
    for comment in (comments.iter(_w("comment")) if comments is not None else ()):
        key = str(comment.get(_w("id"), ""))
        paragraphs = list(comment.iter(_w("p")))
        lines = [_text_of(paragraph) for paragraph in paragraphs]
        para_ids = [str(paragraph.get(f"{{{_W14}}}paraId")) for paragraph in paragraphs
                    if paragraph.get(f"{{{_W14}}}paraId")]
        owners.update((para_id, key) for para_id in para_ids)
        mark = _MARK.match(lines[0]) if lines else None
        section, start, end = ranges.get(key, (None, None, None))
        quote = sections[section][start:end] if section is not None and end is not None else ""
        found.append((WordComment(
            key=key, author=str(comment.get(_w("author"), "")), text="\n".join(lines).strip(),
            segment_id=int(mark.group(1)) if mark else None, parent=None, section=section,
            start=start, end=end, quote=quote), para_ids))
    resolved = []
    for read, para_ids in found:
        parent = next((owners.get(parents[para_id]) for para_id in para_ids
                       if para_id in parents), None)
        resolved.append(replace(read, parent=parent if parent != read.key else None))
    return ReviewDocumentRead(project_guid=_project_guid(core), comments=tuple(resolved),
                              sections=sections)


def _parents(extended: etree._Element | None) -> dict[str, str]:
    """paraId of a reply's last paragraph → paraId of the comment it answers."""
    if extended is None:
        return {}
    return {str(entry.get(f"{{{_W15}}}paraId")): str(entry.get(f"{{{_W15}}}paraIdParent"))
            for entry in extended.iter(f"{{{_W15}}}commentEx")
            if entry.get(f"{{{_W15}}}paraIdParent")}


def _project_guid(core: etree._Element | None) -> str | None:
    if core is None:
        return None
    subject = core.findtext(f"{{{_DC}}}subject") or ""
    return subject[len(PROPERTY_PREFIX):].strip() if subject.startswith(PROPERTY_PREFIX) else None


def _walk_body(document: etree._Element) -> tuple[dict[str, str],
                                                  dict[str, tuple[str, int, int | None]]]:
    """The text under each heading, and each comment range's (section, start, end)."""
    body = document.find(_w("body"))
    sections: dict[str, list[str]] = {}
    lengths: dict[str, int] = {}
    ranges: dict[str, tuple[str, int, int | None]] = {}
    current: str | None = None
    for paragraph in (body.iter(_w("p")) if body is not None else ()):
        if _is_heading(paragraph):
            current = _text_of(paragraph).strip()
            sections.setdefault(current, [])
            lengths.setdefault(current, 0)
            continue
        if current is None:
            continue
        offset = lengths[current]
        text = []
        for element in paragraph.iter():
            tag = element.tag
            if tag == _w("t") and not _deleted(element):
                text.append(element.text or "")
            elif tag == _w("tab") and _parent_tag(element) == _w("r"):
                text.append("\t")
            elif tag == _w("commentRangeStart"):
                ranges[str(element.get(_w("id")))] = (current, offset + len("".join(text)), None)
            elif tag == _w("commentRangeEnd"):
                key = str(element.get(_w("id")))
                if key in ranges and ranges[key][0] == current:
                    ranges[key] = (current, ranges[key][1], offset + len("".join(text)))
        line = "".join(text)
        sections[current].append(line)
        lengths[current] = offset + len(line) + 1
    return ({title: "\n".join(lines) for title, lines in sections.items()},
            {key: value for key, value in ranges.items() if value[2] is not None})


def _is_heading(paragraph: etree._Element) -> bool:
    style = paragraph.find(f"{_w('pPr')}/{_w('pStyle')}")
    name = str(style.get(_w("val"), "")) if style is not None else ""
    outline = paragraph.find(f"{_w('pPr')}/{_w('outlineLvl')}")
    return name.lower().startswith(("heading", "title")) or outline is not None


def _deleted(element: etree._Element) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in (_w("del"), _w("moveFrom")):
            return True
        parent = parent.getparent()
    return False


def _text_of(paragraph: etree._Element) -> str:
    parts = []
    for element in paragraph.iter(_w("t"), _w("tab"), _w("br")):
        if element.tag == _w("t"):
            if not _deleted(element):
                parts.append(element.text or "")
        elif _parent_tag(element) == _w("r"):
            if element.tag == _w("tab"):
                parts.append("\t")
            elif element.get(_w("type"), "textWrapping") == "textWrapping":
                parts.append("\n")
    return "".join(parts)
