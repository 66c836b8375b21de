"""The coded segments of a REFI-QDA import, stored in bulk.

An import of a group project makes tens of thousands of segments; as ORM objects each
costs its construction, its unit-of-work bookkeeping and its change-feed entry built from
its state (seconds per ten thousand). Here they are rows: their ids are taken first (the
next free ids on SQLite, inside the write transaction; from the table's sequence on
PostgreSQL), then the segments and their change-feed entries go in with one executemany
each, in the import's transaction. The feed lists every segment as a flush would (kind,
id, its source and code); the ORM session never sees the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from app.core import change_feed
from app.io.qdpx_project import QdpxSource, parse_selection_description
from app.models import CodedSegment
from app.models.base import utc_now


@dataclass(frozen=True)
class SegmentRow:
    """One segment to store: what a coding of a selection becomes."""

    source_id: int
    code_id: int
    coder_id: int
    start: int
    end: int
    text: str
    memo: str
    valence: str | None
    guid: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class StoredSegment:
    """A stored segment: its id and the text it covers."""

    id: int
    text: str


def store_codings(
    session: Session, qdpx_sources: Sequence[QdpxSource], source_ids: Mapping[str, int],
    code_ids: Mapping[str, int], coder_id: Callable[[str | None, str | None], int],
    actor: str,
) -> dict[str, list[StoredSegment]]:
    """A segment for every coding of a selection (or of a whole source); the stored
    segments by the GUID of the selection (or source) they came from.

    The first segment of a selection takes the selection's GUID, the others their coding's.
    ``coder_id`` names the coder of a coding by (the coding's user, the selection's).
    """
    rows: list[SegmentRow] = []
    made: dict[str, list[int]] = {}  # selection GUID -> indices into rows
    coders: dict[tuple[str | None, str | None], int] = {}
    for qdpx_source in qdpx_sources:
        source_id, text = source_ids[qdpx_source.guid], qdpx_source.text
        spans = [(selection.guid, selection.start, selection.end, selection.description,
                  selection.user_guid, selection.created_at, selection.modified_at,
                  selection.codings) for selection in qdpx_source.selections]
        if qdpx_source.codings and text:
            spans.append((qdpx_source.guid, 0, len(text), "", None, None, None,
                          qdpx_source.codings))
        for guid, start, end, description, user, created, modified, codings in spans:
            memo, valence = parse_selection_description(description)
            made_here = made.setdefault(guid, [])
            for coding in codings:
                created_at = coding.created_at or created or utc_now()
                users = (coding.user_guid, user)
                if users not in coders:
                    coders[users] = coder_id(*users)
                made_here.append(len(rows))
                rows.append(SegmentRow(
                    source_id=source_id, code_id=code_ids[coding.code_guid],
                    coder_id=coders[users], start=start, end=end, text=text[start:end],
                    memo=memo, valence=valence,
                    guid=guid if len(made_here) == 1 else coding.guid,
                    created_at=created_at, updated_at=modified or created_at,
                ))
    stored = store_segments(session, rows, actor)
    return {guid: [stored[index] for index in indices]
            for guid, indices in made.items() if indices}


def store_segments(session: Session, rows: Sequence[SegmentRow],
                   actor: str) -> list[StoredSegment]:
    """Insert ``rows`` and log each in the change feed; the stored segments in order."""
    if not rows:
        return []
    ids = _new_ids(session, len(rows))
    connection = session.connection()
    connection.execute(insert(CodedSegment), [
        {"id": segment_id, "source_id": row.source_id, "code_id": row.code_id,
         "coder_id": row.coder_id, "start": row.start, "end": row.end, "text": row.text,
         "memo": row.memo, "paraphrase": "", "valence": row.valence,
         "review_status": "pending", "guid": row.guid, "created_at": row.created_at,
         "updated_at": row.updated_at, "row_version": 1}
        for segment_id, row in zip(ids, rows, strict=True)])
    change_feed.log_inserted(session, "segment", [
        (segment_id, {"source_id": row.source_id, "code_id": row.code_id})
        for segment_id, row in zip(ids, rows, strict=True)], actor)
    return [StoredSegment(segment_id, row.text) for segment_id, row in zip(ids, rows,
                                                                          strict=True)]


def _new_ids(session: Session, count: int) -> list[int]:
    """``count`` segment ids no other row has or will get."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        # Taken from the sequence, as an ORM insert would: they are ours whatever else
        # the sequence hands out meanwhile.
        taken: Sequence[Any] = connection.execute(
            text("SELECT nextval(pg_get_serial_sequence('coded_segments', 'id')) "
                 "FROM generate_series(1, :count)"), {"count": count}).scalars().all()
        return sorted(int(value) for value in taken)
    # SQLite: the write transaction holds the file's write lock, so the ids after the
    # largest one stay free until it commits (what SQLite itself would assign).
    largest = connection.execute(select(func.max(CodedSegment.id))).scalar()
    first = int(largest or 0) + 1
    return list(range(first, first + count))
