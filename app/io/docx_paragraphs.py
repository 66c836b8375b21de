"""Fast paragraph writing for Word exports, plus page set-up and document saving.

python-docx's ``add_paragraph`` costs time that grows with the document (it searches the
body for the section properties on every call and looks styles up by name), which makes
10,000 quotes take seconds. :class:`ParagraphWriter` builds the same ``<w:p>`` elements
directly with lxml, resolving each style name to its id once, and inserts them before the
final section properties. The result is an ordinary document that python-docx, Word and
LibreOffice read back as usual.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles import BabelFish
from lxml import etree

from app.io.file_bytes import write_file_atomically

Progress = Callable[[int, int], None]

A4_WIDTH = Mm(210)
A4_HEIGHT = Mm(297)

# Characters XML 1.0 cannot hold (most C0 controls, surrogates, U+FFFE/U+FFFF).
_NOT_XML_CHARS = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_BREAKS = re.compile(r"(\n|\t)")

_P, _PPR, _PSTYLE, _R, _RPR, _T = (qn(tag) for tag in ("w:p", "w:pPr", "w:pStyle", "w:r",
                                                        "w:rPr", "w:t"))
_VAL = qn("w:val")
_BR, _TAB, _B, _I, _SZ, _COLOR = (qn(tag) for tag in ("w:br", "w:tab", "w:b", "w:i", "w:sz",
                                                       "w:color"))
_KEEP_NEXT = qn("w:keepNext")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_SubElement = etree.SubElement


@dataclass(frozen=True, slots=True)
class TextRun:
    """A run of text with direct formatting; ``size`` in points, ``color`` as "RRGGBB"."""

    text: str
    bold: bool = False
    italic: bool = False
    size: float | None = None
    color: str | None = None


def clean_text(text: str) -> str:
    """``text`` without the characters a .docx cannot store."""
    # Printable text holds none of them (they are all controls, surrogates or
    # non-characters), and str.isprintable is many times faster than the expression.
    return text if text.isprintable() else _NOT_XML_CHARS.sub("", text)


def new_document(*, landscape: bool = False, margin_mm: float = 20) -> DocumentObject:
    """An empty A4 document (Word's default template), portrait or landscape."""
    document = Document()
    section = document.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = A4_HEIGHT, A4_WIDTH
    else:
        section.page_width, section.page_height = A4_WIDTH, A4_HEIGHT
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(margin_mm))
    return document


def ensure_paragraph_style(
    document: DocumentObject,
    name: str,
    *,
    style_id: str | None = None,
    base: str = "Normal",
    size: float | None = None,
    italic: bool | None = None,
    color: str | None = None,
    indent_mm: float | None = None,
    space_after: float | None = None,
) -> None:
    """Add the paragraph style ``name`` unless the document has it already."""
    if _has_style(document, name):
        return
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if style_id:
        style.style_id = style_id
    style.base_style = document.styles[base]
    style.quick_style = True
    if size is not None:
        style.font.size = Pt(size)
    if italic is not None:
        style.font.italic = italic
    if color is not None:
        style.font.color.rgb = RGBColor.from_string(color)
    if indent_mm is not None:
        style.paragraph_format.left_indent = Mm(indent_mm)
        style.paragraph_format.right_indent = Mm(indent_mm)
    if space_after is not None:
        style.paragraph_format.space_after = Pt(space_after)


def _has_style(document: DocumentObject, name: str) -> bool:
    """Whether a style is called ``name`` (as python-docx names styles: "Heading 1" is
    "heading 1" inside), by one XPath query: going through ``document.styles`` makes an
    object for each of the template's 160-odd styles."""
    internal = BabelFish.ui2internal(name)
    if '"' in internal:
        return name in document.styles
    found: list[object] = document.styles.element.xpath(
        f'w:style[w:name/@w:val="{internal}"]')
    return bool(found)


class ParagraphWriter:
    """Appends paragraphs to the end of a document's body."""

    def __init__(self, document: DocumentObject) -> None:
        self._start(document.element.body, lambda name: str(document.styles[name].style_id))

    @classmethod
    def on_body(cls, body: etree._Element, style_id: Callable[[str], str]) -> ParagraphWriter:
        """A writer for a ``<w:body>`` element alone, its styles' ids from ``style_id``."""
        writer = cls.__new__(cls)
        writer._start(body, style_id)
        return writer

    def _start(self, body: etree._Element, style_id: Callable[[str], str]) -> None:
        self._lookup = style_id
        self._make: Callable[[str], etree._Element] = body.makeelement
        self._section_properties = body.find(qn("w:sectPr"))
        self._append = (
            self._section_properties.addprevious
            if self._section_properties is not None
            else body.append
        )
        self._style_ids: dict[str, str] = {}

    def style_id(self, name: str) -> str:
        """The id of the style called ``name`` (looked up once per writer)."""
        found = self._style_ids.get(name)
        if found is None:
            found = self._lookup(name)
            self._style_ids[name] = found
        return found

    def paragraph(
        self,
        style: str | None,
        text: str | Sequence[TextRun] = "",
        *,
        keep_with_next: bool = False,
    ) -> etree._Element:
        """Append a paragraph of ``style`` (a style name; None for Normal)."""
        paragraph = self._make(_P)
        if style is not None or keep_with_next:
            properties = _SubElement(paragraph, _PPR)
            if style is not None:
                _SubElement(properties, _PSTYLE).set(_VAL, self.style_id(style))
            if keep_with_next:
                _SubElement(properties, _KEEP_NEXT)
        if isinstance(text, str):
            if text:
                _add_run(paragraph, TextRun(text))
        else:
            for run in text:
                _add_run(paragraph, run)
        self._append(paragraph)
        return paragraph

    def element(self, element: etree._Element) -> None:
        """Append a ready-made body element (a table, a field paragraph)."""
        self._append(element)

    def make(self, tag: str) -> etree._Element:
        return self._make(qn(tag))


def _add_run(paragraph: etree._Element, run: TextRun) -> None:
    element = _SubElement(paragraph, _R)
    if run.bold or run.italic or run.size or run.color:
        properties = _SubElement(element, _RPR)
        if run.bold:
            _SubElement(properties, _B)
        if run.italic:
            _SubElement(properties, _I)
        if run.color:
            _SubElement(properties, _COLOR).set(_VAL, run.color)
        if run.size:
            _SubElement(properties, _SZ).set(_VAL, str(round(run.size * 2)))
    text = clean_text(run.text)
    if "\n" not in text and "\t" not in text:
        _add_text(element, text)
        return
    for piece in _BREAKS.split(text):
        if piece == "\n":
            _SubElement(element, _BR)
        elif piece == "\t":
            _SubElement(element, _TAB)
        elif piece:
            _add_text(element, piece)


def _add_text(run: etree._Element, text: str) -> None:
    node = _SubElement(run, _T)
    node.text = text
    if text[:1].isspace() or text[-1:].isspace():
        node.set(_XML_SPACE, "preserve")


def save_document(document: DocumentObject, path: Path) -> None:
    """Write ``document`` to ``path`` atomically: a failure leaves no partial file."""
    buffer = io.BytesIO()
    document.save(buffer)
    write_file_atomically(path, buffer.getvalue())
