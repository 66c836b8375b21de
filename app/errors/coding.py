"""Errors about the things inside a project (codes, sources, informants, segments) and
the values people give them, search included."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors.base import TelaahError, extra


@dataclass(eq=False, kw_only=True)
class NotFound(TelaahError):
    template = "No {kind} '{key}' in this project."

    kind: str
    key: str | int | None


@dataclass(eq=False, kw_only=True)
class AmbiguousName(TelaahError):
    template = "'{key}' matches several {kind}s: {candidates}. Give the full path."

    key: str
    kind: str
    candidates: list[str]


@dataclass(eq=False, kw_only=True)
class DuplicateName(TelaahError):
    template = "A {kind} named '{name}' already exists here."

    kind: str
    name: str


@dataclass(eq=False, kw_only=True)
class InvalidValue(TelaahError):
    template = "Invalid {field}: '{value}' ({detail})."

    field: str
    value: str | float | None
    technical: str = extra("the library's words about the value, for --verbose")


@dataclass(eq=False, kw_only=True)
class InformantHasSources(TelaahError):
    template = (
        "{count} source(s) are linked to informant '{informant}'; nothing was removed. "
        "Link them to another informant first, or remove it anyway with --force (the "
        "sources stay, without informant)."
    )

    count: int
    informant: str


@dataclass(eq=False, kw_only=True)
class OffsetsOutOfRange(TelaahError):
    template = (
        "Segment [{start}, {end}) does not fit source '{source}', "
        "whose text has {length} characters."
    )

    start: int
    end: int
    source: str
    length: int


@dataclass(eq=False, kw_only=True)
class CodeNotCodable(TelaahError):
    template = "The code '{code}' is a category and cannot be applied to text."

    code: str


@dataclass(eq=False, kw_only=True)
class InvalidSearchPattern(TelaahError):
    """``detail`` is the regular-expression library's message, kept for ``--verbose``."""

    template = (
        "The regular expression '{pattern}' is not valid; check its brackets, "
        "parentheses and backslashes."
    )

    pattern: str


@dataclass(eq=False, kw_only=True)
class StaleSearchHit(TelaahError):
    template = (
        "The text of source '{source}' changed since the search; search again before "
        "coding the hits."
    )

    source: str
