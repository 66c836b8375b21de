"""The codebook inside a project.qde, read and written with the .qdc code of ``codebook_*``.

A project's ``<CodeBook>`` holds the same ``<Codes>`` tree as a .qdc file, in the project
namespace, and its ``<Sets>`` sit at the project level. Reading copies the tree (and the
Sets that name a Telaah code group) into a stand-alone codebook and hands it to
:func:`app.io.codebook_file.read_codebook_bytes`, after smoothing over what other programs
write but a .qdc reader refuses: codes without a name, two sibling codes with one name,
colours or ``isCodable`` values that are not colours or booleans. Writing builds a .qdc
element with :func:`app.io.codebook_writer.build_codebook_element` and moves it into the
project namespace, adding each code's ``<NoteRef>``.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from lxml import etree

from app.io.code_description import group_from_word
from app.io.codebook_entry import (
    CODEBOOK_NAMESPACE,
    PROJECT_NAMESPACE,
    CodebookEntry,
    normalise_color,
    normalise_guid,
    walk_codebook,
)
from app.io.codebook_file import read_codebook_bytes
from app.io.codebook_writer import build_codebook_element
from app.io.qdpx_xml import children, first_child

_BOOLEAN_WORDS = frozenset({"true", "false", "1", "0", "yes", "no"})


def read_project_codes(
    root: etree._Element, *, path: Path | str
) -> tuple[list[CodebookEntry], dict[str, str], dict[str, tuple[str, ...]]]:
    """``(codes, guid map, code notes)`` of a parsed ``<Project>``.

    The guid map takes each GUID the file gives a code (normalised) to the GUID of its
    entry; the entry's differs only when the file's was missing or malformed (a GUID used
    twice is refused before, by :func:`app.io.qdpx_checks.check_unique_guids`).
    ``code notes`` maps an entry's GUID to the notes its ``<NoteRef>`` elements name.
    """
    codebook = first_child(root, "CodeBook")
    codes = first_child(codebook, "Codes") if codebook is not None else None
    elements = [] if codes is None else list(_code_elements(codes))
    if codes is None or not elements:
        return [], {}, {}
    standalone = etree.Element(f"{{{CODEBOOK_NAMESPACE}}}CodeBook")
    standalone.append(_cleaned_copy(codes))
    group_sets = _group_sets(root)
    if group_sets is not None:
        standalone.append(group_sets)
    entries = read_codebook_bytes(etree.tostring(standalone, encoding="UTF-8"), path=path)
    guid_map: dict[str, str] = {}
    code_notes: dict[str, tuple[str, ...]] = {}
    for element, (_path, entry) in zip(elements, walk_codebook(entries)):
        assert entry.guid is not None
        file_guid = normalise_guid(element.get("guid"))
        if file_guid is not None:
            guid_map.setdefault(file_guid, entry.guid)
        notes = tuple(
            guid
            for reference in children(element, "NoteRef")
            if (guid := normalise_guid(reference.get("targetGUID")))
        )
        if notes:
            code_notes[entry.guid] = notes
    return entries, guid_map, code_notes


def build_project_codes(
    roots: Sequence[CodebookEntry], code_notes: Mapping[str, Sequence[str]], *, origin: str
) -> tuple[etree._Element, list[etree._Element]]:
    """``(<CodeBook>, group <Set>s)`` in the project namespace for ``roots``."""
    codebook = build_codebook_element(roots, origin=origin)
    for element in codebook.iter():
        if not isinstance(element.tag, str):
            # Comments and processing instructions have a function as tag; lxml-stubs 0.5
            # types every tag as str.
            continue  # type: ignore[unreachable]
        qname = etree.QName(element)
        element.tag = f"{{{PROJECT_NAMESPACE}}}{qname.localname}"
        if qname.localname == "MemberCode":
            element.set("targetGUID", element.attrib.pop("guid"))
        if qname.localname == "Code":
            _add_note_refs(element, code_notes.get(element.get("guid") or "", ()))
    project_codebook = etree.Element(f"{{{PROJECT_NAMESPACE}}}CodeBook")
    codes = first_child(codebook, "Codes")
    assert codes is not None, "build_codebook_element always writes <Codes>"
    project_codebook.append(codes)
    sets = first_child(codebook, "Sets")
    return project_codebook, ([] if sets is None else list(children(sets, "Set")))


def _add_note_refs(code: etree._Element, notes: Sequence[str]) -> None:
    position = 1 if first_child(code, "Description") is not None else 0
    for offset, guid in enumerate(notes):
        reference = etree.Element(f"{{{PROJECT_NAMESPACE}}}NoteRef", targetGUID=guid)
        code.insert(position + offset, reference)


def _code_elements(parent: etree._Element) -> Iterator[etree._Element]:
    for element in children(parent, "Code"):
        yield element
        yield from _code_elements(element)


def _cleaned_copy(codes: etree._Element) -> etree._Element:
    cleaned = copy.deepcopy(codes)
    _clean_siblings(cleaned)
    return cleaned


def _clean_siblings(parent: etree._Element) -> None:
    taken: set[str] = set()
    for element in children(parent, "Code"):
        name = " ".join((element.get("name") or "").split()) or "(unnamed code)"
        unique, number = name, 2
        while unique.casefold() in taken:
            unique, number = f"{name} ({number})", number + 1
        taken.add(unique.casefold())
        element.set("name", unique)
        color = element.get("color")
        if color is not None and normalise_color(color) is None:
            del element.attrib["color"]
        codable = element.get("isCodable")
        if codable is not None and codable.strip().casefold() not in _BOOLEAN_WORDS:
            del element.attrib["isCodable"]
        _clean_siblings(element)


def _group_sets(root: etree._Element) -> etree._Element | None:
    """The project's Sets that name a Telaah code group, as codebook Sets."""
    sets = first_child(root, "Sets")
    if sets is None:
        return None
    kept = etree.Element(f"{{{CODEBOOK_NAMESPACE}}}Sets")
    for set_element in children(sets, "Set"):
        if group_from_word(set_element.get("name") or "") is None:
            continue
        copied = etree.SubElement(kept, f"{{{CODEBOOK_NAMESPACE}}}Set",
                                  name=set_element.get("name") or "")
        for member in children(set_element, "MemberCode"):
            etree.SubElement(copied, f"{{{CODEBOOK_NAMESPACE}}}MemberCode",
                             guid=member.get("targetGUID") or member.get("guid") or "")
    return kept if len(kept) else None
