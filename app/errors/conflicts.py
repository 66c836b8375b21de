"""Errors of team work: someone else changed or deleted what you were editing, undoing
would overwrite another person's work, or a segment changed while it was being judged."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors.base import TelaahError, extra
from app.errors.coding import NotFound


@dataclass(eq=False, kw_only=True)
class EditConflict(TelaahError):
    template = (
        "{who} changed the {field} of {kind} '{name}' at {when}, after you opened it: theirs "
        "is '{theirs}', yours is '{mine}'. Nothing was saved; keep yours, keep theirs or edit."
    )

    kind: str
    name: str
    field: str
    who: str
    when: str
    theirs: str
    mine: str
    object_id: int = extra("the object in conflict, for the window that resolves it", 0)
    field_key: str = extra("the column in conflict, to send again or to drop", "")
    conflicting: tuple[str, ...] = extra("every column in conflict, the first one shown", ())


@dataclass(eq=False, kw_only=True)
class UndoConflict(TelaahError):
    template = (
        "'{step}' was not undone: {who} changed the {field} of {kind} '{name}' at {when} "
        "(it is now '{theirs}'); undoing would overwrite it."
    )

    step: str
    kind: str
    name: str
    field: str
    who: str
    when: str
    theirs: str


@dataclass(eq=False, kw_only=True)
class UndoOverDeletion(TelaahError):
    template = "'{step}' was not undone: {who} deleted {kind} '{name}' at {when}."

    step: str
    kind: str
    name: str
    who: str
    when: str


@dataclass(eq=False, kw_only=True)
class UndoKeepsOthersWork(TelaahError):
    template = (
        "'{step}' was not undone: {who} has since commented on or judged the segment of "
        "'{code}' in '{source}'; undoing would delete or overrule that."
    )

    step: str
    who: str
    code: str
    source: str


@dataclass(eq=False, kw_only=True)
class DeletedMeanwhile(NotFound):
    """A NotFound that says by whom and when (``key`` is the name the object had)."""

    template = "{who} deleted {kind} '{key}' at {when}; your change to it was not saved."

    who: str
    when: str


@dataclass(eq=False, kw_only=True)
class ChangedMeanwhile(TelaahError):
    template = (
        "Someone else saved this {kind} at the same moment; your change was not saved. "
        "Look at it again and repeat your change."
    )

    kind: str
