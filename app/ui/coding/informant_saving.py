"""Saving an informant's edited fields when someone else changed some of them meanwhile.

The form sends only the fields the person changed, with the values it showed; a field
someone else changed since is an EditConflict, and the person chooses: keep mine (saved
over theirs), keep theirs (their value stays, the other changes are saved), or edit (their
values go into the form, which stays open for another OK).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from app.core.changes import Changes
from app.core.informants import InformantView
from app.core.workbench import Workbench
from app.errors.conflicts import EditConflict
from app.ui.coding.informant_form import InformantForm
from app.ui.widgets.conflict_dialog import EDIT, KEEP_MINE, KEEP_THEIRS, Resolve

FIELDS = ("label", "pseudonym", "role", "informant_type", "attributes", "real_name")


@dataclass(frozen=True)
class Outcome:
    """``saved`` (``changes``: None when nothing was left to store), ``cancelled``, or
    ``again``: the form stays open over ``stored``, the informant as it is now."""

    status: Literal["saved", "cancelled", "again"]
    changes: Changes | None = None
    stored: InformantView | None = None


def shown_values(informant: InformantView) -> dict[str, Any]:
    return {key: getattr(informant, key) for key in FIELDS}


def save_edited_informant(workbench: Workbench, form: InformantForm, shown: InformantView,
                          values: dict[str, Any], *, name: str,
                          resolve: Resolve) -> Outcome:
    """Store the fields of ``shown`` (as the form showed it) that ``values`` changes; core
    errors other than a conflict propagate."""
    before = shown_values(shown)
    changed = {key: value for key, value in values.items() if before[key] != value}
    # The real name is never compared: it is kept only to mask quotes.
    expected = {key: before[key] for key in changed if key != "real_name"}
    while changed:
        try:
            return Outcome("saved", workbench.informants.edit(
                informant_id=shown.id, name=name, expected=expected, **changed))
        except EditConflict as conflict:
            answer = resolve(form, conflict)
            stored = next((i for i in workbench.informants.all() if i.id == shown.id), None)
            if stored is None or answer not in (KEEP_MINE, KEEP_THEIRS, EDIT):
                return Outcome("cancelled")
            theirs = shown_values(stored)
            if answer == KEEP_MINE:  # over theirs, as stored now
                expected = {key: theirs[key] for key in expected}
            elif answer == KEEP_THEIRS:  # their values stay; send the rest
                changed = {key: value for key, value in changed.items()
                           if key not in conflict.conflicting}
                expected = {key: theirs[key] for key in expected if key in changed}
                form.fill(**{key: theirs[key] for key in conflict.conflicting
                             if key in theirs})
            else:  # their values into the form; it stays open
                form.fill(**{key: theirs[key] for key in conflict.conflicting
                             if key in theirs})
                return Outcome("again", stored=stored)
    return Outcome("saved")
