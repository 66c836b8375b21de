"""A segment's text snapshot cut from the source text without walking it.

SQLite's ``substr`` counts characters from the start of the UTF-8 text, so cutting a
snapshot at the end of a 500,000-word transcript cost more than twice as much as at its
start (issue 19). Coding happens in one transcript at a time: the text of the source
coded last is kept per open project and cut in Python, where slicing a ``str`` costs the
same anywhere. The kept text is used only while the stored source still has the same
``sha256`` and ``char_count`` (every writer of ``Source.text`` sets both: import,
revision, QDPX import, merge), so a revision by this or another process is never missed.
"""

from __future__ import annotations

from typing import NamedTuple
from weakref import ReferenceType, ref

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.project import Project
from app.models import Source


class SourceStamp(NamedTuple):
    """What identifies one stored version of a source's text (read without the text)."""

    source_id: int
    sha256: str
    char_count: int


class _Kept(NamedTuple):
    project: ReferenceType[Project]
    stamp: SourceStamp
    text: str


# By id() of the open project (a Project is not hashable); the weak reference tells a
# closed and collected project from a new one at the same address.
_kept: dict[int, _Kept] = {}


def source_stamp(session: Session, source_id: int) -> tuple[str, SourceStamp] | None:
    """The source's title and stamp, or None when there is no such source."""
    row = session.execute(
        select(Source.title, Source.sha256, Source.char_count).where(Source.id == source_id)
    ).one_or_none()
    if row is None:
        return None
    return row.title, SourceStamp(source_id, row.sha256, row.char_count)


def text_between(project: Project, session: Session, stamp: SourceStamp,
                 start: int, end: int) -> str:
    """``text[start:end]`` of the source ``stamp`` names (offsets already checked)."""
    kept = _kept.get(id(project))
    if kept is None or kept.project() is not project or kept.stamp != stamp:
        text = session.scalar(select(Source.text).where(Source.id == stamp.source_id)) or ""
        if len(text) != stamp.char_count:  # not what the stamp promised: do not keep it
            return text[start:end]
        for key in [key for key, other in _kept.items() if other.project() is None]:
            del _kept[key]
        kept = _Kept(ref(project), stamp, text)
        _kept[id(project)] = kept
    return kept.text[start:end]
