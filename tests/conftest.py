"""Shared fixtures: real project files in temporary folders, never mocked storage."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.demo import build_demo
from app.core.project import Project

REPO = Path(__file__).resolve().parent.parent


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
