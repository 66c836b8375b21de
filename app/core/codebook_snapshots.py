"""Snapshots of codes and segments for undo: every column of the rows, so that restoring
puts them back with their original ids and undo and redo never leave stale ids behind.
Also the two lookups codebook editing shares with them (:func:`code_row`,
:func:`descendants`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.concurrency import gone
from app.core.ids import CodeId, SegmentId, SourceId
from app.core.project import Project
from app.models import Code, CodedSegment, Memo


@dataclass(frozen=True)
class CodeRecord:
    """Every column of one code row, to put it back as it was."""

    values: tuple[tuple[str, Any], ...]

    @property
    def id(self) -> CodeId:
        return CodeId(int(dict(self.values)["id"]))


@dataclass(frozen=True)
class SegmentRecord:
    values: tuple[tuple[str, Any], ...]

    @property
    def id(self) -> SegmentId:
        return SegmentId(int(dict(self.values)["id"]))


@dataclass(frozen=True)
class CodeTreeSnapshot:
    """A code, its descendants (parents first), their segments and code memos."""

    codes: tuple[CodeRecord, ...]
    segments: tuple[SegmentRecord, ...]
    memo_links: tuple[tuple[int, int], ...]  # (memo id, code id) of memos attached to codes


def _record(row: Any) -> tuple[tuple[str, Any], ...]:
    return tuple((column.key, getattr(row, column.key)) for column in row.__table__.columns)


def code_row(session: Session, code_id: int) -> Code:
    """The code row, or the error that says it is gone (and who deleted it)."""
    code = session.get(Code, code_id)
    if code is None:
        raise gone(session, kind="code", object_id=code_id)
    return code


def descendants(session: Session, code_id: CodeId) -> list[CodeId]:
    """``code_id`` and every code below it, parents before children."""
    ordered: list[CodeId] = [code_id]
    frontier: list[CodeId] = [code_id]
    while frontier:
        children: list[CodeId] = list(session.scalars(
            select(Code.id).where(Code.parent_id.in_(frontier)).order_by(Code.position, Code.id)))
        ordered.extend(children)
        frontier = children
    return ordered


def snapshot_code_tree(project: Project, *, code_id: CodeId) -> CodeTreeSnapshot:
    with project.reading() as session:
        code_row(session, code_id)
        ids = descendants(session, code_id)
        codes = tuple(CodeRecord(_record(session.get_one(Code, i))) for i in ids)
        segments = tuple(SegmentRecord(_record(row)) for row in session.scalars(
            select(CodedSegment).where(CodedSegment.code_id.in_(ids))))
        memos = tuple((int(memo_id), int(owner)) for memo_id, owner in session.execute(
            select(Memo.id, Memo.code_id).where(Memo.code_id.in_(ids))) if owner is not None)
        return CodeTreeSnapshot(codes=codes, segments=segments, memo_links=memos)


def restore_code_tree(project: Project, snapshot: CodeTreeSnapshot) -> Changes:
    """Put back deleted codes (same ids), their segments, and re-link surviving memos."""
    with project.writing() as session:
        for record in snapshot.codes:
            session.add(Code(**dict(record.values)))
        session.flush()
        segments = _restore_segments(session, snapshot.segments)
        for memo_id, code_id in snapshot.memo_links:
            session.execute(update(Memo).where(Memo.id == memo_id).values(code_id=code_id))
        return segments | Changes(codes=frozenset(record.id for record in snapshot.codes))


def snapshot_segments(
    project: Project, *, segment_ids: tuple[int, ...]
) -> tuple[SegmentRecord, ...]:
    with project.reading() as session:
        rows = session.scalars(select(CodedSegment).where(CodedSegment.id.in_(segment_ids)))
        return tuple(SegmentRecord(_record(row)) for row in rows)


def restore_segments(project: Project, records: tuple[SegmentRecord, ...]) -> Changes:
    """Insert segments again with their original ids (undo of a removal)."""
    with project.writing() as session:
        return _restore_segments(session, records)


def _restore_segments(session: Session, records: tuple[SegmentRecord, ...]) -> Changes:
    sources: set[SourceId] = set()
    codes: set[CodeId] = set()
    for record in records:
        values = dict(record.values)
        session.add(CodedSegment(**values))
        sources.add(SourceId(values["source_id"]))
        codes.add(CodeId(values["code_id"]))
    session.flush()
    return Changes(segments=frozenset(r.id for r in records), sources=frozenset(sources),
                   codes=frozenset(codes))
