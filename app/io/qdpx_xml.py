"""Reading a project.qde liberally: elements in any namespace or letter case, and values
(GUIDs, numbers, dates, variable values, source text files) as other programs write them."""

from __future__ import annotations

import codecs
import functools
import unicodedata
from datetime import date, datetime

from lxml import etree

from app.io.codebook_entry import normalise_guid
from app.io.qdpx_project import VariableValue

_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def children(element: etree._Element, name: str) -> list[etree._Element]:
    """Child elements called ``name`` in any namespace, ignoring letter case, as
    :func:`app.io.safe_xml.children` finds them; the local name is read off the tag
    (``{namespace}Name``) instead of through a QName, which a 50,000-selection file asks
    for hundreds of thousands of times."""
    wanted = name.casefold()
    return [child for child in element
            if isinstance(child.tag, str) and child.tag.rpartition("}")[2].casefold() == wanted]


def first_child(element: etree._Element, name: str) -> etree._Element | None:
    wanted = name.casefold()
    for child in element:
        if isinstance(child.tag, str) and child.tag.rpartition("}")[2].casefold() == wanted:
            return child
    return None


def folded_name(element: etree._Element) -> str | None:
    """The element's local name in lower case, as :func:`children` compares it; None for
    a comment or processing instruction."""
    tag = element.tag
    return tag.rpartition("}")[2].casefold() if isinstance(tag, str) else None


def child_text(element: etree._Element, name: str) -> str:
    """The text of the first child called ``name``, line ends as ``\\n``; "" when absent."""
    child = first_child(element, name)
    return "" if child is None else element_text(child)


def element_text(element: etree._Element) -> str:
    """All the text inside ``element``, line ends as ``\\n``."""
    # lxml-stubs 0.5 types itertext() as str | bytes; lxml yields str.
    return "".join(element.itertext()).replace("\r\n", "\n").replace("\r", "\n")  # type: ignore[arg-type]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def section(root: etree._Element, container: str, item: str) -> list[etree._Element]:
    element = first_child(root, container)
    return [] if element is None else children(element, item)


@functools.lru_cache(maxsize=4096)
def parse_guid(raw: str | None) -> str | None:
    # Cached: a file names its few users and its codes once per selection and coding.
    return normalise_guid(raw)


def timestamp(raw: str | None) -> datetime | None:
    text = (raw or "").strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        return None


def variable_value(element: etree._Element) -> VariableValue | None:
    for child in element:
        if not isinstance(child.tag, str):
            # Comments and processing instructions have a function as tag; lxml-stubs 0.5
            # types every tag as str.
            continue  # type: ignore[unreachable]
        kind = etree.QName(child).localname
        text = (child.text or "").strip()
        try:
            if kind == "TextValue":
                return child.text or ""
            if kind == "BooleanValue":
                return text.lower() in ("true", "1")
            if kind == "IntegerValue":
                return int(text)
            if kind == "FloatValue":
                return float(text)
            if kind == "DateValue":
                return date.fromisoformat(text)
            if kind == "DateTimeValue":
                return datetime.fromisoformat(text)
        except ValueError:
            return text or None
    return None


def decode_text(data: bytes) -> str:
    """Text of a source file: by byte-order mark, else UTF-8, else Windows-1252."""
    for mark, codec in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return data[len(mark):].decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
