"""Alembic environment: runs on the connection handed over by ``app.storage.schema``.

Developers can also run ``alembic -x project=FILE.telaah upgrade head`` from the repository
root (see alembic.ini); the application itself never needs the command line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy.engine import Connection

from app.models import Base
from app.models.base import UtcDateTime
from app.storage.database import make_sqlite_engine

config = context.config
target_metadata = Base.metadata


def _render_item(
    type_: str, item: Any, autogen_context: AutogenContext
) -> str | Literal[False]:
    """Render our column types as plain SQLAlchemy ones, so revisions never import app."""
    if type_ == "type" and isinstance(item, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_item=_render_item,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    project = context.get_x_argument(as_dictionary=True).get("project")
    if not project:
        raise SystemExit("give the project file: alembic -x project=FILE.telaah ...")
    engine = make_sqlite_engine(Path(project))
    with engine.begin() as own_connection:
        _run(own_connection)
    engine.dispose()
