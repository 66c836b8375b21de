"""A long document body written as WordprocessingML strings, put into a python-docx package
once, at saving.

Building 10,000 excerpts as lxml elements (:class:`app.io.docx_paragraphs.ParagraphWriter`)
took a quarter of a second, more than loading and grouping them, and python-docx then
serialised them again. :class:`BodyXml` writes the
very same ``<w:p>`` markup as text: the same style ids, ``keepNext``, runs with their bold,
italic, colour and size, ``<w:br/>`` and ``<w:tab/>`` for line breaks and tabs, characters
XML cannot hold left out, ``&``, ``<``, ``>`` and carriage returns escaped as lxml escapes
them. Elements made with python-docx (a table, a picture's inline shape) are serialised into
it. :func:`save_with_body` saves the python-docx document (package, styles, properties, the
front matter) through python-docx's package writer, with the body spliced into its
``word/document.xml`` where the body ends, before the section properties.
:class:`BlankPackage` writes the same package without opening and saving a python-docx
document each time, for documents that add no parts (no pictures).
"""

from __future__ import annotations

import io
import threading
import time
import zipfile
from collections.abc import Callable, Sequence
from itertools import repeat
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.opc.constants import CONTENT_TYPE
from docx.opc.oxml import serialize_part_xml
from docx.opc.packuri import PackURI
from docx.opc.pkgwriter import PackageWriter
from docx.oxml.document import CT_Document
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.oxml.shape import CT_Inline
from docx.shared import Length
from lxml import etree

from app.io.docx_paragraphs import TextRun, clean_text
from app.io.file_bytes import write_file_atomically

_MARKER = "telaah-body"
_MARKER_BYTES = f"<!--{_MARKER}-->".encode()
# The size of the pieces a body is encoded in (BodyXml.encoded).
_PIECE = 32 * 1024
_ASCII_CONTROLS = bytes(range(32)) + b"\x7f"
# The deflate level of word/document.xml (the other parts keep zlib's default, 6). At 1 the
# body of 10,000 excerpts (4.3 MB of XML) deflates in 14 ms instead of 67 ms, a third of
# the whole export, for 531 kB instead of 378 kB; the demo study's export grows from 171
# to 176 kB. (The template's styles parts, 790 kB of XML, would save 2.3 ms at level 1
# but add 17 kB to every document.) Word and LibreOffice read any level.
DOCUMENT_COMPRESSION = 1


def printable(text: str) -> bool:
    """``text.isprintable()``, twice as fast on ASCII text (most transcripts): no control
    character (nor DEL) in it."""
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_CONTROLS)) == len(text)
    return text.isprintable()


def escape_text(text: str) -> str:
    """``text`` (already cleaned) as lxml writes element text: ``&``, ``<``, ``>`` escaped,
    and carriage returns as ``&#13;`` (a parser would turn a bare one into a line feed)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\r", "&#13;") if "\r" in text else text


def _text_element(text: str) -> str:
    if text[:1].isspace() or text[-1:].isspace():
        return f'<w:t xml:space="preserve">{escape_text(text)}</w:t>'
    return f"<w:t>{escape_text(text)}</w:t>"


def _run_content(text: str) -> str:
    """A run's text: ``<w:t>`` pieces between ``<w:br/>`` (line feed) and ``<w:tab/>``."""
    text = clean_text(text)
    if "\n" not in text and "\t" not in text:
        return _text_element(text)
    pieces = []
    for line_number, line in enumerate(text.split("\n")):
        if line_number:
            pieces.append("<w:br/>")
        for cell_number, piece in enumerate(line.split("\t")):
            if cell_number:
                pieces.append("<w:tab/>")
            if piece:
                pieces.append(_text_element(piece))
    return "".join(pieces)


