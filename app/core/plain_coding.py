"""``telaah code`` without SQLAlchemy: one segment written through the plain writer.

Importing SQLAlchemy and mapping the models takes about 0.3 s, the whole budget of one
``telaah code`` (issue 19). For a project file at the newest schema that no workbench
holds, :func:`code_span_at` stores the segment through :mod:`app.storage.plain_writer`:
the rows the core's :func:`app.core.coding_by_name.code_span` writes, the same change-feed
entries, the same backup before the write, in one transaction.

It serves the ordinary case only. Anything else (a name that matches nothing or several,
offsets outside the text, a category, a database URL, an older schema, a workbench holding
the file, any SQLite error before the commit) returns None before anything is written,
and :func:`code_span_at` takes the full path, which codes or refuses with the messages it
always gives. ``tests/core/test_plain_coding.py`` writes the same segments both ways and
compares every row.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.core.code_keys import codes_named, paths_of
from app.core.vocabulary import VALENCES
from app.storage.backup import COMMAND_SESSION_S, take_backup
from app.storage.login import login_name
from app.storage.plain_writer import PlainWriteFailed, PlainWriter, open_plain_writer
from app.storage.session_lock import current_holder

# Longer coder names go the full path (the change feed shortens long texts in its log).
NAME_LIMIT = 200
# As SQLAlchemy stores a DateTime in SQLite (UTC, naive, with microseconds).
_STORED_TIME = "%Y-%m-%d %H:%M:%S.%f"


@dataclass(frozen=True)
class _Plan:
    source_id: int
    code_id: int
    coder_id: int | None  # None: a new coder
    text: str


def code_span_at(location: str, *, source: str, code: str, coder: str, start: int,
                 end: int, memo: str = "", valence: str | None = None) -> int:
    """Code ``[start, end)`` of the source titled ``source`` with the code ``code`` names, as
    the coder called ``coder`` (created if new); the new segment's id. Refusals are the
    core's Telaah errors."""
    created = code_span_plain(location, source=source, code=code, coder=coder, start=start,
                              end=end, memo=memo, valence=valence)
    if created is not None:
        return created
    from app.core.coding_by_name import code_span
    from app.core.project import Project

    with Project.open(location) as project:
        changes = code_span(project, source=source, code=code, coder=coder, start=start,
                            end=end, memo=memo, valence=valence)
    assert changes.created is not None
    return changes.created


def code_span_plain(location: str, *, source: str, code: str, coder: str, start: int,
                    end: int, memo: str = "", valence: str | None = None) -> int | None:
    """The new segment's id, or None when the plain path does not serve this call: the
    project was not written then (a backup may have been taken, as the full path would)."""
    name = coder.strip()
    if ("://" in location or not name or len(name) > NAME_LIMIT
            or (valence is not None and valence not in VALENCES)):
        return None
    path = Path(location)
    try:
        if current_holder(path) is not None:
            return None  # open in a workbench: the full path says so
        # Decide before backing up: a refused action leaves no backup behind.
        with _writer(path) as writer:
            writer.begin(writing=False)
            if _plan(writer, source, code, name, start, end) is None:
                return None
        take_backup(path, unless_newer_than=COMMAND_SESSION_S)
        with _writer(path) as writer:
            writer.begin(writing=True)
            plan = _plan(writer, source, code, name, start, end)
            if plan is None:
                return None
            created = _write(writer, plan, name, start, end, memo, valence)
            writer.commit()
            return created
    except PlainWriteFailed:
        return None


def _writer(path: Path) -> PlainWriter:
    writer = open_plain_writer(path)
    if writer is None:
        raise PlainWriteFailed(f"{path} is not a project file at the newest schema")
    return writer


def _plan(writer: PlainWriter, title: str, key: str, coder: str, start: int,
          end: int) -> _Plan | None:
    sources = writer.rows("SELECT id, char_count FROM sources WHERE title = :title",
                          {"title": title})
    if len(sources) != 1:
        return None
    source_id, length = sources[0]
    if not 0 <= start < end <= (length or 0):
        return None
    codes = writer.rows("SELECT id, parent_id, name, codable FROM codes")
    named = codes_named(paths_of((row[0], row[1], row[2]) for row in codes), key)
    if len(named) != 1 or not next(row[3] for row in codes if row[0] == named[0]):
        return None
    coders = writer.rows("SELECT id FROM coders WHERE name = :name", {"name": coder})
    cut = writer.rows("SELECT substr(text, :first, :length) FROM sources WHERE id = :id",
                      {"first": start + 1, "length": end - start, "id": source_id})
    return _Plan(source_id=source_id, code_id=named[0],
                 coder_id=coders[0][0] if coders else None, text=cut[0][0] or "")


def _write(writer: PlainWriter, plan: _Plan, coder: str, start: int, end: int, memo: str,
           valence: str | None) -> int:
    """The rows ``ensure_coder`` and ``add_segment`` write, with their change-feed entries
    (kinds and fields as :mod:`app.core.change_feed` logs an inserted row)."""
    coder_id = plan.coder_id
    if coder_id is None:
        coder_id = writer.insert(
            "INSERT INTO coders (name, role, guid, created_at) "
            "VALUES (:name, 'coder', :guid, :now)",
            {"name": coder, "guid": str(uuid.uuid4()), "now": _now()})
        _log(writer, "coder", coder_id, {"name": coder})
    now = _now()
    segment_id = writer.insert(
        'INSERT INTO coded_segments (source_id, code_id, coder_id, start, "end", text, memo, '
        "paraphrase, valence, review_status, guid, created_at, updated_at, row_version) "
        "VALUES (:source_id, :code_id, :coder_id, :start, :end, :text, :memo, '', "
        ":valence, 'pending', :guid, :now, :now, 1)",
        {"source_id": plan.source_id, "code_id": plan.code_id, "coder_id": coder_id,
         "start": start, "end": end, "text": plan.text, "memo": memo, "valence": valence,
         "guid": str(uuid.uuid4()), "now": now})
    _log(writer, "segment", segment_id, {"source_id": plan.source_id, "code_id": plan.code_id})
    return segment_id


def _log(writer: PlainWriter, kind: str, object_id: int, fields: dict[str, object]) -> None:
    writer.insert(
        "INSERT INTO change_log (kind, object_id, action, fields, actor, changed_at) "
        "VALUES (:kind, :object_id, 'insert', :fields, :actor, :now)",
        {"kind": kind, "object_id": object_id, "fields": json.dumps(fields),
         "actor": login_name()[:200], "now": _now()})


def _now() -> str:
    return datetime.now(UTC).strftime(_STORED_TIME)
