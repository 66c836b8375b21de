"""One search index per open project, kept between searches (issue 19).

Building the fuzzy index cuts and folds every source's text (about 0.5 s for 2,000,000
words). It is built once per open project — in the background after the GUI opens the
project, or at the first search — and every Search window, and every later search, uses
the same one. Before each use one small query reads each source's stamp (id, row version,
``sha256``, length, title and informant label, never the text): when a text, title or
informant changed, a source was added or removed, by this process or another one, the
index is built again. So no caller has to tell it about changes, and none can forget to.

Several threads may ask at once (a background build and a search): one builds while the
others wait for it, instead of building a second index.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from weakref import ReferenceType, ref

from app.analysis.fuzzy_matcher import load_fuzzy_matcher
from app.analysis.search import SearchIndex
from app.core.bulk_work import collector_paused
from app.core.plain_reading import read_in
from app.core.project import Project
from app.core.search import load_search_texts
from app.core.search_reading import source_stamps

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

__all__ = ["forget_search_index", "has_search_index", "prepare_search", "project_search_index"]


@dataclass(eq=False)
class _Kept:
    project: ReferenceType[Project]
    lock: threading.Lock = field(default_factory=threading.Lock)
    stamp: tuple[Any, ...] | None = None
    index: SearchIndex | None = None


# By id() of the open project (a Project is not hashable); the weak reference tells a
# closed and collected project from a new one at the same address.
_kept: dict[int, _Kept] = {}
_kept_lock = threading.Lock()


def project_search_index(
    project: Project, *, progress: Progress | None = None, cancel: CancelCheck | None = None
) -> SearchIndex:
    """The project's index, built now only when none is kept or a source changed since.

    Raises ``Cancelled`` when ``cancel()`` turns true during a build (nothing is kept).
    """
    kept = _kept_for(project)
    # The stamp is read before the texts: a change in between makes the next call rebuild,
    # never keeps old texts under a new stamp.
    stamp = _stamp(project)
    with kept.lock:
        if kept.index is not None and kept.stamp == stamp:
            return kept.index
        kept.index = kept.stamp = None  # the old index goes before the new one is built
        with collector_paused():  # 190,000 passages: see bulk_work
            index = SearchIndex(load_search_texts(project), progress=progress, cancel=cancel)
        kept.index, kept.stamp = index, stamp
        return index


def prepare_search(
    project: Project, *, progress: Progress | None = None, cancel: CancelCheck | None = None
) -> None:
    """Make the first search quick: build (or check) the project's index and load the
    fuzzy matcher (rapidfuzz and numpy, ~0.1 s), e.g. in the background after opening."""
    project_search_index(project, progress=progress, cancel=cancel)
    load_fuzzy_matcher()  # what the first fuzzy search would import


def has_search_index(project: Project) -> bool:
    """Whether an index is kept for the project (it may still be found out of date at its
    next use); reads nothing, so the GUI may ask before choosing a wait cursor or a
    progress dialog."""
    kept = _kept.get(id(project))
    return kept is not None and kept.project() is project and kept.index is not None


def forget_search_index(project: Project) -> None:
    """Drop the project's index (its memory), e.g. when the project is closed."""
    with _kept_lock:
        kept = _kept.get(id(project))
        if kept is not None and kept.project() is project:
            del _kept[id(project)]


def _kept_for(project: Project) -> _Kept:
    with _kept_lock:
        for key in [key for key, other in _kept.items() if other.project() is None]:
            del _kept[key]
        kept = _kept.get(id(project))
        if kept is None or kept.project() is not project:
            kept = _Kept(ref(project))
            _kept[id(project)] = kept
        return kept


def _stamp(project: Project) -> tuple[Any, ...]:
    return read_in(project, source_stamps)
