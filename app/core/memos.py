"""Memos: analytic, methodological and reflexive notes, free or attached to an object."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.core.changes import Changes
from app.core.project import Project
from app.errors import InvalidValue
from app.models import Memo
from app.models.memo import MEMO_TYPES


@dataclass(frozen=True)
class MemoView:
    id: int
    title: str
    body: str
    memo_type: str
    source_id: int | None
    code_id: int | None
    segment_id: int | None
    created_at: datetime


def add_memo(
    project: Project,
    *,
    title: str,
    body: str = "",
    memo_type: str = "analytic",
    source_id: int | None = None,
    code_id: int | None = None,
    segment_id: int | None = None,
    author_id: int | None = None,
) -> Changes:
    if memo_type not in MEMO_TYPES:
        raise InvalidValue(field="memo type", value=memo_type, detail=", ".join(MEMO_TYPES))
    if not title.strip():
        raise InvalidValue(field="memo title", value=title, detail="it is empty")
    with project.writing() as session:
        memo = Memo(
            title=title.strip(),
            body=body,
            memo_type=memo_type,
            source_id=source_id,
            code_id=code_id,
            segment_id=segment_id,
            author_id=author_id,
        )
        session.add(memo)
        session.flush()
        return Changes(memos=frozenset({memo.id}), created=memo.id)


def list_memos(project: Project) -> list[MemoView]:
    with project.reading() as session:
        return [
            MemoView(
                id=memo.id,
                title=memo.title,
                body=memo.body,
                memo_type=memo.memo_type,
                source_id=memo.source_id,
                code_id=memo.code_id,
                segment_id=memo.segment_id,
                created_at=memo.created_at,
            )
            for memo in session.scalars(select(Memo).order_by(Memo.created_at, Memo.id))
        ]
