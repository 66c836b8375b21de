"""Editing source and informant metadata on the demo project."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.informants import list_informants
from app.core.project import Project
from app.core.source_editing import update_informant, update_source
from app.core.sources import list_sources
from app.errors import DuplicateName, InvalidValue


def test_source_kind_date_title_and_informant(demo_project: Project) -> None:
    first, second = list_sources(demo_project)[:2]
    changes = update_source(demo_project, source_id=first.id, kind="observation",
                            source_date=date(2024, 5, 1), informant_id=None, title="Baru")
    assert first.id in changes.sources
    fresh = next(s for s in list_sources(demo_project) if s.id == first.id)
    assert (fresh.kind, fresh.source_date, fresh.informant_id, fresh.title) == (
        "observation", date(2024, 5, 1), None, "Baru")
    with pytest.raises(DuplicateName):
        update_source(demo_project, source_id=first.id, title=second.title)
    with pytest.raises(InvalidValue):
        update_source(demo_project, source_id=first.id, kind="diary")


def test_informant_metadata(demo_project: Project) -> None:
    first, second = list_informants(demo_project)[:2]
    update_informant(demo_project, informant_id=first.id, pseudonym="Bu Sari", role="guru",
                     informant_type="kunci", attributes={"usia": 41})
    fresh = next(i for i in list_informants(demo_project) if i.id == first.id)
    assert (fresh.pseudonym, fresh.role, fresh.informant_type, fresh.attributes) == (
        "Bu Sari", "guru", "kunci", {"usia": 41})
    with pytest.raises(DuplicateName):
        update_informant(demo_project, informant_id=first.id, label=second.label)
    with pytest.raises(InvalidValue):
        update_informant(demo_project, informant_id=first.id, informant_type="x")
