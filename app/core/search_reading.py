"""What a search reads from a project: the sources' texts and their stamps.

SQL text run through :mod:`app.core.plain_reading`: ``telaah search`` on a project file at
the newest schema reads the texts without SQLAlchemy (issue 19), and the GUI's search
(:mod:`app.core.search`, :mod:`app.core.search_index`) runs the same statements through its
session.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.analysis.search import (
    DEFAULT_FUZZY_THRESHOLD,
    SearchHit,
    SearchMode,
    SearchText,
    search_texts,
)
from app.core.bulk_work import collector_paused
from app.core.ids import SourceId
from app.core.plain_reading import Rows, read_at

_TEXTS = """
SELECT s.id, s.title, i.label, s.text
FROM sources AS s LEFT OUTER JOIN informants AS i ON s.informant_id = i.id{where}
ORDER BY s.title
"""
# Everything that changes what a search of a source finds or shows, without its text.
STAMPS = """
SELECT s.id, s.row_version, s.sha256, s.char_count, s.title, i.label
FROM sources AS s LEFT OUTER JOIN informants AS i ON s.informant_id = i.id
ORDER BY s.id
"""


def texts_query(source_ids: Sequence[SourceId] | None = None) -> tuple[str, dict[str, int]]:
    """The statement reading every source's text (or those in ``source_ids``), by title,
    with its parameters."""
    if source_ids is None:
        return _TEXTS.format(where=""), {}
    parameters = {f"source_{number}": int(source_id)
                  for number, source_id in enumerate(dict.fromkeys(source_ids))}
    names = ", ".join(f":{name}" for name in parameters)
    return _TEXTS.format(where=f"\nWHERE s.id IN ({names})"), parameters


def search_texts_in(rows: Rows, source_ids: Sequence[SourceId] | None = None
                    ) -> list[SearchText]:
    """Every source's text (or those in ``source_ids``), ordered by title."""
    if source_ids is not None and not source_ids:
        return []
    sql, parameters = texts_query(source_ids)
    return [SearchText(source_id=SourceId(source_id), title=title, informant=label, text=text)
            for source_id, title, label, text in rows.rows(sql, parameters)]


def source_stamps(rows: Rows) -> tuple[tuple[Any, ...], ...]:
    """Each source's stamp (id, row version, digest, length, title, informant label)."""
    return tuple(rows.rows(STAMPS))


def search_project_at(
    location: str,
    *,
    query: str,
    mode: SearchMode | str = SearchMode.EXACT,
    case_sensitive: bool = False,
    threshold: float = DEFAULT_FUZZY_THRESHOLD,
    limit: int | None = None,
) -> list[SearchHit]:
    """Hits of ``query`` in every source of the project at ``location`` (a file path or a
    database URL), opened only to read it: what ``search_project`` finds on it."""
    with collector_paused():  # a fuzzy search builds an index of every passage first
        return search_texts(read_at(location, search_texts_in), query, mode=mode,
                            case_sensitive=case_sensitive, threshold=threshold, limit=limit)