def _run(run: TextRun) -> str:
    if not (run.bold or run.italic or run.size or run.color):
        return f"<w:r>{_run_content(run.text)}</w:r>"
    properties = ["<w:r><w:rPr>"]
    if run.bold:
        properties.append("<w:b/>")
    if run.italic:
        properties.append("<w:i/>")
    if run.color:
        properties.append(f'<w:color w:val="{escape_text(run.color)}"/>')
    if run.size:
        properties.append(f'<w:sz w:val="{round(run.size * 2)}"/>')
    properties.append("</w:rPr>")
    return "".join(properties) + _run_content(run.text) + "</w:r>"


class BodyXml:
    """Paragraphs and ready-made elements, in order, as WordprocessingML text.

    ``style_id`` turns a style name into its id (:meth:`ParagraphWriter.style_id`)."""

    def __init__(self, style_id: Callable[[str], str]) -> None:
        self._style_id = style_id
        self._openings: dict[tuple[str | None, bool], str] = {}
        self._parts: list[str] = []
        self._append = self._parts.append

    def _opening(self, style: str | None, keep_with_next: bool) -> str:
        key = (style, keep_with_next)
        found = self._openings.get(key)
        if found is None:
            properties = ""
            if style is not None:
                properties += f'<w:pStyle w:val="{escape_text(self._style_id(style))}"/>'
            if keep_with_next:
                properties += "<w:keepNext/>"
            found = f"<w:p><w:pPr>{properties}</w:pPr>" if properties else "<w:p>"
            self._openings[key] = found
        return found

    def paragraph(self, style: str | None, text: str | Sequence[TextRun] = "", *,
                  keep_with_next: bool = False) -> None:
        """A paragraph of ``style`` (a style name; None for Normal), as
        :meth:`ParagraphWriter.paragraph` would make it."""
        opening = self._openings.get((style, keep_with_next)) or self._opening(
            style, keep_with_next)
        if isinstance(text, str):
            if not text:
                self._append(opening + "</w:p>")
            elif text.isprintable() and text[:1] != " " and text[-1:] != " ":
                # The usual quote or citation: one run, one <w:t>, no space kept.
                text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                self._append(f"{opening}<w:r><w:t>{text}</w:t></w:r></w:p>")
            else:
                self._append(f"{opening}<w:r>{_run_content(text)}</w:r></w:p>")
            return
        self._append(opening + "".join(_run(run) for run in text) + "</w:p>")

    def opening(self, style: str | None, *, keep_with_next: bool = False) -> str:
        """The markup that opens a paragraph of ``style``, for :meth:`plain_pairs`."""
        return self._opening(style, keep_with_next)

    def plain_pairs(self, first_opening: str, firsts: Sequence[str], second_opening: str,
                    seconds: Sequence[str]) -> bool:
        """Pairs of one-run paragraphs (a quote and its citation; openings from
        :meth:`opening`), as :meth:`paragraph` makes them, written as one piece of markup
        when every text is the usual kind: printable, not empty, no space at either end.
        False, and nothing written, otherwise.

        The texts are joined with two control characters (which printable text never
        holds) standing for the markup between them, escaped at once, and the controls
        then replaced by that markup: no Python-level work per pair."""
        if not firsts or len(firsts) != len(seconds) or not (all(firsts) and all(seconds)):
            return False
        # No space to keep at either end (str.strip gives back the very string then).
        if (list(map(str.strip, firsts, repeat(" "))) != firsts
                or list(map(str.strip, seconds, repeat(" "))) != seconds):
            return False
        if not (printable("".join(firsts)) and printable("".join(seconds))):
            return False
        # first \x00 second \x01 first \x00 second ...
        text = "\x01".join(map("\x00".join, zip(firsts, seconds)))
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        closing = "</w:t></w:r></w:p>"
        text = text.replace("\x00", f"{closing}{second_opening}<w:r><w:t>").replace(
            "\x01", f"{closing}{first_opening}<w:r><w:t>")
        self._append(f"{first_opening}<w:r><w:t>{text}{closing}")
        return True

    def element(self, element: etree._Element) -> None:
        """A ready-made body element (a table); it brings its namespace declarations."""
        self._append(etree.tostring(element, encoding="unicode"))

    def picture_paragraph(self, inline: CT_Inline, *, keep_with_next: bool = False) -> None:
        """A paragraph holding one inline picture, as ``Document.add_picture`` makes it."""
        self._append(self._opening(None, keep_with_next) + "<w:r><w:drawing>"
                     + etree.tostring(inline, encoding="unicode")
                     + "</w:drawing></w:r></w:p>")

    def xml(self) -> str:
        return "".join(self._parts)

    def encoded(self) -> list[bytes]:
        """:meth:`xml` in UTF-8, in pieces of at least 32 kB: each part encoded apart (most
        are ASCII and encode at copying speed, while one heading's dash would make a joined
        text slow to encode), small ones joined."""
        pieces: list[bytes] = []
        pending: list[bytes] = []
        size = 0
        for part in self._parts:
            encoded = part.encode("utf-8")
            if len(encoded) < _PIECE:
                pending.append(encoded)
                size += len(encoded)
                if size < _PIECE:
                    continue
                encoded = b"".join(pending)
                pending.clear()
                size = 0
            elif pending:
                pieces.append(b"".join(pending))
                pending.clear()
                size = 0
            pieces.append(encoded)
        if pending:
            pieces.append(b"".join(pending))
        return pieces


