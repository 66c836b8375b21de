"""Read and write REFI-QDA codebook files (.qdc).

A .qdc holds a tree of codes (``<Code>`` inside ``<Code>``) and optionally ``<Sets>`` of
codes. Telaah's extra fields per code (definition, criteria, example, group, shortcut,
English name and definition) travel in each code's ``<Description>`` in the labelled
format of :mod:`app.io.code_description`; the groups are also written as Sets so that
other programs show them.

Reading is liberal about what other programs are known to write (namespace variants,
upper-case or braced GUIDs, three-digit colours, an empty ``<Sets/>``, missing GUIDs or
``isCodable``) and strict about what would make the codebook ambiguous (no codes, a code
without a name, two sibling codes with the same name, a colour that is not a colour).
Writing produces a file that validates against the bundled ``Codebook.xsd``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from app.errors import (
    CodebookWrongNamespace,
    CodebookWrongRoot,
    CodeCodableInvalid,
    CodeColourInvalid,
    CodeWithoutName,
    DuplicateCodeName,
    DuplicateTopCodeName,
    InvalidCodebook,
    InvalidExport,
)
from app.io.code_description import DEFAULT_GROUP, group_from_word, parse_description
from app.io.codebook_entry import (
    CODEBOOK_NAMESPACE,
    PROJECT_NAMESPACE,
    CodebookEntry,
    normalise_color,
    normalise_guid,
    walk_codebook,
)
from app.io.codebook_writer import build_codebook_element
from app.io.file_bytes import MiB, check_size, read_file_bytes, write_file_atomically
from app.io.safe_xml import CODEBOOK_SCHEMA, children, first_child, parse_xml_bytes, validate

__all__ = [
    "MAX_CODEBOOK_BYTES",
    "CodebookEntry",
    "codebook_to_bytes",
    "read_codebook",
    "read_codebook_bytes",
    "walk_codebook",
    "write_codebook",
]

# Namespaces seen on a codebook's root element: the right one, the project's (written by
# mistake by some exporters) and none at all.
ACCEPTED_NAMESPACES = frozenset({CODEBOOK_NAMESPACE, PROJECT_NAMESPACE, None})
MAX_CODEBOOK_BYTES = 20 * MiB

_XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
_TRUE_WORDS = frozenset({"true", "1", "yes"})
_FALSE_WORDS = frozenset({"false", "0", "no"})


def read_codebook(path: Path, *, max_bytes: int = MAX_CODEBOOK_BYTES) -> list[CodebookEntry]:
    """The top-level codes of the codebook file ``path``.

    Raises a :class:`app.errors.FileProblem` naming the file: FileNotFoundProblem,
    FileUnreadable, FileTooLarge, UnsafeXml, InvalidXml or InvalidCodebook.
    """
    path = Path(path)
    data = read_file_bytes(path, max_bytes=max_bytes)
    return read_codebook_bytes(data, path=path, max_bytes=max_bytes)


def read_codebook_bytes(
    data: bytes, *, path: Path | str, max_bytes: int = MAX_CODEBOOK_BYTES
) -> list[CodebookEntry]:
    """The top-level codes of a codebook held in ``data``; ``path`` names it in errors."""
    check_size(path, len(data), max_bytes)
    root = parse_xml_bytes(data, path=path)
    return _CodebookReader(path).read(root)


def codebook_to_bytes(
    roots: Sequence[CodebookEntry], *, origin: str = "Telaah", path: Path | str = "codebook"
) -> bytes:
    """The UTF-8 .qdc document for ``roots``, checked against ``Codebook.xsd``.

    ``path`` only names the file in errors. Raises InvalidValue or DuplicateName for
    entries no codebook can hold and InvalidExport if the result would break the schema.
    """
    root = build_codebook_element(roots, origin=origin)
    problems = validate(root, CODEBOOK_SCHEMA)
    if problems:
        raise InvalidExport(path=path, detail=problems[0], problems=problems)
    body = etree.tostring(root, encoding="UTF-8", pretty_print=True)
    return _XML_DECLARATION + body


def write_codebook(
    roots: Sequence[CodebookEntry], path: Path, *, origin: str = "Telaah"
) -> None:
    """Write ``roots`` to ``path`` as a schema-valid .qdc, replacing the file atomically.

    Entries without a GUID get a new one in the file (the entries are not changed).
    Raises what :func:`codebook_to_bytes` raises, and FileUnwritable when ``path`` cannot
    be written; on any error an existing file at ``path`` is left as it was.
    """
    path = Path(path)
    write_file_atomically(path, codebook_to_bytes(roots, origin=origin, path=path))


class _CodebookReader:
    """Turns a parsed ``<CodeBook>`` into entries, remembering what groups need."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        self.by_file_guid: dict[str, CodebookEntry] = {}
        self.used_guids: set[str] = set()
        self.labelled_group: dict[int, str] = {}

    def read(self, root: etree._Element) -> list[CodebookEntry]:
        self._check_root(root)
        codes = first_child(root, "Codes")
        if codes is None:
            raise InvalidCodebook(path=self.path, detail="it has no <Codes> element")
        code_elements = children(codes, "Code")
        if not code_elements:
            raise InvalidCodebook(path=self.path, detail="it contains no codes")
        roots = [self._entry(element) for element in code_elements]
        self._check_unique_names(roots, parent=None)
        set_groups = self._set_groups(root)
        for entry in roots:
            self._resolve_group(entry, set_groups, inherited=DEFAULT_GROUP)
        return roots

    def _check_root(self, root: etree._Element) -> None:
        qname = etree.QName(root)
        if qname.localname.casefold() != "codebook":
            raise CodebookWrongRoot(path=self.path, root=qname.localname)
        if qname.namespace not in ACCEPTED_NAMESPACES:
            raise CodebookWrongNamespace(path=self.path, namespace=qname.namespace,
                                         expected=CODEBOOK_NAMESPACE)

    def _entry(self, element: etree._Element) -> CodebookEntry:
        name = " ".join((element.get("name") or "").split())
        if not name:
            raise CodeWithoutName(path=self.path, line=_source_line(element))
        fields = parse_description(_description_text(first_child(element, "Description")))
        entry = CodebookEntry(
            name=name,
            guid=self._guid(element.get("guid")),
            color=self._color(element.get("color"), name),
            codable=self._codable(element.get("isCodable"), name),
            definition=fields.definition,
            inclusion=fields.inclusion,
            exclusion=fields.exclusion,
            example=fields.example,
            shortcut=fields.shortcut,
            name_en=fields.name_en,
            definition_en=fields.definition_en,
            verdict_scale=fields.verdict_scale,
        )
        self._remember_guid(element.get("guid"), entry)
        if fields.group is not None:
            self.labelled_group[id(entry)] = fields.group
        entry.children = [self._entry(child) for child in children(element, "Code")]
        return entry

    def _guid(self, raw: str | None) -> str:
        guid = normalise_guid(raw)
        if guid is None or guid in self.used_guids:
            guid = str(uuid.uuid4())  # missing, malformed or already taken
        self.used_guids.add(guid)
        return guid

    def _remember_guid(self, raw: str | None, entry: CodebookEntry) -> None:
        key = normalise_guid(raw) or (raw or "").strip()
        if key and key not in self.by_file_guid:
            self.by_file_guid[key] = entry

    def _color(self, raw: str | None, name: str) -> str | None:
        if raw is None or not raw.strip():
            return None
        color = normalise_color(raw)
        if color is None:
            raise CodeColourInvalid(path=self.path, code=name, value=raw)
        return color

    def _codable(self, raw: str | None, name: str) -> bool:
        if raw is None:
            return True
        word = raw.strip().casefold()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
        raise CodeCodableInvalid(path=self.path, code=name, value=raw)

    def _check_unique_names(self, entries: list[CodebookEntry], parent: str | None) -> None:
        seen: dict[str, str] = {}
        for entry in entries:
            key = entry.name.casefold()
            if key in seen and parent:
                raise DuplicateCodeName(path=self.path, parent=parent, first=seen[key],
                                        second=entry.name)
            if key in seen:
                raise DuplicateTopCodeName(path=self.path, first=seen[key], second=entry.name)
            seen[key] = entry.name
            self._check_unique_names(entry.children, parent=entry.name)

    def _set_groups(self, root: etree._Element) -> dict[int, str]:
        """The group of each entry that belongs to a Set named after a group."""
        groups: dict[int, str] = {}
        sets = first_child(root, "Sets")
        for set_element in children(sets, "Set") if sets is not None else []:
            group = group_from_word(set_element.get("name") or "")
            if group is None:
                continue
            for member in children(set_element, "MemberCode"):
                entry = self._member_entry(member)
                if entry is not None:
                    groups.setdefault(id(entry), group)
        return groups

    def _member_entry(self, member: etree._Element) -> CodebookEntry | None:
        # Codebook.xsd names the attribute "guid", the project schema "targetGUID".
        raw = member.get("guid") or member.get("targetGUID")
        key = normalise_guid(raw) or (raw or "").strip()
        return self.by_file_guid.get(key)

    def _resolve_group(
        self, entry: CodebookEntry, set_groups: dict[int, str], inherited: str
    ) -> None:
        entry.group = self.labelled_group.get(id(entry)) or set_groups.get(id(entry)) or inherited
        for child in entry.children:
            self._resolve_group(child, set_groups, inherited=entry.group)


def _source_line(element: etree._Element) -> int | None:
    # lxml's stubs leave sourceline untyped; it is the line number, or None.
    line: object = element.sourceline
    return line if isinstance(line, int) else None


def _description_text(element: etree._Element | None) -> str:
    # lxml-stubs 0.5 types itertext() as str | bytes; lxml yields str.
    return "" if element is None else "".join(element.itertext())  # type: ignore[arg-type]
