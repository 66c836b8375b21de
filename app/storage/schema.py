"""The project schema's version: Alembic migrations run from inside the application.

Knowing a project's version and the newest one is needed by every command; running a
migration is rare. So the revision ids are read from the migration files themselves and the
project's version with one query, and Alembic (about 90 ms of imports) is loaded only when a
migration is due. tests/storage/test_migrations.py checks that this reading agrees with
Alembic's own.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSIONS_DIR = MIGRATIONS_DIR / "versions"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@cache
def revision_graph() -> dict[str, str | None]:
    """Each revision id with the one it revises, read from the migration files."""
    graph: dict[str, str | None] = {}
    for path in sorted(VERSIONS_DIR.glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Name)
                    and node.targets[0].id in ("revision", "down_revision")):
                values[node.targets[0].id] = ast.literal_eval(node.value)
        if isinstance(values.get("revision"), str):
            down = values.get("down_revision")
            graph[str(values["revision"])] = down if isinstance(down, str) else None
    return graph


def head_revision() -> str:
    graph = revision_graph()
    heads = sorted(set(graph) - {down for down in graph.values() if down is not None})
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads: {heads}")
    return heads[0]


def known_revisions() -> set[str]:
    return set(revision_graph())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        try:
            versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        except (OperationalError, ProgrammingError) as error:
            if "alembic_version" not in str(error):
                raise
            return None
        finally:
            connection.rollback()
    if len(versions) > 1:
        raise RuntimeError(f"the project has {len(versions)} schema versions")
    return str(versions[0][0]) if versions else None


def has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def upgrade_to_head(engine: Engine) -> None:
    """Bring the database to the newest schema in one transaction.

    On SQLite, foreign keys are not enforced while migrations run: Alembic's batch mode
    rebuilds a table by copying it and dropping the old one, and with foreign keys on,
    that drop deletes every row that refers to the table (ON DELETE CASCADE) — opening a
    project made by an older Telaah lost all its coded segments that way. The keys are
    checked before the transaction commits instead; a migration that broke one is rolled
    back whole.
    """
    from alembic import command

    config = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:  # (a no-op inside a transaction: set on the driver's connection first)
            _foreign_keys(connection, on=False)
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise RuntimeError(f"a migration broke {len(broken)} foreign keys, "
                                           f"first in table {broken[0][0]}")
        finally:
            if sqlite:
                _foreign_keys(connection, on=True)


def _foreign_keys(connection: Connection, *, on: bool) -> None:
    """Turn SQLite's foreign-key enforcement on or off outside any transaction."""
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")
