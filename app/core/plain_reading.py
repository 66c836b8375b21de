"""Reads written once as SQL text, run through the plain reader or a SQLAlchemy session.

A read that a command may serve without SQLAlchemy (``telaah info``, ``telaah search``) is
a function of :class:`Rows`: it runs its SQL text (portable SQL, named ``:parameters``)
through whichever it is given. :func:`read_at` gives it the plain reader when the project
is an SQLite file at the newest schema, else opens the project the full way;
:func:`read_in` gives it a session of a project already open (the GUI, the core). So the
two paths cannot drift apart: there is one copy of each query.

Importing this module loads no SQLAlchemy; the full path loads it when it is taken.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from app.storage.plain_reader import PlainReadFailed, open_plain_reader

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.core.project import Project

T = TypeVar("T")


class Rows(Protocol):
    """Runs SQL text with named parameters and returns its rows as tuples."""

    def rows(self, sql: str, parameters: Mapping[str, Any] | None = None
             ) -> list[tuple[Any, ...]]: ...


class SessionRows:
    """:class:`Rows` through a SQLAlchemy session (inside its transaction)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def rows(self, sql: str, parameters: Mapping[str, Any] | None = None
             ) -> list[tuple[Any, ...]]:
        from sqlalchemy import text

        return [tuple(row) for row in self._session.execute(text(sql), dict(parameters or {}))]


def read_in(project: Project, read: Callable[[Rows], T]) -> T:
    """``read`` in one reading session of the open ``project``."""
    with project.reading() as session:
        return read(SessionRows(session))


def read_at(location: str, read: Callable[[Rows], T]) -> T:
    """``read`` on the project at ``location`` (a file path or a database URL), opened only
    for reading: through the plain reader when it can serve the file, else the full way
    (which upgrades an older schema, and raises the translated errors for a missing,
    damaged or foreign file or an unreachable database)."""
    reader = open_plain_reader(location)
    if reader is not None:
        try:
            with reader:
                return read(reader)
        except PlainReadFailed:
            pass  # read again the full way, which says what is wrong as it always has
    from app.core.project import Project

    with Project.open(location, read_only=True) as project:
        return read_in(project, read)