class PictureMaker:
    """Inline pictures for a body written apart from the document: python-docx numbers a
    new shape by searching the document's XML, which does not hold that body yet, so the
    ids are counted here, on from the document's own."""

    def __init__(self, document: DocumentObject) -> None:
        self._part = document.part
        self._next_id = self._part.next_id

    def inline(self, image: bytes, *, width: Length) -> CT_Inline:
        relationship_id, picture = self._part.get_or_add_image(io.BytesIO(image))
        cx, cy = picture.scaled_dimensions(width, None)
        shape_id, self._next_id = self._next_id, self._next_id + 1
        return CT_Inline.new_pic_inline(shape_id, relationship_id, picture.filename, cx, cy)


def save_with_body(document: DocumentObject, body: Sequence[bytes], path: Path) -> None:
    """Save ``document`` to ``path`` atomically with ``body`` (WordprocessingML body
    elements in UTF-8, from :meth:`BodyXml.encoded`) at the end of its body."""
    document_xml = _marked(document.element, lambda: _before_marshal(document))
    _write_package(_package_entries(document, _spliced(document_xml, body)), path)


class BlankPackage:
    """A python-docx document (``template``, .docx bytes) read once, to write many
    documents that differ from it only in the body and the title: each is the template's
    parts as the package writer writes them, with its own word/document.xml and
    docProps/core.xml. Opening and saving the template through python-docx for every
    export cost 6 ms; this, a tenth of a millisecond. Documents with pictures add parts
    and go through python-docx (:func:`save_with_body`)."""

    def __init__(self, template: bytes) -> None:
        self._word = Document(io.BytesIO(template))
        _before_marshal(self._word)  # as python-docx's own saving does first
        self._document_xml = self._word.part.blob
        self._entries = _package_entries(self._word, [])
        self._core_part = next(part for part in self._word.part.package.parts
                               if part.content_type == CONTENT_TYPE.OPC_CORE_PROPERTIES)
        self._lock = threading.Lock()
        self._style_ids: dict[str, str] = {}
        self._core_xml: dict[tuple[str, str], bytes] = {}

    def new_document_element(self) -> CT_Document:
        """A new copy of the template's ``<w:document>``, for the front matter."""
        element = parse_xml(self._document_xml)
        assert isinstance(element, CT_Document)
        return element

    def style_id(self, name: str) -> str:
        with self._lock:
            found = self._style_ids.get(name)
            if found is None:
                found = self._style_ids[name] = self._word.styles[name].style_id
            return found

    def save(self, element: CT_Document, body: Sequence[bytes], path: Path, *, title: str,
             author: str) -> None:
        """Save to ``path`` atomically: ``element`` (from :meth:`new_document_element`)
        with ``body`` at the end of its body, and the core properties' ``title`` and
        ``author``."""
        document_xml = _spliced(_marked(element, lambda: None), body)
        core_xml = self._core(title, author)
        document_name = self._word.part.partname.membername
        core_name = self._core_part.partname.membername
        _write_package([(name, document_xml if name == document_name
                         else core_xml if name == core_name else blob)
                        for name, blob in self._entries], path)

    def _core(self, title: str, author: str) -> bytes:
        with self._lock:
            found = self._core_xml.get((title, author))
            if found is None:
                properties = self._word.core_properties
                properties.title, properties.author = title, author
                found = self._core_xml[(title, author)] = self._core_part.blob
            return found


