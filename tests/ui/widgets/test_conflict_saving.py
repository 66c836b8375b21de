"""The keep mine / keep theirs / edit loop every form shares, on plain values."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.changes import Changes
from app.errors import EditConflict
from app.ui.widgets.conflict_dialog import EDIT, KEEP_MINE, KEEP_THEIRS
from app.ui.widgets.conflict_saving import save_with_choices


class Record:
    """A stored record with a version check per field, as the core's fields_to_write."""

    def __init__(self, **fields: Any) -> None:
        self.fields = dict(fields)
        self.sent: list[tuple[dict[str, Any], dict[str, Any]]] = []

    def send(self, changed: dict[str, Any], expected: dict[str, Any]) -> Changes:
        self.sent.append((dict(changed), dict(expected)))
        stale = tuple(key for key, value in expected.items() if self.fields[key] != value)
        if stale:
            raise EditConflict(kind="thing", name="x", field=stale[0], who="Annisa", when="",
                               theirs=str(self.fields[stale[0]]), mine=str(changed[stale[0]]),
                               field_key=stale[0], conflicting=stale)
        self.fields.update(changed)
        return Changes(project=True)


@pytest.mark.parametrize("answer", [KEEP_MINE, KEEP_THEIRS, EDIT, None])
def test_each_answer(answer: str | None) -> None:
    record = Record(title="Lama", note="a", secret="s")
    shown = dict(record.fields)
    record.fields["title"] = "Milik Annisa"  # someone else, meanwhile
    filled: list[dict[str, Any]] = []
    outcome = save_with_choices(
        shown=shown, values={"title": "Milik Budi", "note": "b", "secret": "t"},
        send=record.send, stored=lambda: dict(record.fields), show_theirs=filled.append,
        resolve=lambda _parent, _conflict: answer, parent=None,
        unchecked=frozenset({"secret"}))
    assert "secret" not in record.sent[0][1]  # sent without a check
    if answer == KEEP_MINE:
        assert outcome.status == "saved" and record.fields["title"] == "Milik Budi"
        assert record.sent[-1][1]["title"] == "Milik Annisa"  # over theirs, as stored
    elif answer == KEEP_THEIRS:
        assert outcome.status == "saved" and filled == [{"title": "Milik Annisa"}]
        assert record.fields == {"title": "Milik Annisa", "note": "b", "secret": "t"}
    elif answer == EDIT:
        assert outcome.status == "again" and outcome.theirs == record.fields
        assert filled == [{"title": "Milik Annisa"}] and record.fields["note"] == "a"
    else:  # cancelled: nothing stored
        assert outcome.status == "cancelled" and record.fields["note"] == "a"


def test_nothing_changed_sends_nothing() -> None:
    record = Record(title="Sama")
    outcome = save_with_choices(
        shown={"title": "Sama"}, values={"title": "Sama"}, send=record.send,
        stored=lambda: dict(record.fields), show_theirs=lambda _theirs: None,
        resolve=lambda _parent, _conflict: KEEP_MINE, parent=None)
    assert outcome.status == "saved" and outcome.changes is None and record.sent == []
