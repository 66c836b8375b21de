"""Team projects: the same schema and behaviour in PostgreSQL, and no leaked passwords."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.engine import make_url

from app.core.demo import build_demo
from app.core.project import Project
from app.core.segments import list_segments
from app.errors import InvalidValue, ProjectExists, ProjectUnreachable
from app.models import Base
from app.storage.location import ProjectLocation


def test_postgres_schema_equals_the_models(postgres_url: str) -> None:
    project = Project.create(postgres_url)
    try:
        with project.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        assert project.is_shared
    finally:
        project.close()


def test_location_never_shows_the_password(postgres_url: str) -> None:
    password = make_url(postgres_url).password
    assert password
    project = Project.create(postgres_url)
    try:
        assert password not in project.location
        assert "***" in project.location
    finally:
        project.close()


def test_creating_twice_in_one_database_is_refused(postgres_url: str) -> None:
    Project.create(postgres_url).close()
    with pytest.raises(ProjectExists):
        Project.create(postgres_url)


def test_demo_builds_the_same_on_postgres(postgres_url: str, demo_project: Project) -> None:
    project = build_demo(postgres_url)
    try:
        remote = [(s.source, s.code, s.coder, s.start, s.end, s.text)
                  for s in list_segments(project)]
    finally:
        project.close()
    local = [(s.source, s.code, s.coder, s.start, s.end, s.text)
             for s in list_segments(demo_project)]
    assert sorted(remote) == sorted(local)


def test_unreachable_server_message_has_no_password() -> None:
    url = "postgresql://alice:s3cr3t-pw@127.0.0.1:1/telaah"
    with pytest.raises(ProjectUnreachable) as raised:
        Project.open(url)
    message = raised.value.message()
    assert "s3cr3t-pw" not in message and "127.0.0.1" in message


@pytest.mark.parametrize("value", ["mysql://bob:pw@host/db", "http://example.org/x"])
def test_other_urls_are_refused_without_credentials(value: str) -> None:
    with pytest.raises(InvalidValue) as raised:
        ProjectLocation.parse(value)
    assert "pw" not in raised.value.message().replace("project location", "")


def test_plain_paths_stay_paths(tmp_path: Path) -> None:
    location = ProjectLocation.parse(str(tmp_path / "a.telaah"))
    assert location.path == tmp_path / "a.telaah" and not location.is_postgres