def _before_marshal(document: DocumentObject) -> None:
    for part in document.part.package.parts:  # as python-docx's own saving does first
        part.before_marshal()


def _marked(element: etree._Element, before_marshal: Callable[[], None]) -> bytes:
    """``element`` (a ``<w:document>``) serialized as python-docx serializes a part, with
    a marker comment where the body's content ends (before the section properties)."""
    document_body = element.find(qn("w:body"))
    assert document_body is not None
    marker = etree.Comment(_MARKER)
    section_properties = document_body.find(qn("w:sectPr"))
    if section_properties is not None:
        section_properties.addprevious(marker)
    else:
        document_body.append(marker)
    try:
        before_marshal()
        return serialize_part_xml(element)
    finally:
        document_body.remove(marker)


def _package_entries(document: DocumentObject,
                     document_xml: list[bytes]) -> list[tuple[str, bytes | list[bytes]]]:
    """What python-docx's package writer (docx.opc.pkgwriter) writes, in its order: the
    content types, the package's relationships, then every part and its relationships;
    the document part's XML is ``document_xml``, in pieces."""
    package = document.part.package
    parts = list(package.parts)
    entries = _Entries()
    PackageWriter._write_content_types_stream(entries, parts)
    PackageWriter._write_pkg_rels(entries, package.rels)
    for part in parts:
        if part is document.part:
            entries.append((part.partname.membername, document_xml))
        else:
            entries.write(part.partname, part.blob)
        if len(part.rels):
            entries.write(part.partname.rels_uri, part.rels.xml)
    return entries


def _write_package(entries: list[tuple[str, bytes | list[bytes]]], path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package_file:
        for name, blob in entries:
            if isinstance(blob, bytes):
                package_file.writestr(name, blob)
                continue
            # The document, in pieces, not joined into one more copy of it: the same entry
            # as writestr makes (deflate's output does not depend on how its input is cut).
            entry = zipfile.ZipInfo(name, date_time=time.localtime(time.time())[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry._compresslevel = DOCUMENT_COMPRESSION  # type: ignore[attr-defined]  # as writestr sets it
            entry.external_attr = 0o600 << 16
            entry.file_size = sum(map(len, blob))
            with package_file.open(entry, mode="w") as stream:
                for piece in blob:
                    stream.write(piece)
    write_file_atomically(path, buffer.getvalue())


class _Entries(list[tuple[str, bytes | list[bytes]]]):
    """Zip entries as python-docx's package writer writes parts."""

    def write(self, pack_uri: PackURI, blob: bytes) -> None:
        self.append((pack_uri.membername, blob))


def _spliced(document_xml: bytes, body: Sequence[bytes]) -> list[bytes]:
    before, found, after = document_xml.partition(_MARKER_BYTES)
    # Text in the document is escaped ("<" as "&lt;"): only the marker reads like this.
    if not found or _MARKER.encode("utf-8") in after:
        raise ValueError("the body's place was not found once in word/document.xml")
    return [before, *body, after]
