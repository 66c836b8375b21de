"""Team projects in PostgreSQL: create the schema in an empty database, or open one."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError

from app.errors import NotAProject, ProjectExists, ProjectTooNew, ProjectUnreachable
from app.storage.schema import current_revision, known_revisions, upgrade_to_head

CONNECT_TIMEOUT_S = 10


def make_postgres_engine(url: URL) -> Engine:
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "telaah"},
        # Never echo SQL or parameters: they may carry interview text; never log the URL.
        hide_parameters=True,
    )


def create_postgres_project(url: URL, display: str) -> Engine:
    """Install the newest schema into an empty database."""
    engine = make_postgres_engine(url)
    try:
        tables = _table_names(engine, display)
        if tables:
            raise ProjectExists(path=display)
        upgrade_to_head(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def open_postgres_project(url: URL, display: str) -> Engine:
    engine = make_postgres_engine(url)
    try:
        if "alembic_version" not in _table_names(engine, display):
            raise NotAProject(path=display, detail="no Telaah schema version")
        revision = current_revision(engine)
        if revision not in known_revisions():
            raise ProjectTooNew(path=display, found=revision)
        upgrade_to_head(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _table_names(engine: Engine, display: str) -> list[str]:
    try:
        return inspect(engine).get_table_names()
    except OperationalError as error:
        raise ProjectUnreachable(path=display, detail=_reason(error)) from None


def _reason(error: OperationalError) -> str:
    """The server's first line, which names the problem but not the password."""
    text = str(error.orig) if error.orig is not None else str(error)
    first = text.strip().splitlines()[0] if text.strip() else "connection failed"
    return first.split("connection to server at")[-1].strip(" :") or first
