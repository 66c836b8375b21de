"""Upgrading a project keeps every row: no migration may cascade-delete data.

SQLite cannot alter most of a table in place, so Alembic's batch mode copies a table,
drops the old one and renames the copy. With foreign keys enforced (Telaah's connections
turn them on), dropping ``sources`` deleted every coded segment through ON DELETE CASCADE:
opening a 0007 project lost all its coding when 0008 changed ``sources``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    Integer,
    MetaData,
    Table,
    func,
    insert,
    select,
)

from app.storage.database import make_sqlite_engine
from app.storage.project_file import open_project_file
from app.storage.schema import alembic_config, current_revision, head_revision

FILLED_TABLES = ("coders", "codes", "informants", "sources", "coded_segments")


def _row(table: Table) -> dict[str, object]:
    """A row with a value for every column that needs one (ids and foreign keys are 1)."""
    values: dict[str, object] = {}
    for column in table.columns:
        if column.nullable or column.server_default is not None:
            continue
        kind = column.type
        if isinstance(kind, Boolean):
            values[column.name] = False
        elif isinstance(kind, Integer):
            values[column.name] = 1
        elif isinstance(kind, Float):
            values[column.name] = 0.0
        elif isinstance(kind, DateTime):
            values[column.name] = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        elif isinstance(kind, JSON):
            values[column.name] = {}
        else:
            values[column.name] = "x"
    if table.name == "coded_segments":
        values.update(start=0, end=1)
    return values


def _project_at(path: Path, revision: str) -> None:
    """A project file at ``revision`` with one row in each main table, made through an
    engine with Telaah's own pragmas (foreign keys on)."""
    engine = make_sqlite_engine(path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.begin() as connection:
        for name in FILLED_TABLES:
            if name in metadata.tables:
                connection.execute(insert(metadata.tables[name]).values(_row(metadata.tables[name])))
    engine.dispose()


@pytest.mark.parametrize("revision", ["0005", "0006", "0007"])
def test_opening_an_older_project_keeps_its_coded_segments(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.telaah"
    _project_at(path, revision)
    engine = open_project_file(path)
    assert current_revision(engine) == head_revision()
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.connect() as connection:
        counts = {name: connection.execute(select(func.count()).select_from(
            metadata.tables[name])).scalar_one() for name in FILLED_TABLES}
    engine.dispose()
    assert counts == dict.fromkeys(FILLED_TABLES, 1)
