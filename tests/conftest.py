"""Shared fixtures: real project files in temporary folders, never mocked storage."""

from __future__ import annotations

import os
from typing import NoReturn

# GUI tests use real widgets without a screen; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError

from app.core.demo import build_demo
from app.core.project import Project

REPO = Path(__file__).resolve().parent.parent
# Qt reads the settings folder once per process: point it (and the data folder) away from
# the user's own before anything can touch QSettings, even session-scoped fixtures.
_PRIVATE_HOME = Path(tempfile.mkdtemp(prefix="telaah-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_PRIVATE_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_PRIVATE_HOME / "data")


# Property tests are reproducible: the same examples on every run and every machine
# (derandomised, no example database), each example bounded in time. To hunt for new
# failures locally: TELAAH_HYPOTHESIS_PROFILE=explore (random, many more examples); turn
# any failure found into an explicit test.
hypothesis_settings.register_profile(
    "reproducible", derandomize=True, database=None, deadline=timedelta(seconds=5),
    print_blob=True)
hypothesis_settings.register_profile(
    "explore", derandomize=False, database=None, deadline=None, max_examples=2000)
hypothesis_settings.load_profile(os.environ.get("TELAAH_HYPOTHESIS_PROFILE", "reproducible"))


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_PRIVATE_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo study built once per test run; tests get copies."""
    path = tmp_path_factory.mktemp("demo") / "demo.telaah"
    build_demo(path).close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.telaah"
    shutil.copyfile(demo_template, copy)
    return copy


@pytest.fixture
def demo_project(demo_path: Path) -> Iterator[Project]:
    project = Project.open(demo_path)
    yield project
    project.close()


@pytest.fixture
def empty_project(tmp_path: Path) -> Iterator[Project]:
    project = Project.create(tmp_path / "empty.telaah", title="Empty")
    yield project
    project.close()


# --- PostgreSQL team projects ----------------------------------------------------------------
#
# TELAAH_TEST_POSTGRES_URL names a server and a role allowed to create databases (.ci/run
# starts one through .ci/postgres.sh). Each test gets a fresh database, dropped afterwards.
# Without the variable the PostgreSQL cases are skipped, unless TELAAH_REQUIRE_POSTGRES=1
# (set by CI) turns the skip into a failure.

POSTGRES_ENV = "TELAAH_TEST_POSTGRES_URL"


def _postgres_admin_url() -> str | None:
    url = os.environ.get(POSTGRES_ENV)
    if not url and os.environ.get("TELAAH_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"{POSTGRES_ENV} is not set but CI requires the PostgreSQL tests")
    return url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database."""
    admin = _postgres_admin_url()
    if not admin:
        pytest.skip(f"set {POSTGRES_ENV} to run the PostgreSQL tests")
    name = f"telaah_test_{uuid.uuid4().hex[:12]}"
    admin_url = make_url(admin).set(drivername="postgresql+psycopg")
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        _drop_database(engine, name)
        engine.dispose()


def _drop_database(engine: Engine, name: str, attempts: int = 20) -> None:
    """Drop a test database. FORCE ends our own leftover sessions, but not an autovacuum
    worker (a superuser process) that may be visiting it: wait for that one to finish."""
    for attempt in range(attempts):
        try:
            with engine.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except DBAPIError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.25)


@pytest.fixture(params=["sqlite", "postgresql"])
def project_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A location for a new project, on each backend in turn."""
    if request.param == "sqlite":
        return str(tmp_path / "project.telaah")
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def backend_project(project_location: str) -> Iterator[Project]:
    project = Project.create(project_location, title="Backend")
    yield project
    project.close()


@pytest.fixture(autouse=True)
def _private_backup_folder(tmp_path_factory: pytest.TempPathFactory,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Backups made by tests go to a temporary folder, never to the user's data folder."""
    monkeypatch.setenv("TELAAH_BACKUP_DIR", str(tmp_path_factory.mktemp("backups")))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data-home")))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config-home")))


# .ci/run installs LibreOffice and Tesseract with its Indonesian data and sets
# TELAAH_REQUIRE_TOOLS=1: there a tool that is missing fails the tests that need it
# instead of skipping them (a broken install step must not pass as green).
REQUIRE_TOOLS = os.environ.get("TELAAH_REQUIRE_TOOLS") == "1"


def without_tool(message: str) -> NoReturn:
    """Skip a test for want of ``message``'s tool, or fail where the tools are required."""
    if REQUIRE_TOOLS:
        pytest.fail(f"{message} (TELAAH_REQUIRE_TOOLS=1)")
    pytest.skip(message)
