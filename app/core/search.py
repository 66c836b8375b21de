"""Project-wide search and "code all hits".

The GUI builds one :class:`app.analysis.search.SearchIndex` per opened project with
:func:`build_search_index` (off the GUI thread, with progress) and rebuilds it when a
``Changes`` record names sources; :func:`search_project` uses it when given, or reads the
texts itself. :func:`code_hits` turns chosen hits into coded segments in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import select

from app.analysis.search import (
    DEFAULT_FUZZY_THRESHOLD,
    SearchHit,
    SearchIndex,
    SearchMode,
    SearchText,
    search_texts,
)
from app.core.bulk_work import collector_paused
from app.core.changes import Changes
from app.core.ids import CodeId, CoderId, SourceId
from app.core.plain_reading import read_in
from app.core.project import Project
from app.core.search_reading import search_texts_in
from app.errors import (
    CodeNotCodable,
    InvalidValue,
    NotFound,
    OffsetsOutOfRange,
    StaleSearchHit,
)
from app.models import Code, CodedSegment, Coder, Source
from app.models.base import utc_now
from app.models.coded_segment import VALENCES

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

__all__ = [
    "SearchHit",
    "SearchIndex",
    "SearchMode",
    "build_search_index",
    "code_hits",
    "load_search_texts",
    "search_in_text",
    "search_project",
]


def load_search_texts(
    project: Project, *, source_ids: Sequence[SourceId] | None = None
) -> list[SearchText]:
    """Every source's text (or those in ``source_ids``), ordered by title (the statement
    ``telaah search`` also runs without SQLAlchemy: app.core.search_reading)."""
    return read_in(project, lambda rows: search_texts_in(rows, source_ids))


def build_search_index(
    project: Project,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> SearchIndex:
    return SearchIndex(load_search_texts(project), progress=progress, cancel=cancel)


def search_in_text(
    text: str,
    query: str,
    *,
    source_id: SourceId,
    title: str = "",
    informant: str | None = None,
    mode: SearchMode | str = SearchMode.EXACT,
) -> list[SearchHit]:
    """Hits of ``query`` in one text the caller holds already (the transcript on screen),
    in text order; nothing is read from the project."""
    found = search_texts([SearchText(source_id=source_id, title=title, informant=informant,
                                     text=text)], query, mode=mode)
    return sorted(found, key=lambda hit: hit.start)


def search_project(
    project: Project,
    *,
    query: str,
    mode: SearchMode | str = SearchMode.EXACT,
    case_sensitive: bool = False,
    threshold: float = DEFAULT_FUZZY_THRESHOLD,
    limit: int | None = None,
    index: SearchIndex | None = None,
) -> list[SearchHit]:
    """Hits of ``query`` in every source: text order, or best first when fuzzy."""
    if index is not None:
        return index.search(query, mode=mode, case_sensitive=case_sensitive,
                            threshold=threshold, limit=limit)
    with collector_paused():  # a fuzzy search builds an index of every passage first
        return search_texts(load_search_texts(project), query, mode=mode,
                            case_sensitive=case_sensitive, threshold=threshold, limit=limit)


def code_hits(
    project: Project,
    *,
    hits: Sequence[SearchHit],
    code_id: CodeId,
    coder_id: CoderId,
    memo: str = "",
    valence: str | None = None,
) -> Changes:
    """Add a segment of ``code_id`` by ``coder_id`` on every hit, in one transaction.

    A hit the coder already coded with this code on the same span is left as it is.
    Raises StaleSearchHit (and stores nothing) when a source's text changed since the
    search. ``Changes.segments`` holds the ids of the segments created.
    """
    if valence is not None and valence not in VALENCES:
        raise InvalidValue(field="valence", value=valence, detail=", ".join(VALENCES))
    with project.writing() as session:
        code = session.get(Code, code_id)
        if code is None:
            raise NotFound(kind="code", key=code_id)
        if not code.codable:
            raise CodeNotCodable(code=code.name)
        if session.get(Coder, coder_id) is None:
            raise NotFound(kind="coder", key=coder_id)
        source_ids = {hit.source_id for hit in hits}
        texts: dict[int, str] = dict(session.execute(
            select(Source.id, Source.text).where(Source.id.in_(source_ids))).all())
        titles: dict[int, str] = dict(session.execute(
            select(Source.id, Source.title).where(Source.id.in_(source_ids))).all())
        existing: set[tuple[int, int, int]] = {
            (source_id, start, end) for source_id, start, end in session.execute(
            select(CodedSegment.source_id, CodedSegment.start, CodedSegment.end).where(
                CodedSegment.code_id == code_id, CodedSegment.coder_id == coder_id,
                CodedSegment.source_id.in_(source_ids)))}
        now = utc_now()
        created: list[CodedSegment] = []
        for hit in hits:
            text = texts.get(hit.source_id)
            if text is None:
                raise NotFound(kind="source", key=hit.source_id)
            if not 0 <= hit.start < hit.end <= len(text):
                raise OffsetsOutOfRange(start=hit.start, end=hit.end,
                                        source=titles[hit.source_id], length=len(text))
            if text[hit.start : hit.end] != hit.text:
                raise StaleSearchHit(source=titles[hit.source_id])
            key = (hit.source_id, hit.start, hit.end)
            if key in existing:
                continue
            existing.add(key)
            segment = CodedSegment(
                source_id=hit.source_id, code_id=code_id, coder_id=coder_id,
                start=hit.start, end=hit.end, text=hit.text, memo=memo, valence=valence,
                created_at=now, updated_at=now,
            )
            session.add(segment)
            created.append(segment)
        session.flush()
        return Changes(
            segments=frozenset(segment.id for segment in created),
            sources=frozenset(segment.source_id for segment in created),
            codes=frozenset({code_id}) if created else frozenset(),
            created=created[0].id if len(created) == 1 else None,
        )
