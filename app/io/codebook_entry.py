"""The in-memory form of a REFI-QDA codebook: a tree of :class:`CodebookEntry`."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from app.io.code_description import DEFAULT_GROUP, CodeDescription

CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0"
PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0"
CODEBOOK_SCHEMA_URL = "http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd"

_GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HEX_COLOR = re.compile(r"#?([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})")


@dataclass
class CodebookEntry:
    """One code with its children.

    ``guid`` is lower-case without braces (None: give it a new one when writing);
    ``color`` is ``#RRGGBB`` upper-case or None; ``group`` is one of
    :data:`app.io.code_description.CODE_GROUPS`; ``shortcut`` is None when unset.
    """

    name: str
    guid: str | None = None
    color: str | None = None
    codable: bool = True
    group: str = DEFAULT_GROUP
    definition: str = ""
    inclusion: str = ""
    exclusion: str = ""
    example: str = ""
    shortcut: str | None = None
    name_en: str = ""
    definition_en: str = ""
    verdict_scale: tuple[str, ...] = ()  # on a top-level code: its group's scale, best first
    children: list[CodebookEntry] = field(default_factory=list)

    def description(self) -> CodeDescription:
        """The fields that travel in the REFI-QDA ``<Description>``."""
        return CodeDescription(
            definition=self.definition,
            inclusion=self.inclusion,
            exclusion=self.exclusion,
            example=self.example,
            group=self.group,
            shortcut=self.shortcut,
            name_en=self.name_en,
            definition_en=self.definition_en,
            verdict_scale=self.verdict_scale,
        )


def walk_codebook(roots: Sequence[CodebookEntry]) -> Iterator[tuple[str, CodebookEntry]]:
    """``("Parent/Child", entry)`` for every entry, depth first in document order."""
    for root in roots:
        yield from _walk(root, prefix="")


def normalise_guid(raw: str | None) -> str | None:
    """``raw`` as a lower-case GUID without braces, or None when it is not a GUID."""
    text = (raw or "").strip()
    if text.startswith("{") and text.endswith("}"):
        text = text[1:-1].strip()
    text = text.lower()
    return text if _GUID.fullmatch(text) else None


def normalise_color(raw: str | None) -> str | None:
    """``raw`` as ``#RRGGBB`` upper-case (``#abc`` expands), or None when it is no colour.

    The leading ``#`` may be missing.
    """
    match = _HEX_COLOR.fullmatch((raw or "").strip())
    if match is None:
        return None
    digits = match.group(1).upper()
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    return f"#{digits}"


def _walk(entry: CodebookEntry, prefix: str) -> Iterator[tuple[str, CodebookEntry]]:
    path = f"{prefix}/{entry.name}" if prefix else entry.name
    yield path, entry
    for child in entry.children:
        yield from _walk(child, path)
