"""Load a reference coding table: each exact quote is found in its source and stored."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.ids import SourceId
from app.core.lookup import find_code, find_source
from app.core.project import Project
from app.errors import (
    AmbiguousName,
    CodeNotCodable,
    InvalidTable,
    NotFound,
    QuoteAmbiguous,
    QuoteNotFound,
)
from app.io.reference_coding import CodingRow, read_reference_coding
from app.models import CodedSegment, Coder
from app.models.base import utc_now

_Found = TypeVar("_Found")

def import_reference_coding(project: Project, *, path: Path) -> Changes:
    """Store every row as a segment; one bad row (unknown code, quote not found or found
    twice) raises an error naming the file and row, and nothing is stored."""
    rows = read_reference_coding(path)
    with project.writing() as session:
        coders: dict[str, Coder] = {}
        texts: dict[str, tuple[SourceId, str]] = {}
        segments: list[CodedSegment] = []
        for row in rows:
            coder = coders.get(row.coder) or _coder(session, row.coder)
            coders[row.coder] = coder
            if row.source not in texts:
                source = _lookup(path, row, partial(find_source, session, row.source))
                texts[row.source] = (source.id, source.text)
            source_id, text = texts[row.source]
            code = _lookup(path, row, partial(find_code, session, row.code))
            if not code.codable:
                raise InvalidTable(path=path, row=row.row, detail=CodeNotCodable(code=row.code))
            start = _locate(path, row, text)
            end = start + len(unicodedata.normalize("NFC", row.quote))
            now = utc_now()
            segments.append(
                CodedSegment(
                    source_id=source_id,
                    code_id=code.id,
                    coder_id=coder.id,
                    start=start,
                    end=end,
                    text=text[start:end],
                    memo=row.memo,
                    valence=row.valence,
                    created_at=now,
                    updated_at=now,
                )
            )
        session.add_all(segments)
        session.flush()
        return Changes(
            segments=frozenset(segment.id for segment in segments),
            sources=frozenset(source_id for source_id, _text in texts.values()),
            codes=frozenset(segment.code_id for segment in segments),
            coders=frozenset(coder.id for coder in coders.values()),
        )


def _coder(session: Session, name: str) -> Coder:
    coder = session.scalar(select(Coder).where(Coder.name == name))
    if coder is None:
        coder = Coder(name=name)
        session.add(coder)
        session.flush()
    return coder


def _lookup(path: Path, row: CodingRow, find: Callable[[], _Found]) -> _Found:
    try:
        return find()
    except (NotFound, AmbiguousName) as error:
        raise InvalidTable(path=path, row=row.row, detail=error) from error


def _locate(path: Path, row: CodingRow, text: str) -> int:
    quote = unicodedata.normalize("NFC", row.quote)
    start = text.find(quote)
    if start < 0:
        raise QuoteNotFound(path=path, row=row.row, source=row.source, quote=row.quote)
    count = text.count(quote)
    if count > 1:
        raise QuoteAmbiguous(
            path=path, row=row.row, source=row.source, quote=row.quote, count=count
        )
    return start
