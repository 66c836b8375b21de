"""Saving an informant's edited fields when someone else changed some of them meanwhile:
the form asks keep mine / keep theirs / edit (see :mod:`app.ui.widgets.conflict_saving`)."""

from __future__ import annotations

from typing import Any

from app.core.informants import InformantView
from app.core.workbench import Workbench
from app.ui.coding.informant_form import InformantForm
from app.ui.widgets.conflict_dialog import Resolve
from app.ui.widgets.conflict_saving import Outcome, save_with_choices

FIELDS = ("label", "pseudonym", "role", "informant_type", "attributes", "real_name")


def shown_values(informant: InformantView) -> dict[str, Any]:
    return {key: getattr(informant, key) for key in FIELDS}


def save_edited_informant(workbench: Workbench, form: InformantForm, shown: InformantView,
                          values: dict[str, Any], *, name: str,
                          resolve: Resolve) -> Outcome:
    """Store the fields of ``shown`` (as the form showed it) that ``values`` changes; core
    errors other than a conflict propagate."""
    def stored() -> dict[str, Any] | None:
        now = next((i for i in workbench.informants.all() if i.id == shown.id), None)
        return shown_values(now) if now is not None else None

    return save_with_choices(
        shown=shown_values(shown), values=values, resolve=resolve, parent=form,
        send=lambda changed, expected: workbench.informants.edit(
            informant_id=shown.id, name=name, expected=expected, **changed),
        stored=stored, show_theirs=lambda theirs: form.fill(**theirs),
        # The real name is never compared: it is kept only to mask quotes.
        unchecked=frozenset({"real_name"}))
