"""The schema comes only from Alembic migrations, and they match the models."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from app.errors import FolderNotFound, NotAProject, ProjectExists, ProjectNotFound, ProjectTooNew
from app.models import Base
from app.storage.project_file import create_project_file, open_project_file
from app.storage.schema import (
    alembic_config,
    current_revision,
    head_revision,
    revision_graph,
)


def test_migrations_have_exactly_one_head() -> None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1
    assert head_revision() == heads[0]


def test_the_revisions_read_from_the_files_are_alembic_s(tmp_path: Path) -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert revision_graph() == {revision.revision: revision.down_revision
                                for revision in script.walk_revisions()}
    engine = create_project_file(tmp_path / "p.telaah")
    with engine.connect() as connection:
        assert current_revision(engine) == MigrationContext.configure(
            connection).get_current_revision()
    engine.dispose()


def test_upgrade_head_equals_the_models(tmp_path: Path) -> None:
    engine = create_project_file(tmp_path / "p.telaah")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_every_model_table_is_created_by_migrations(tmp_path: Path) -> None:
    engine = create_project_file(tmp_path / "p.telaah")
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_downgrade_to_base_and_back(tmp_path: Path) -> None:
    engine = create_project_file(tmp_path / "p.telaah")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_new_project_is_private_and_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "p.telaah"
    engine = create_project_file(path)
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    engine.dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_creating_over_an_existing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.telaah"
    path.write_text("keep me")
    with pytest.raises(ProjectExists):
        create_project_file(path)
    assert path.read_text() == "keep me"


def test_creating_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FolderNotFound) as raised:
        create_project_file(tmp_path / "missing" / "p.telaah")
    assert "the folder does not exist" in raised.value.message()


def test_opening_a_missing_project(tmp_path: Path) -> None:
    with pytest.raises(ProjectNotFound):
        open_project_file(tmp_path / "nothing.telaah")


def test_opening_a_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.telaah"
    path.write_text("not a database")
    with pytest.raises(NotAProject) as raised:
        open_project_file(path)
    assert "notes.telaah" in raised.value.message()


def test_opening_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE things (id INTEGER)")
    connection.commit()
    connection.close()
    with pytest.raises(NotAProject):
        open_project_file(path)


def test_a_project_from_a_newer_telaah_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.telaah"
    create_project_file(path).dispose()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    connection.commit()
    connection.close()
    with pytest.raises(ProjectTooNew) as raised:
        open_project_file(path)
    assert "ffff_future" in raised.value.message()


def test_reopening_keeps_the_head_revision(tmp_path: Path) -> None:
    path = tmp_path / "p.telaah"
    create_project_file(path).dispose()
    engine = open_project_file(path)
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    engine = create_project_file(tmp_path / "p.telaah")
    with pytest.raises(Exception, match="FOREIGN KEY"), engine.begin() as connection:
        connection.execute(
            text("INSERT INTO turns (source_id, number, speaker, start, \"end\") "
                 "VALUES (999, 1, 'P', 0, 1)")
        )
    engine.dispose()
