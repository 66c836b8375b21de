"""Editing the codebook: add, rename, recolour, document, move, merge, split, delete codes.

Every mutation is one transaction returning ``Changes``. Sibling names are unique: a
second code of the same name under one parent is refused with ``DuplicateName``.
Snapshots (``snapshot_code_tree`` / ``restore_code_tree``, ``snapshot_segments`` /
``restore_segments``, in :mod:`app.core.codebook_snapshots`) put rows back with their
original ids, so undo and redo never leave stale ids behind.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.analysis.verdict_scales import clean_scale
from app.core import change_feed
from app.core.changes import Changes
from app.core.codebook_snapshots import CodeRecord as CodeRecord
from app.core.codebook_snapshots import CodeTreeSnapshot as CodeTreeSnapshot
from app.core.codebook_snapshots import SegmentRecord as SegmentRecord
from app.core.codebook_snapshots import code_row as _code
from app.core.codebook_snapshots import descendants as _descendants
from app.core.codebook_snapshots import restore_code_tree as restore_code_tree
from app.core.codebook_snapshots import restore_segments as restore_segments
from app.core.codebook_snapshots import snapshot_code_tree as snapshot_code_tree
from app.core.codebook_snapshots import snapshot_segments as snapshot_segments
from app.core.codes import GROUP_COLORS
from app.core.concurrency import fields_to_write
from app.core.ids import CodeId, MemoId, SegmentId, SourceId
from app.core.lookup import code_paths
from app.core.project import Project
from app.errors import DuplicateName, InvalidValue
from app.models import Code, CodedSegment, Memo
from app.models.code import CODE_GROUPS

DOCUMENT_FIELDS = ("definition", "inclusion", "exclusion", "example", "shortcut",
                   "name_en", "definition_en", "codable", "code_group", "verdict_scale")


@dataclass(frozen=True)
class CodeContents:
    """What hangs directly on one code: its segments, memos and child codes."""

    segment_ids: tuple[SegmentId, ...]
    memo_ids: tuple[MemoId, ...]
    child_ids: tuple[CodeId, ...]


def _write(session: Session, code: Code, wanted: Mapping[str, Any],
           expected: Mapping[str, Any] | None) -> bool:
    """Write the fields of ``wanted`` that someone else has not changed since the caller
    loaded ``expected`` (see app.core.concurrency); whether anything was written."""
    name = code_paths(session).get(code.id, code.name)
    written = fields_to_write(session, code, kind="code", name=name, wanted=wanted,
                              expected=expected)
    for key, value in written.items():
        setattr(code, key, value)
    return bool(written)


def _refuse_duplicate(session: Session, name: str, parent_id: CodeId | None,
                      except_id: CodeId | None = None) -> None:
    query = select(Code.id).where(func.lower(Code.name) == name.lower())
    query = query.where(Code.parent_id.is_(None) if parent_id is None
                        else Code.parent_id == parent_id)
    if except_id is not None:
        query = query.where(Code.id != except_id)
    if session.scalar(query) is not None:
        raise DuplicateName(kind="code", name=name)


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidValue(field="code name", value=name, detail="it is empty")
    return name


def add_code(project: Project, *, name: str, parent_id: CodeId | None = None,
             color: str | None = None, codable: bool = True,
             code_group: str | None = None, shortcut: str | None = None,
             definition: str = "") -> Changes:
    """A new code at the end of its siblings; colour and group follow the parent."""
    name = _clean_name(name)
    with project.writing() as session:
        parent = _code(session, parent_id) if parent_id is not None else None
        _refuse_duplicate(session, name, parent_id)
        group = code_group or (parent.code_group if parent else "other")
        if group not in CODE_GROUPS:
            raise InvalidValue(field="code group", value=group, detail=", ".join(CODE_GROUPS))
        position = session.scalar(
            select(func.coalesce(func.max(Code.position), -1)).where(
                Code.parent_id.is_(None) if parent_id is None else Code.parent_id == parent_id)
        )
        code = Code(name=name, parent_id=parent_id, position=int(position or 0) + 1,
                    color=color or (parent.color if parent else GROUP_COLORS[group]),
                    code_group=group, codable=codable, shortcut=shortcut or None,
                    definition=definition)
        session.add(code)
        session.flush()
        return Changes(codes=frozenset({code.id}), created=code.id)


def rename_code(project: Project, *, code_id: CodeId, name: str,
                expected: str | None = None) -> Changes:
    """``expected``: the name the caller showed; when someone else renamed the code since,
    an EditConflict (nothing is written)."""
    name = _clean_name(name)
    with project.writing() as session:
        code = _code(session, code_id)
        _refuse_duplicate(session, name, code.parent_id, except_id=code_id)
        _write(session, code, {"name": name}, None if expected is None else {"name": expected})
        return Changes(codes=frozenset({code_id}))


def recolour_code(project: Project, *, code_id: CodeId, color: str,
                  expected: str | None = None) -> Changes:
    if len(color) != 7 or not color.startswith("#"):
        raise InvalidValue(field="colour", value=color, detail="#RRGGBB")
    try:
        int(color[1:], 16)
    except ValueError:
        raise InvalidValue(field="colour", value=color, detail="#RRGGBB") from None
    with project.writing() as session:
        _write(session, _code(session, code_id), {"color": color.upper()},
               None if expected is None else {"color": expected.upper()})
        return Changes(codes=frozenset({code_id}))


def update_code(project: Project, *, code_id: CodeId,
                expected: Mapping[str, Any] | None = None, **values: Any) -> Changes:
    """Set documentation fields (``DOCUMENT_FIELDS``); others are refused.

    ``expected``: the values the caller showed, per field sent; a field someone else
    changed since is an EditConflict and nothing is written. Send only changed fields.
    """
    unknown = set(values) - set(DOCUMENT_FIELDS)
    if unknown:
        raise InvalidValue(field="code field", value=", ".join(sorted(unknown)),
                           detail=", ".join(DOCUMENT_FIELDS))
    cleaned = {key: _document_value(key, value) for key, value in values.items()}
    with project.writing() as session:
        code = _code(session, code_id)
        _write(session, code, cleaned, None if expected is None else {
            key: _document_value(key, value) for key, value in expected.items()})
        return Changes(codes=frozenset({code_id}))


def _document_value(key: str, value: Any) -> Any:
    if key == "shortcut":
        return (value or "").strip() or None
    if key == "verdict_scale":
        return _verdict_scale(value)
    return value


def _verdict_scale(words: Any) -> list[str] | None:
    """A top-level code's verdict scale as stored; empty: the group's default."""
    try:
        cleaned = clean_scale(list(words or ()))
    except ValueError:
        raise InvalidValue(field="verdict scale", value=" | ".join(words or ()),
                           detail="at least two different words, best first") from None
    return list(cleaned) if cleaned else None


def code_fields(project: Project, *, code_id: CodeId) -> dict[str, Any]:
    """The documentation fields of one code, e.g. to undo ``update_code``."""
    with project.reading() as session:
        code = _code(session, code_id)
        return {key: getattr(code, key) for key in DOCUMENT_FIELDS}


def code_place(project: Project, *, code_id: CodeId) -> tuple[CodeId | None, int]:
    """(parent id, index among its siblings) of a code."""
    with project.reading() as session:
        code = _code(session, code_id)
        return code.parent_id, _sibling_ids(session, code.parent_id).index(code_id)


def _sibling_ids(session: Session, parent_id: CodeId | None) -> list[CodeId]:
    return list(session.scalars(
        select(Code.id).where(Code.parent_id.is_(None) if parent_id is None
                              else Code.parent_id == parent_id)
        .order_by(Code.position, Code.id)))


def move_code(project: Project, *, code_id: CodeId, parent_id: CodeId | None,
              index: int | None = None) -> Changes:
    """Put a code under ``parent_id`` at sibling ``index`` (end when None)."""
    with project.writing() as session:
        code = _code(session, code_id)
        parent = _code(session, parent_id) if parent_id is not None else None
        if parent_id is not None and parent_id in _descendants(session, code_id):
            raise InvalidValue(field="parent", value=parent_id,
                               detail="a code cannot move under itself")
        if parent_id != code.parent_id:
            _refuse_duplicate(session, code.name, parent_id, except_id=code_id)
        old_parent = code.parent_id
        siblings = [i for i in _sibling_ids(session, parent_id) if i != code_id]
        place = len(siblings) if index is None else max(0, min(index, len(siblings)))
        siblings.insert(place, code_id)
        code.parent_id = parent.id if parent is not None else None
        for position, sibling in enumerate(siblings):
            session.execute(update(Code).where(Code.id == sibling).values(position=position))
        touched = {code_id, *siblings}
        if old_parent is not None:
            touched.add(old_parent)
        if parent_id is not None:
            touched.add(parent_id)
        return Changes(codes=frozenset(touched))


def count_segments_under(project: Project, code_id: CodeId) -> int:
    """Segments of the code and of every code below it (what deleting it removes)."""
    with project.reading() as session:
        _code(session, code_id)
        ids = _descendants(session, code_id)
        return int(session.scalar(select(func.count(CodedSegment.id))
                                  .where(CodedSegment.code_id.in_(ids))) or 0)


def code_contents(project: Project, *, code_id: CodeId) -> CodeContents:
    with project.reading() as session:
        _code(session, code_id)
        return CodeContents(
            segment_ids=tuple(session.scalars(select(CodedSegment.id).where(
                CodedSegment.code_id == code_id).order_by(CodedSegment.id))),
            memo_ids=tuple(session.scalars(select(Memo.id).where(Memo.code_id == code_id))),
            child_ids=tuple(_sibling_ids(session, code_id)),
        )


def reassign(project: Project, *, code_id: CodeId, segment_ids: tuple[SegmentId, ...] = (),
             memo_ids: tuple[MemoId, ...] = (), child_ids: tuple[CodeId, ...] = ()) -> Changes:
    """Hang the given segments, memos and child codes on ``code_id`` (undo of merge/split)."""
    with project.writing() as session:
        _code(session, code_id)
        return _reassign(session, code_id, segment_ids, memo_ids, child_ids)


def _reassign(session: Session, code_id: CodeId, segment_ids: tuple[SegmentId, ...],
              memo_ids: tuple[MemoId, ...], child_ids: tuple[CodeId, ...]) -> Changes:
    sources: set[SourceId] = set()
    codes = {code_id}
    if segment_ids:
        rows = session.execute(select(CodedSegment.source_id, CodedSegment.code_id)
                               .where(CodedSegment.id.in_(segment_ids))).all()
        sources = {row.source_id for row in rows}
        codes |= {row.code_id for row in rows}
        session.execute(update(CodedSegment).where(CodedSegment.id.in_(segment_ids))
                        .values(code_id=code_id, row_version=CodedSegment.row_version + 1))
    if memo_ids:
        session.execute(update(Memo).where(Memo.id.in_(memo_ids)).values(code_id=code_id))
    for child in child_ids:
        codes.add(child)
        session.execute(update(Code).where(Code.id == child).values(parent_id=code_id))
    return Changes(codes=frozenset(codes), segments=frozenset(segment_ids),
                   sources=frozenset(sources), memos=frozenset(memo_ids))


def merge_codes(project: Project, *, source_id: CodeId, target_id: CodeId) -> Changes:
    """Move the segments, memos and sub-codes of ``source_id`` to ``target_id``; delete it."""
    if source_id == target_id:
        raise InvalidValue(field="merge", value=source_id, detail="a code cannot merge into itself")
    with project.writing() as session:
        source = _code(session, source_id)
        target = _code(session, target_id)
        if target_id in _descendants(session, source_id):
            raise InvalidValue(field="merge", value=target.name,
                               detail="merge a sub-code into its parent, not the reverse")
        segment_ids = tuple(session.scalars(select(CodedSegment.id).where(
            CodedSegment.code_id == source_id)))
        memo_ids = tuple(session.scalars(select(Memo.id).where(Memo.code_id == source_id)))
        child_ids = tuple(_sibling_ids(session, source_id))
        changes = _reassign(session, target_id, segment_ids, memo_ids, child_ids)
        if segment_ids and not target.codable:
            target.codable = True
        session.flush()
        # The change feed remembers where the code went: a coder who applies it from a
        # window that has not caught up lands on the target (segments.add_segment).
        session.info.setdefault(change_feed.MERGED_INTO, {})[("code", source_id)] = target_id
        session.delete(source)
        return changes | Changes(codes=frozenset({source_id, target_id}))


def split_code(project: Project, *, code_id: CodeId, name: str,
               segment_ids: tuple[SegmentId, ...] = ()) -> Changes:
    """A new sub-code of ``code_id`` that takes over the given segments of it."""
    changes = add_code(project, name=name, parent_id=code_id)
    assert changes.created is not None
    new_id = CodeId(changes.created)  # add_code creates a code
    with project.writing() as session:
        owned = tuple(session.scalars(select(CodedSegment.id).where(
            CodedSegment.id.in_(segment_ids), CodedSegment.code_id == code_id)))
        if len(owned) != len(set(segment_ids)):
            stray = sorted(set(segment_ids) - set(owned))
            raise InvalidValue(field="segments", value=", ".join(map(str, stray)),
                               detail="they are not coded with the code being split")
        moved = _reassign(session, new_id, owned, (), ())
    return changes | moved | Changes(created=new_id)


def delete_code(project: Project, *, code_id: CodeId) -> Changes:
    """Delete a code, its sub-codes and all their segments (ask with count_segments_under)."""
    with project.writing() as session:
        _code(session, code_id)
        ids = _descendants(session, code_id)
        rows = session.execute(select(CodedSegment.id, CodedSegment.source_id)
                               .where(CodedSegment.code_id.in_(ids))).all()
        session.execute(delete(CodedSegment).where(CodedSegment.code_id.in_(ids)))
        session.execute(delete(Memo).where(Memo.code_id.in_(ids)))
        for doomed in reversed(ids):
            session.execute(delete(Code).where(Code.id == doomed))
        return Changes(codes=frozenset(ids), segments=frozenset(row.id for row in rows),
                       sources=frozenset(row.source_id for row in rows))
