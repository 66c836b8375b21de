"""Finding codes, sources and coders by the names people type, as frozen references."""

from __future__ import annotations

import dataclasses

import pytest

from app.core.codebook_editing import add_code
from app.core.codes import list_codes
from app.core.lookup import CodeRef, lookup_code, lookup_coder, lookup_source
from app.core.project import Project
from app.core.sources import list_sources
from app.errors import AmbiguousName, NotFound


def test_a_code_by_full_path_or_by_a_name_only_it_has(demo_project: Project) -> None:
    code = next(c for c in list_codes(demo_project) if c.codable and "/" in c.path)
    by_path = lookup_code(demo_project, key=code.path)
    assert by_path == CodeRef(id=code.id, name=code.name, path=code.path)
    by_case = lookup_code(demo_project, key=code.path.upper())
    assert by_case.id == code.id
    with pytest.raises(dataclasses.FrozenInstanceError):
        by_path.id = 0  # type: ignore[misc]  # a frozen view: the assignment must fail


def test_unknown_and_ambiguous_names_are_typed_errors(demo_project: Project) -> None:
    with pytest.raises(NotFound):
        lookup_code(demo_project, key="Tidak Ada/Sama Sekali")
    parents = [c for c in list_codes(demo_project) if c.depth == 0][:2]
    for parent in parents:
        add_code(demo_project, name="Lainnya Sekali", parent_id=parent.id)
    with pytest.raises(AmbiguousName):
        lookup_code(demo_project, key="Lainnya Sekali")
    assert lookup_code(demo_project, key=f"{parents[0].path}/Lainnya Sekali").name == (
        "Lainnya Sekali")
    with pytest.raises(NotFound):
        lookup_source(demo_project, title="no such interview")
    with pytest.raises(NotFound):
        lookup_coder(demo_project, name="Nobody")


def test_a_source_and_a_coder_by_name(demo_project: Project) -> None:
    source = list_sources(demo_project)[0]
    assert lookup_source(demo_project, title=source.title).id == source.id
    coder = lookup_coder(demo_project, name="Annisa")
    assert (coder.name, coder.role) == ("Annisa", "coder")
