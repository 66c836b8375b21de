"""Build the ``<CodeBook>`` XML element for a tree of codebook entries.

The element follows ``Codebook.xsd``: every code has a GUID, a name and ``isCodable``;
Telaah's extra fields go into ``<Description>`` (see :mod:`app.io.code_description`); each
group with members becomes a ``<Set>`` listing its codes, so that programs which ignore
the description still see the groups.

A code in the default group "other" carries no group label unless its parent is in another
group (a reader infers "other" otherwise), and a codebook whose codes are all "other" gets
no Sets: a plain codebook stays plain.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Sequence

from lxml import etree

from app.errors import DuplicateName, InvalidValue
from app.io.code_description import (
    CODE_GROUPS,
    DEFAULT_GROUP,
    GROUP_WORDS,
    CodeDescription,
    compose_description,
)
from app.io.codebook_entry import (
    CODEBOOK_NAMESPACE,
    CODEBOOK_SCHEMA_URL,
    CodebookEntry,
    normalise_color,
    normalise_guid,
)

_XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance"
# Set GUIDs are derived from the group and its members, so re-exporting the same codebook
# gives the same file. This namespace only seeds that derivation.
_SET_GUID_NAMESPACE = uuid.UUID("fcadb0ed-b532-41e5-91a9-fa25376c611b")
# Characters XML 1.0 cannot hold at all (most C0 controls, surrogates, U+FFFE/U+FFFF).
_NOT_XML_CHARS = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def build_codebook_element(
    roots: Sequence[CodebookEntry], *, origin: str = "Telaah"
) -> etree._Element:
    """The ``<CodeBook>`` element for ``roots``.

    Entries without a GUID get a new one in the element; the entries are not changed.
    Raises InvalidValue (no name, bad GUID, colour, group or shortcut, a GUID used twice)
    or DuplicateName (two siblings with the same name, ignoring letter case).
    """
    builder = _CodebookBuilder()
    namespaces = {None: CODEBOOK_NAMESPACE, "xsi": _XSI_NAMESPACE}
    # lxml takes None as the default namespace's prefix; lxml-stubs 0.5 allows str keys only.
    codebook = etree.Element(_tag("CodeBook"), nsmap=namespaces)  # type: ignore[arg-type]
    codebook.set("origin", _xml_text(origin))
    schema_location = f"{CODEBOOK_NAMESPACE} {CODEBOOK_SCHEMA_URL}"
    codebook.set(f"{{{_XSI_NAMESPACE}}}schemaLocation", schema_location)
    codes = etree.SubElement(codebook, _tag("Codes"))
    builder.add_codes(codes, roots)
    builder.add_sets(codebook)
    return codebook


class _CodebookBuilder:
    """Writes code elements and collects each group's members for the Sets."""

    def __init__(self) -> None:
        self.guids: set[str] = set()
        self.members: dict[str, list[str]] = {group: [] for group in CODE_GROUPS}

    def add_codes(
        self,
        parent: etree._Element,
        entries: Sequence[CodebookEntry],
        parent_group: str = DEFAULT_GROUP,
    ) -> None:
        _check_sibling_names(entries)
        for entry in entries:
            self._add_code(parent, entry, parent_group)

    def add_sets(self, codebook: etree._Element) -> None:
        groups = [group for group in CODE_GROUPS if self.members[group]]
        if groups in ([], [DEFAULT_GROUP]):
            return  # a codebook without groups gets no Sets
        sets = etree.SubElement(codebook, _tag("Sets"))
        for group in groups:
            _add_set(sets, group, self.members[group])

    def _add_code(self, parent: etree._Element, entry: CodebookEntry, parent_group: str) -> None:
        guid = self._guid(entry)
        code = etree.SubElement(parent, _tag("Code"))
        code.set("guid", guid)
        code.set("name", _xml_text(entry.name))
        code.set("isCodable", "true" if entry.codable else "false")
        color = _color(entry)
        if color is not None:
            code.set("color", color)
        description = compose_description(_checked_description(entry, parent_group))
        if description:
            etree.SubElement(code, _tag("Description")).text = _xml_text(description)
        self.members[entry.group].append(guid)
        self.add_codes(code, entry.children, entry.group)

    def _guid(self, entry: CodebookEntry) -> str:
        if entry.guid is None:
            guid = str(uuid.uuid4())
        else:
            guid = normalise_guid(entry.guid) or ""
            if not guid:
                raise InvalidValue(field="GUID", value=entry.guid, detail=entry.name)
        if guid in self.guids:
            raise InvalidValue(field="GUID", value=guid, detail="two codes have the same GUID")
        self.guids.add(guid)
        return guid


def _check_sibling_names(entries: Sequence[CodebookEntry]) -> None:
    seen: set[str] = set()
    for entry in entries:
        if not entry.name.strip():
            raise InvalidValue(field="code name", value=entry.name, detail="a code needs a name")
        key = " ".join(entry.name.split()).casefold()
        if key in seen:
            raise DuplicateName(kind="code", name=entry.name)
        seen.add(key)


def _color(entry: CodebookEntry) -> str | None:
    if entry.color is None:
        return None
    color = normalise_color(entry.color)
    if color is None:
        raise InvalidValue(field="colour", value=entry.color, detail="use #RRGGBB")
    return color


def _checked_description(entry: CodebookEntry, parent_group: str) -> CodeDescription:
    """The description fields; the group label is left out where a reader infers it."""
    if entry.group not in CODE_GROUPS:
        raise InvalidValue(field="code group", value=entry.group, detail=", ".join(CODE_GROUPS))
    if entry.shortcut is not None and ("\n" in entry.shortcut or "\r" in entry.shortcut):
        raise InvalidValue(field="shortcut", value=entry.shortcut, detail="one line only")
    fields = entry.description()
    if entry.group == DEFAULT_GROUP == parent_group:
        return dataclasses.replace(fields, group=None)
    return fields


def _add_set(sets: etree._Element, group: str, member_guids: list[str]) -> None:
    word = GROUP_WORDS[group]
    seed = "|".join([group, *member_guids])
    set_element = etree.SubElement(sets, _tag("Set"))
    set_element.set("guid", str(uuid.uuid5(_SET_GUID_NAMESPACE, seed)))
    set_element.set("name", word.capitalize())
    description = etree.SubElement(set_element, _tag("Description"))
    description.text = f"Kelompok kode Telaah: {word} / Telaah code group: {group}"
    for guid in member_guids:
        etree.SubElement(set_element, _tag("MemberCode")).set("guid", guid)


def _tag(name: str) -> str:
    return f"{{{CODEBOOK_NAMESPACE}}}{name}"


def _xml_text(text: str) -> str:
    """``text`` without the few characters XML 1.0 cannot represent."""
    return _NOT_XML_CHARS.sub("", text)
