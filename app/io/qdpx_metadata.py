"""The users, variables, cases and notes of a REFI-QDA project, as the reader finds them.

Each function reads one section of ``project.qde``; what it cannot use (a value of a
variable that does not exist) is named in ``skipped``, and a case that refers to a source
that exists nowhere in the file is refused (:class:`app.errors.QdpxUnknownReference`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from app.errors import QdpxUnknownReference
from app.io.qdpx_positions import SourceTextMap
from app.io.qdpx_project import QdpxCase, QdpxNote, QdpxUser, QdpxValue, QdpxVariable
from app.io.qdpx_xml import (
    child_text,
    children,
    first_child,
    parse_guid,
    section,
    timestamp,
    variable_value,
)

TextOf = Callable[[etree._Element], "str | None"]


def read_users(root: etree._Element) -> list[QdpxUser]:
    """Each user once (the first of a GUID), named by its name or id."""
    users: list[QdpxUser] = []
    seen: set[str] = set()
    for element in section(root, "Users", "User"):
        guid = parse_guid(element.get("guid"))
        if guid is None or guid in seen:
            continue
        seen.add(guid)
        name = " ".join((element.get("name") or element.get("id") or "").split())
        users.append(QdpxUser(guid=guid, name=name))
    return users


def read_variables(root: etree._Element) -> list[QdpxVariable]:
    variables: list[QdpxVariable] = []
    for element in section(root, "Variables", "Variable"):
        guid = parse_guid(element.get("guid"))
        if guid is None:
            continue
        variables.append(
            QdpxVariable(
                guid=guid,
                name=" ".join((element.get("name") or "").split()) or guid,
                type_name=(element.get("typeOfVariable") or "Text").strip(),
                description=child_text(element, "Description"),
            )
        )
    return variables


def read_values(
    element: etree._Element, skipped: list[str],
    variables: dict[str, QdpxVariable] | None = None,
) -> tuple[QdpxValue, ...]:
    """The ``<VariableValue>`` children of a case or source; with ``variables``, only
    values of those."""
    values: list[QdpxValue] = []
    for value_element in children(element, "VariableValue"):
        reference = first_child(value_element, "VariableRef")
        guid = parse_guid(reference.get("targetGUID") if reference is not None else None)
        if guid is None or (variables is not None and guid not in variables):
            skipped.append(f"a value of an unknown variable ({guid})")
            continue
        value = variable_value(value_element)
        if value is not None:
            values.append(QdpxValue(variable_guid=guid, value=value))
    return tuple(values)


def read_cases(
    root: etree._Element,
    *,
    path: Path | str,
    variables: dict[str, QdpxVariable],
    source_guids: set[str],
    all_source_guids: set[str],
    skipped: list[str],
) -> list[QdpxCase]:
    """The cases, linked to the sources that were read (``source_guids``); a link to a
    source the file lists but Telaah did not read (a picture) is dropped, a link to none
    of ``all_source_guids`` refused."""
    cases: list[QdpxCase] = []
    for number, element in enumerate(section(root, "Cases", "Case"), start=1):
        guid = parse_guid(element.get("guid")) or str(uuid.uuid4())
        name = " ".join((element.get("name") or "").split()) or f"Case {number}"
        refs: list[str] = []
        for reference in children(element, "SourceRef"):
            target = parse_guid(reference.get("targetGUID"))
            if target in source_guids:
                refs.append(target)
            elif target not in all_source_guids:
                raise QdpxUnknownReference(
                    path=path, element="case", name=name, kind="source",
                    guid=reference.get("targetGUID"),
                )
        cases.append(
            QdpxCase(
                guid=guid,
                name=name,
                description=child_text(element, "Description"),
                values=read_values(element, skipped, variables),
                source_guids=tuple(refs),
            )
        )
    return cases


def read_notes(root: etree._Element, text_of: TextOf) -> list[QdpxNote]:
    """The notes, their text inline or in the archive (``text_of``)."""
    notes: list[QdpxNote] = []
    for number, element in enumerate(section(root, "Notes", "Note"), start=1):
        guid = parse_guid(element.get("guid")) or str(uuid.uuid4())
        name = (element.get("name") or "").strip() or f"Note {number}"
        text = text_of(element)
        notes.append(
            QdpxNote(
                guid=guid,
                name=name,
                text=SourceTextMap(text).text if text is not None else "",
                description=child_text(element, "Description"),
                user_guid=parse_guid(element.get("creatingUser")),
                created_at=timestamp(element.get("creationDateTime")),
                modified_at=timestamp(element.get("modifiedDateTime")),
            )
        )
    return notes


def note_refs(element: etree._Element) -> tuple[str, ...]:
    """The GUIDs of the notes ``element`` points to with ``<NoteRef>``."""
    refs = (parse_guid(reference.get("targetGUID"))
            for reference in children(element, "NoteRef"))
    return tuple(ref for ref in refs if ref is not None)
