"""Find project objects by the names people type: code paths, source titles, labels.

Front ends call :func:`lookup_code`, :func:`lookup_source` and :func:`lookup_coder`: each
opens its own read session and returns a frozen reference. The ``find_*`` functions take a
session and return ORM rows; they are for the core's own use inside one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.code_keys import codes_named, paths_of
from app.core.ids import CodeId, CoderId, SourceId
from app.errors import AmbiguousName, NotFound
from app.models import Code, Coder, Informant, Source

if TYPE_CHECKING:
    from app.core.project import Project



def code_paths(session: Session) -> dict[int, str]:
    """Every code's full path ("Kinerja/Kualitas"), by id."""
    rows = session.execute(select(Code.id, Code.parent_id, Code.name)).all()
    return paths_of((row.id, row.parent_id, row.name) for row in rows)


def find_code(session: Session, key: str) -> Code:
    """A code by full path, or by bare name when exactly one code has that name."""
    return session.get_one(Code, _code_id(code_paths(session), key))


def _code_id(paths: dict[int, str], key: str) -> int:
    found = codes_named(paths, key)
    if not found:
        raise NotFound(kind="code", key=key)
    if len(found) > 1:
        raise AmbiguousName(
            kind="code", key=key, candidates=sorted(paths[code_id] for code_id in found)
        )
    return found[0]


def find_source(session: Session, title: str) -> Source:
    source = session.scalar(select(Source).where(Source.title == title))
    if source is None:
        raise NotFound(kind="source", key=title)
    return source


def find_informant(session: Session, label: str) -> Informant:
    informant = session.scalar(select(Informant).where(Informant.label == label))
    if informant is None:
        raise NotFound(kind="informant", key=label)
    return informant


def find_coder(session: Session, name: str) -> Coder:
    coder = session.scalar(select(Coder).where(Coder.name == name))
    if coder is None:
        raise NotFound(kind="coder", key=name)
    return coder


@dataclass(frozen=True)
class CodeRef:
    """A code found by the name someone typed: its id, own name and full path."""

    id: CodeId
    name: str
    path: str


@dataclass(frozen=True)
class SourceRef:
    id: SourceId
    title: str


@dataclass(frozen=True)
class CoderRef:
    id: CoderId
    name: str
    role: str


def lookup_code(project: Project, *, key: str) -> CodeRef:
    """The code ``key`` names (a full path, or a bare name only one code has)."""
    with project.reading() as session:
        paths = code_paths(session)
        code_id = _code_id(paths, key)
        name = session.scalar(select(Code.name).where(Code.id == code_id)) or ""
    return CodeRef(id=CodeId(code_id), name=name, path=paths[code_id])


def lookup_source(project: Project, *, title: str) -> SourceRef:
    with project.reading() as session:
        source = find_source(session, title)
        return SourceRef(id=source.id, title=source.title)


def lookup_coder(project: Project, *, name: str) -> CoderRef:
    with project.reading() as session:
        coder = find_coder(session, name)
        return CoderRef(id=coder.id, name=coder.name, role=coder.role)
