"""What a .qdpx must not get away with silently.

- One GUID for two users, codes, sources, selections, cases or notes: every reference to
  it would land on whichever came first (a category sharing its child's GUID would collect
  the child's codings), so the file is refused with the GUID and both names.
- Selection positions that are not whole numbers (``0x10``, ``1_0``, ``12.5``), that run
  backwards (start after end) or that leave their text: counted by kind and refused
  together, naming the first one, instead of being dropped one by one. A selection whose
  start equals its end is empty, not wrong, and is left out with a word as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from app.errors import QdpxBadPositions, QdpxDuplicateGuid
from app.io.qdpx_xml import children, first_child, parse_guid, section

_WHOLE_NUMBER = re.compile(r"\s*[+-]?[0-9]+\s*")
_NAME_CHARS = 80

# One literal per kind, so that the catalogue tool finds the words to translate.
_DUPLICATE: dict[str, Callable[..., QdpxDuplicateGuid]] = {
    "user": lambda **data: QdpxDuplicateGuid(kind="user", **data),
    "code": lambda **data: QdpxDuplicateGuid(kind="code", **data),
    "source": lambda **data: QdpxDuplicateGuid(kind="source", **data),
    "selection": lambda **data: QdpxDuplicateGuid(kind="selection", **data),
    "case": lambda **data: QdpxDuplicateGuid(kind="case", **data),
    "note": lambda **data: QdpxDuplicateGuid(kind="note", **data),
}


def check_unique_guids(root: etree._Element, *, path: Path | str) -> None:
    """Raise QdpxDuplicateGuid for the first GUID (in any letter case or braces) that two
    elements of one kind share."""
    for kind, elements in (
        ("user", section(root, "Users", "User")),
        ("code", list(_codes(root))),
        ("source", _sources(root)),
        ("selection", [s for source in _sources(root) for s in _selections(source)]),
        ("case", section(root, "Cases", "Case")),
        ("note", section(root, "Notes", "Note")),
    ):
        seen: dict[str, str] = {}
        for element in elements:
            guid = parse_guid(element.get("guid"))
            if guid is None:
                continue
            name = _label(element)
            if guid in seen:
                raise _DUPLICATE[kind](path=path, guid=guid, first=seen[guid], second=name)
            seen[guid] = name


def whole_number(raw: str | None) -> int | None:
    """A position written as a plain decimal whole number, else None (``int()`` alone
    would accept "1_000" and digits of other scripts)."""
    if raw is None or not _WHOLE_NUMBER.fullmatch(raw):
        return None
    return int(raw)


@dataclass
class PositionProblems:
    """Unusable selection positions by kind, and the first one found."""

    path: Path | str
    not_number: int = 0
    reversed: int = 0
    outside: int = 0
    first: tuple[str, str, int | str | None, int | str | None] | None = None

    def add(self, kind: str, *, selection: str, source: str, start: int | str | None,
            end: int | str | None) -> None:
        setattr(self, kind, getattr(self, kind) + 1)
        if self.first is None:
            self.first = (selection[:_NAME_CHARS], source, start, end)

    @property
    def count(self) -> int:
        return self.not_number + self.reversed + self.outside

    def raise_if_any(self) -> None:
        if self.first is not None:
            selection, source, start, end = self.first
            raise QdpxBadPositions(path=self.path, count=self.count, not_number=self.not_number,
                                   reversed=self.reversed, outside=self.outside,
                                   selection=selection, source=source, start=start, end=end)


def _codes(root: etree._Element) -> Iterator[etree._Element]:
    codebook = first_child(root, "CodeBook")
    codes = first_child(codebook, "Codes") if codebook is not None else None
    if codes is not None:
        yield from _code_tree(codes)


def _code_tree(parent: etree._Element) -> Iterator[etree._Element]:
    for element in children(parent, "Code"):
        yield element
        yield from _code_tree(element)


def _sources(root: etree._Element) -> list[etree._Element]:
    container = first_child(root, "Sources")
    return [] if container is None else [e for e in container if isinstance(e.tag, str)]


def _selections(source: etree._Element) -> list[etree._Element]:
    return [
        element for element in source
        if isinstance(element.tag, str) and etree.QName(element).localname.endswith("Selection")
    ]


def _label(element: etree._Element) -> str:
    name = " ".join((element.get("name") or "").split())
    return (name or etree.QName(element).localname)[:_NAME_CHARS]
