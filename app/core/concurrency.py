"""Optimistic concurrency for team projects: field-level edits checked against what the
editor loaded, and messages that name who changed what.

An editor remembers the values it showed (``expected``) and sends only the fields its user
changed (``wanted``). :func:`fields_to_write` compares each with the row as it is now: a
field nobody else touched is written; a field someone else changed since the editor loaded
it is a conflict (:class:`~app.errors.conflicts.EditConflict`) naming the object, who
changed it and when, their value and the user's own. A field the user did not change is
never sent, so it never overwrites another person's newer value. Rows also carry a version
that every UPDATE checks (``version_id_col``), which turns a write that races another
transaction into :class:`~app.errors.conflicts.ChangedMeanwhile` instead of a lost update.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core import change_feed
from app.core.ids import CodeId
from app.core.lookup import code_paths
from app.errors import NotFound
from app.errors.conflicts import DeletedMeanwhile, EditConflict
from app.models import Code, CodedSegment, Source, Turn
from app.storage.login import login_name

# The words a conflict message uses for objects and their fields (translated: cli context).
KIND_LABELS = {
    "code": "code", "segment": "segment", "memo": "memo", "summary": "summary",
    "summary_cell": "summary cell", "conclusion": "conclusion", "informant": "informant",
    "source": "source", "judgement": "triangulation judgement", "comment": "comment",
    "project": "project", "question": "research question", "coder": "coder",
    "object": "object",
}
FIELD_LABELS = {
    "name": "name", "definition": "definition", "inclusion": "use when",
    "exclusion": "do not use when", "example": "example", "shortcut": "shortcut key",
    "color": "colour", "verdict_scale": "verdict scale", "name_en": "English name",
    "definition_en": "English definition", "codable": "codable", "code_group": "code group",
    "memo": "memo", "paraphrase": "condensed statement", "valence": "valence",
    "code_id": "code", "start": "start", "end": "end", "statement": "statement",
    "verdict": "verdict", "override_reason": "reason", "status": "status",
    "tactics": "tactics", "body": "text", "title": "title", "label": "label",
    "pseudonym": "pseudonym", "role": "role", "informant_type": "type",
    "attributes": "attributes", "kind": "kind", "informant_id": "informant",
    "source_date": "date", "judgement": "judgement", "rationale": "rationale",
    "review_status": "review status",
}
SHOWN_CHARS = 80


def shown(value: Any) -> str:
    """A field value as a message quotes it: lists joined, long texts cut."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        text = " | ".join(str(item) for item in value)
    elif isinstance(value, dict):
        text = ", ".join(str(key) for key, on in value.items() if on)
    else:
        text = " ".join(str(value).split())
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS - 1] + "…"


def _same(current: Any, other: Any) -> bool:
    if isinstance(current, (list, tuple)) or isinstance(other, (list, tuple)):
        return list(current or ()) == list(other or ())
    if isinstance(current, str) or isinstance(other, str):
        return (current or "") == (other or "")
    if isinstance(current, dict) or isinstance(other, dict):
        return dict(current or {}) == dict(other or {})
    return bool(current == other)


def fields_to_write(session: Session, row: Any, *, kind: str, name: str,
                    wanted: Mapping[str, Any],
                    expected: Mapping[str, Any] | None) -> dict[str, Any]:
    """The fields of ``wanted`` that differ from ``row`` as it is now.

    ``expected``: the values the caller loaded, per field (None: the caller read the row in
    this same transaction, so there is nothing to compare). A field whose current value is
    neither what the caller loaded nor what it wants was changed by someone else: an
    EditConflict naming the first such field (all of them in ``conflicting``).
    """
    current = {key: getattr(row, key) for key in wanted}
    if expected is not None:
        conflicting = tuple(
            key for key in wanted
            if key in expected and not _same(current[key], expected[key])
            and not _same(current[key], wanted[key]))
        if conflicting:
            key = conflicting[0]
            raise conflict(session, kind=kind, object_id=int(row.id), name=name, key=key,
                           theirs=current[key], mine=wanted[key], conflicting=conflicting)
    return {key: value for key, value in wanted.items() if not _same(current[key], value)}


def conflict(session: Session, *, kind: str, object_id: int, name: str, key: str,
             theirs: Any, mine: Any, conflicting: tuple[str, ...] = ()) -> EditConflict:
    writer = change_feed.last_writer(session, kind=kind, object_id=object_id, field=key)
    return EditConflict(
        kind=KIND_LABELS.get(kind, kind), name=name, field=FIELD_LABELS.get(key, key),
        who=writer.actor if writer and writer.actor else login_name(),
        when=writer.at.strftime("%Y-%m-%d %H:%M UTC") if writer else "?",
        theirs=shown(theirs), mine=shown(mine), object_id=object_id, field_key=key,
        conflicting=conflicting or (key,))


def gone(session: Session, *, kind: str, object_id: int) -> Exception:
    """The error for an object that is not there: who deleted it and when, by the name it
    had, when the change feed remembers; else a plain NotFound."""
    found = change_feed.deletion(session, kind=kind, object_id=object_id)
    if found is None:
        return NotFound(kind=KIND_LABELS.get(kind, kind), key=object_id)
    writer, fields = found
    label = next((str(fields[key]) for key in ("name", "title", "label", "pseudonym")
                  if fields.get(key)), "")
    if kind == "segment":
        label = _segment_place(session, fields) or shown(fields.get("text"))
    return DeletedMeanwhile(kind=KIND_LABELS.get(kind, kind), key=label, who=writer.actor,
                            when=writer.at.strftime("%Y-%m-%d %H:%M UTC"))


def merged_into(session: Session, *, code_id: CodeId) -> CodeId | None:
    """The code a deleted code was merged into (by the change feed), if it still exists."""
    found = change_feed.deletion(session, kind="code", object_id=code_id)
    if found is None:
        return None
    target = found[1].get("merged_into")
    if isinstance(target, int) and session.get(Code, target) is not None:
        return CodeId(target)  # the change log keeps a bare id
    return None


def _segment_place(session: Session, fields: Mapping[str, Any]) -> str:
    source_id, code_id = fields.get("source_id"), fields.get("code_id")
    title = session.scalar(select(Source.title).where(Source.id == source_id)) if isinstance(
        source_id, int) else None
    code = code_paths(session).get(code_id) if isinstance(code_id, int) else None
    return " — ".join(part for part in (code, title) if part)


def segment_name(session: Session, segment: CodedSegment) -> str:
    """How a message names a segment: its code path, source title and speaker turn
    ("Kinerja/Kualitas — Wawancara I1 #12")."""
    code = code_paths(session).get(segment.code_id, "")
    title = session.scalar(select(Source.title).where(Source.id == segment.source_id)) or ""
    turn = session.scalar(select(Turn.number).where(
        Turn.source_id == segment.source_id, Turn.start <= segment.start,
        Turn.end > segment.start).limit(1))
    place = f"{title} #{turn}" if turn is not None else title
    return f"{code} — {place}" if code else place
