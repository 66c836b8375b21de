"""Saving the fields a person changed in a form, when someone else changed some meanwhile.

The form sends only the changed fields, with the values it showed for them (``expected``);
a field someone else changed since is an EditConflict, and the person chooses: keep mine
(saved over theirs, as stored now), keep theirs (their value stays, the other changes are
saved), or edit (their values go into the form, which stays open for another save).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtWidgets import QWidget

from app.core.changes import Changes
from app.errors.conflicts import EditConflict
from app.ui.widgets.conflict_dialog import EDIT, KEEP_MINE, KEEP_THEIRS, Resolve

# Store ``changed`` fields, checking them against ``expected``; raises EditConflict.
Send = Callable[[dict[str, Any], dict[str, Any]], Changes]


@dataclass(frozen=True)
class Outcome:
    """``saved`` (``changes``: None when nothing was left to store), ``cancelled``, or
    ``again``: the form stays open, showing ``theirs`` (every field as stored now)."""

    status: Literal["saved", "cancelled", "again"]
    changes: Changes | None = None
    theirs: Mapping[str, Any] | None = None


def save_with_choices(*, shown: Mapping[str, Any], values: Mapping[str, Any], send: Send,
                      stored: Callable[[], Mapping[str, Any] | None],
                      show_theirs: Callable[[dict[str, Any]], None],
                      resolve: Resolve, parent: QWidget | None,
                      unchecked: frozenset[str] = frozenset()) -> Outcome:
    """Save what ``values`` changes of ``shown``; ``unchecked`` fields are sent without
    expecting anything (e.g. a real name, kept only to mask quotes)."""
    changed = {key: value for key, value in values.items() if shown[key] != value}
    expected = {key: shown[key] for key in changed if key not in unchecked}
    while changed:
        try:
            return Outcome("saved", send(changed, expected))
        except EditConflict as conflict:
            answer = resolve(parent, conflict)
            theirs = stored()
            if theirs is None or answer not in (KEEP_MINE, KEEP_THEIRS, EDIT):
                return Outcome("cancelled")
            conflicting = {key: theirs[key] for key in conflict.conflicting if key in theirs}
            if answer == KEEP_MINE:
                expected = {key: theirs[key] for key in expected}
                continue
            show_theirs(conflicting)
            if answer == EDIT:
                return Outcome("again", theirs=theirs)
            changed = {key: value for key, value in changed.items() if key not in conflicting}
            expected = {key: theirs[key] for key in expected if key in changed}
    return Outcome("saved")
