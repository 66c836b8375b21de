"""Parse untrusted XML safely and validate it against the bundled REFI-QDA schemas.

Every XML file Telaah reads (.qdc codebooks, the project.qde inside a .qdpx) comes from
another program or from the internet, so parsing follows one rule: no DOCTYPE, ever.
A REFI-QDA document never needs one, and refusing it outright removes external entities
(XXE), entity expansion bombs ("billion laughs") and DTD fetching in one stroke. The check
runs twice: on the raw bytes before parsing (in every encoding libxml2 detects by itself)
and on the parsed tree's ``docinfo`` afterwards. The parser itself is locked down as well
(no entity resolution, no network, no DTD loading, libxml2's size and depth limits on).

The schemas live next to this module (``app/io/schemas/``) so that validation never
touches the network, even though exported files name the online schema locations.
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path

from lxml import etree

from app.errors import InvalidXml, UnsafeXml

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"
CODEBOOK_SCHEMA = "Codebook.xsd"
PROJECT_SCHEMA = "Project-mrt2019.xsd"

# Encodings libxml2 recognises without being told (by byte-order mark or by the first
# bytes of the document). A DOCTYPE written in any of them is caught before parsing.
_DETECTED_ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "cp037")
_FORBIDDEN_MARKUP = ("<!DOCTYPE", "<!doctype", "<!ENTITY", "<!entity")
_FORBIDDEN_NEEDLES = frozenset(
    markup.encode(encoding) for encoding in _DETECTED_ENCODINGS for markup in _FORBIDDEN_MARKUP
)
# A schema object keeps the error log of its last run, so one validation at a time.
_VALIDATION_LOCK = threading.Lock()


def parse_xml_bytes(data: bytes, *, path: Path | str) -> etree._Element:
    """The root element of the XML document ``data``, read from the file ``path``.

    ``path`` only names the file in error messages. Raises :class:`UnsafeXml` for a
    document with a DOCTYPE or entity declarations and :class:`InvalidXml` (with the line
    number) for one that is not well-formed.
    """
    if _has_forbidden_markup(data):
        raise UnsafeXml(path=path)
    parser = _new_parser()
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as error:
        if _mentions_entities(parser.error_log):
            raise UnsafeXml(path=path) from None  # libxml2 stopped an entity attack itself
        raise _invalid_xml(error, path) from None
    # lxml-stubs 0.5 leaves DocInfo.doctype out; lxml has had it since 2.0.
    if root.getroottree().docinfo.doctype:  # type: ignore[union-attr]
        raise UnsafeXml(path=path)
    return root


def validate(element: etree._Element, schema_name: str) -> list[str]:
    """Messages for every way ``element`` breaks the bundled schema ``schema_name``.

    ``schema_name`` is a file name in :data:`SCHEMA_DIR` such as ``"Codebook.xsd"`` (the
    ``.xsd`` may be left off). An empty list means the element is valid.
    """
    schema = _load_schema(_schema_file_name(schema_name))
    with _VALIDATION_LOCK:
        if schema.validate(element):
            return []
        errors = schema.error_log
        # lxml-stubs 0.5 declares _ErrorLog without __iter__; lxml iterates its entries.
        return [_format_schema_error(error) for error in errors]  # type: ignore[attr-defined]


def available_schemas() -> list[str]:
    """File names of the bundled schemas."""
    return sorted(schema.name for schema in SCHEMA_DIR.glob("*.xsd"))


def _new_parser() -> etree.XMLParser:
    # A fresh parser per document: parsers keep state (error logs) between uses.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
    )


def _has_forbidden_markup(data: bytes) -> bool:
    return any(needle in data for needle in _FORBIDDEN_NEEDLES)


def _mentions_entities(error_log: etree._ListErrorLog) -> bool:
    """True when parsing failed over declared entities (external, looping or exploding).

    A reference to an undeclared entity is merely malformed XML and does not count.
    """
    return any(
        entry.type_name.startswith("ERR_ENTITY") or "entity amplification" in entry.message
        for entry in error_log
    )


def _invalid_xml(error: etree.XMLSyntaxError, path: Path | str) -> InvalidXml:
    line = error.lineno or 1
    message = (error.msg or str(error)).strip()
    return InvalidXml(path=path, detail=f"line {line}: {message}", line=line)


def _schema_file_name(schema_name: str) -> str:
    name = schema_name if schema_name.endswith(".xsd") else f"{schema_name}.xsd"
    if name not in available_schemas():
        raise ValueError(f"no bundled schema {schema_name!r}; have {available_schemas()}")
    return name


@functools.cache
def _load_schema(file_name: str) -> etree.XMLSchema:
    # Our own file, but parsed with the same locked-down parser all the same.
    document = etree.parse(str(SCHEMA_DIR / file_name), parser=_new_parser())
    return etree.XMLSchema(document)


def _format_schema_error(error: etree._LogEntry) -> str:
    return f"line {error.line}: {error.message}"


# --- finding children liberally (any namespace, any letter case) ---------------------------


def children(element: etree._Element, name: str) -> list[etree._Element]:
    """Child elements called ``name`` in any namespace, ignoring letter case."""
    wanted = name.casefold()
    return [
        child
        for child in element
        if isinstance(child.tag, str) and etree.QName(child).localname.casefold() == wanted
    ]


def first_child(element: etree._Element, name: str) -> etree._Element | None:
    found = children(element, name)
    return found[0] if found else None
