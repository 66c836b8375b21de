"""The change feed: every write appends what it changed to ``change_log``, in commit order.

Installed on each project's session factory (:func:`install`), so every core action is
logged without asking: rows the ORM inserts, updates or deletes, and the rows a bulk
``update()``/``delete()`` statement touches. On PostgreSQL every writing transaction first
takes one advisory lock, so writers commit one at a time (as on SQLite) and sequence
numbers grow in commit order: a reader that saw entry N has seen every entry before it.

Windows ask for "changes after N" (:func:`changes_after`), one range scan of the primary
key; a conflict message asks who last wrote a field (:func:`last_writer`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Delete, Update, insert, inspect, select, text
from sqlalchemy import event as sa_event
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, sessionmaker

from app.core.changes import Changes
from app.core.ids import CodeId, CoderId, InformantId, MemoId, SegmentId, SourceId
from app.models import ChangeLogEntry
from app.models.base import utc_now
from app.storage.database import WRITE_TRANSACTION
from app.storage.login import login_name

# Table → the kind named in the log. Rows of other tables are logged once per flush under
# their table name, without an id (readers reload everything for them).
KINDS = {
    "codes": "code", "coded_segments": "segment", "memos": "memo",
    "code_summaries": "summary", "summary_cells": "summary_cell",
    "conclusions": "conclusion", "informants": "informant", "sources": "source",
    "review_comments": "comment", "triangulation_judgements": "judgement",
    "project_info": "project", "research_questions": "question", "coders": "coder",
}
# Never logged: derived rows written with their owner (a source's turns).
SKIPPED = frozenset({"turns", "change_log"})
# Columns every entry of a row carries, so a reader knows which panels it touches.
CONTEXT = ("source_id", "code_id", "segment_id", "informant_id")
# Columns kept when a row is deleted, so that a message can still name it.
LABELS = ("name", "title", "label", "pseudonym", "text")
# Bookkeeping columns that are no change of their own.
QUIET = frozenset({"row_version", "updated_at"})
TEXT_LIMIT = 300
FEED_LOCK = 0x7E1AA4  # the PostgreSQL advisory lock every writing transaction takes
NOTIFY_CHANNEL = "telaah_changes"
POLL_LIMIT = 2000  # more entries than this after a mark: every panel reloads
# Session.info key: {(kind, id): target id} of codes a merge is deleting.
MERGED_INTO = "telaah_merged_into"


@dataclass(frozen=True)
class Writer:
    """Who last wrote a field of an object, and when."""

    actor: str
    at: datetime
    value: Any


def install(sessions: sessionmaker[Session], actor: Callable[[], str]) -> None:
    """Log every write made through ``sessions``; ``actor`` names who is writing."""

    def begun(session: Session, _transaction: SessionTransaction,
              connection: Connection) -> None:
        if (connection.dialect.name == "postgresql"
                and connection.get_execution_options().get(WRITE_TRANSACTION)):
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": FEED_LOCK})

    def flushed(session: Session, _context: Any) -> None:
        rows = list(_flushed_rows(session))
        _append(session, rows, actor())

    def executing(state: ORMExecuteState) -> None:
        if not (state.is_update or state.is_delete):
            return
        statement = state.statement
        assert isinstance(statement, (Update, Delete))
        table = statement.table
        name = getattr(table, "name", "")
        if name in SKIPPED:
            return
        kind = KINDS.get(name)
        if kind is None:
            _append(state.session, [(name, None, "update", {})], actor())
            return
        action = "delete" if state.is_delete else "update"
        wanted = [column for column in (*CONTEXT, *(LABELS if state.is_delete else ()))
                  if column in table.c]
        query = select(table.c.id, *(table.c[column] for column in wanted))
        if statement.whereclause is not None:
            query = query.where(statement.whereclause)
        assigned: dict[str, Any] = {}
        if isinstance(statement, Update):
            for key, value in (statement._values or {}).items():
                column = str(getattr(key, "key", key))
                if column not in QUIET:
                    assigned[column] = _plain(getattr(value, "value", None))
        found = state.session.connection().execute(query).all()
        _append(state.session, [
            (kind, int(row[0]), action,
             {**{column: _plain(value) for column, value in zip(wanted, row[1:], strict=True)},
              **assigned})
            for row in found], actor())

    sa_event.listen(sessions, "after_begin", begun)
    sa_event.listen(sessions, "after_flush", flushed)
    sa_event.listen(sessions, "do_orm_execute", executing)


def _flushed_rows(session: Session) -> Iterable[tuple[str, int | None, str, dict[str, Any]]]:
    others: set[str] = set()
    merged = session.info.get(MERGED_INTO, {})
    for action, objects in (("insert", session.new), ("update", session.dirty),
                            ("delete", session.deleted)):
        for obj in objects:
            table = getattr(obj, "__tablename__", "")
            if table in SKIPPED:
                continue
            kind = KINDS.get(table)
            if kind is None:
                others.add(table)
                continue
            state = inspect(obj)
            fields = {key: _plain(getattr(obj, key)) for key in CONTEXT
                      if key in state.mapper.columns and key in state.dict}
            if action == "update":
                written = {attr.key: _plain(attr.history.added[0])
                           for attr in state.attrs
                           if attr.key in state.mapper.columns and attr.key not in QUIET
                           and attr.history.added and attr.history.deleted is not None
                           and attr.history.has_changes()}
                if not written:
                    continue
                fields.update(written)
            elif action == "delete":
                fields.update({key: _plain(state.dict[key]) for key in LABELS
                               if key in state.dict})
                into = merged.get((kind, obj.id))
                if into is not None:
                    fields["merged_into"] = into
            else:
                fields.update({key: _plain(state.dict[key]) for key in LABELS
                               if key in state.dict and key != "text"})
            yield kind, getattr(obj, "id", None), action, fields
    for table in sorted(others):
        yield table, None, "update", {}


def log_inserted(session: Session, kind: str, rows: Iterable[tuple[int, dict[str, Any]]],
                 actor: str) -> None:
    """Log rows a bulk ``insert()`` wrote as a flush logs the objects it inserts (a flush
    never sees them): ``rows`` are (id, the row's context fields, e.g. its source_id)."""
    _append(session, [(kind, object_id, "insert", fields) for object_id, fields in rows],
            actor)


def _append(session: Session, rows: list[tuple[str, int | None, str, dict[str, Any]]],
            actor: str) -> None:
    if not rows:
        return
    actor = actor or login_name()
    now = utc_now()
    connection = session.connection()
    connection.execute(insert(ChangeLogEntry), [
        {"kind": kind, "object_id": object_id, "action": action, "fields": fields,
         "actor": actor[:200], "changed_at": now}
        for kind, object_id, action, fields in rows])
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_notify(:channel, '')"), {"channel": NOTIFY_CHANNEL})


def _plain(value: Any) -> Any:
    """A value as JSON keeps it: texts cut to a readable length."""
    if isinstance(value, str):
        return value if len(value) <= TEXT_LIMIT else value[:TEXT_LIMIT] + "…"
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    return str(value)


def stale_kind(error: Exception) -> str:
    """The kind of object a failed versioned UPDATE or DELETE was about (StaleDataError
    names the table)."""
    said = str(error)
    for table, kind in KINDS.items():
        if f"'{table}'" in said:
            return kind
    return "object"


# --- reading the feed ---------------------------------------------------------------------


def last_seq(session: Session) -> int:
    """The newest sequence number (0 for an empty log)."""
    newest = session.scalar(select(ChangeLogEntry.seq).order_by(ChangeLogEntry.seq.desc())
                            .limit(1))
    return int(newest or 0)


def changes_after(session: Session, seq: int) -> tuple[Changes, int]:
    """What the entries after ``seq`` changed, and the sequence number to ask after next.

    One indexed statement when nothing changed (the idle case)."""
    entries = session.execute(
        select(ChangeLogEntry.seq, ChangeLogEntry.kind, ChangeLogEntry.object_id,
               ChangeLogEntry.action, ChangeLogEntry.fields)
        .where(ChangeLogEntry.seq > seq).order_by(ChangeLogEntry.seq).limit(POLL_LIMIT)
    ).all()
    if not entries:
        return Changes(), seq
    newest = int(entries[-1].seq)
    if len(entries) == POLL_LIMIT:
        return Changes(project=True), last_seq(session)
    found: dict[str, set[int]] = {key: set() for key in
                                  ("sources", "codes", "segments", "informants", "coders",
                                   "memos")}
    reload = False
    commented: set[int] = set()
    for entry in entries:
        fields = entry.fields or {}
        object_id = entry.object_id
        for key, bucket in (("source_id", "sources"), ("code_id", "codes"),
                            ("informant_id", "informants")):
            if isinstance(fields.get(key), int):
                found[bucket].add(fields[key])
        bucket_of = {"segment": "segments", "code": "codes", "source": "sources",
                     "informant": "informants", "coder": "coders", "memo": "memos"}
        if entry.kind in bucket_of and object_id is not None:
            found[bucket_of[entry.kind]].add(object_id)
            if entry.action == "delete" and entry.kind != "memo":
                reload = True
            if entry.kind in ("code", "source", "informant") and entry.action == "insert":
                reload = True
        elif entry.kind == "comment":
            if isinstance(fields.get("segment_id"), int):
                commented.add(fields["segment_id"])
        elif entry.kind not in KINDS.values() or entry.kind in ("project", "question"):
            reload = True
    if commented:
        from app.models import CodedSegment  # only when comments came in

        rows = session.execute(select(CodedSegment.id, CodedSegment.source_id)
                               .where(CodedSegment.id.in_(commented))).all()
        found["segments"] |= commented
        found["sources"] |= {row.source_id for row in rows}
    return Changes(
        # The change log stores bare object ids: each gets its kind here, where it is read.
        sources=frozenset(map(SourceId, found["sources"])),
        codes=frozenset(map(CodeId, found["codes"])),
        segments=frozenset(map(SegmentId, found["segments"])),
        informants=frozenset(map(InformantId, found["informants"])),
        coders=frozenset(map(CoderId, found["coders"])),
        memos=frozenset(map(MemoId, found["memos"])),
        project=reload or bool(found["informants"]),
    ), newest


def last_writer(session: Session, *, kind: str, object_id: int,
                field: str | None = None) -> Writer | None:
    """Who last wrote ``field`` of an object (any field when None), from the newest entries;
    whoever created the object wrote all of its fields."""
    entries = session.execute(
        select(ChangeLogEntry.actor, ChangeLogEntry.changed_at, ChangeLogEntry.fields,
               ChangeLogEntry.action)
        .where(ChangeLogEntry.kind == kind, ChangeLogEntry.object_id == object_id)
        .order_by(ChangeLogEntry.seq.desc()).limit(50)
    ).all()
    for entry in entries:
        fields = entry.fields or {}
        if field is None or field in fields or entry.action in ("insert", "delete"):
            return Writer(actor=entry.actor, at=entry.changed_at, value=fields.get(field))
    return None


def deletion(session: Session, *, kind: str,
             object_id: int) -> tuple[Writer, dict[str, Any]] | None:
    """Who deleted an object, when, and the names it had (None: never seen deleted)."""
    entry = session.execute(
        select(ChangeLogEntry.actor, ChangeLogEntry.changed_at, ChangeLogEntry.fields)
        .where(ChangeLogEntry.kind == kind, ChangeLogEntry.object_id == object_id,
               ChangeLogEntry.action == "delete")
        .order_by(ChangeLogEntry.seq.desc()).limit(1)
    ).first()
    if entry is None:
        return None
    return Writer(actor=entry.actor, at=entry.changed_at, value=None), dict(entry.fields or {})
