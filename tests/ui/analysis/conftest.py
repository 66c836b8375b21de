"""Fixtures shared by the analysis-stage GUI tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.project import Project
from app.core.project_copy import copy_project


@pytest.fixture
def projects(project_location: str, demo_template: Path) -> Iterator[tuple[Project, Project]]:
    """Two people, Annisa and Budi, each with a handle on one copy of the demo study (on
    each backend in turn)."""
    if project_location.endswith(".telaah"):
        shutil.copyfile(demo_template, project_location)
    else:
        copy_project(demo_template, project_location).close()
    annisa, budi = Project.open(project_location), Project.open(project_location)
    annisa.actor, budi.actor = "Annisa", "Budi"
    yield annisa, budi
    annisa.close()
    budi.close()
