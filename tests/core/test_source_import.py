"""Importing with an informant per file: suggested from file names, created on the way."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.informants import add_informant, list_informants
from app.core.project import Project
from app.core.source_import import (
    InformantDraft,
    PlannedSource,
    import_planned,
    suggest_informants,
)
from app.core.sources import list_sources
from app.errors import DuplicateName, FileEmpty, NotFound


def _files(folder: Path, *names: str) -> list[Path]:
    paths = []
    for name in names:
        path = folder / name
        path.write_text("Pewawancara: Bagaimana?\n\nInforman: Baik.\n", "utf-8")
        paths.append(path)
    return paths


def test_suggestions_share_a_draft_and_find_existing_informants(
    empty_project: Project, tmp_path: Path,
) -> None:
    add_informant(empty_project, label="I1", pseudonym="Ratna")
    paths = _files(tmp_path, "I7_wawancara.txt", "W7 Bu Sari.txt", "I1_a.txt", "catatan.txt")
    first, second, third, fourth = suggest_informants(empty_project, paths=paths)
    assert first is not None and (first.label, first.existing) == ("I7", False)
    assert second is first  # the same new informant for both of its files
    assert third is not None and (third.label, third.existing) == ("I1", True)
    assert fourth is None


def test_new_informants_and_sources_are_stored_together(
    empty_project: Project, tmp_path: Path,
) -> None:
    add_informant(empty_project, label="I1")
    a, b, c = _files(tmp_path, "I7_wawancara.txt", "I1.txt", "obs.txt")
    changes = import_planned(empty_project, sources=[
        PlannedSource(a, "I7_wawancara", "interview", "I7"),
        PlannedSource(b, "I1", "interview", "I1"),
        PlannedSource(c, "obs", "observation", None),
    ], new_informants=[InformantDraft("I7", "Bu Sari", "Guru", "kunci", real_name="Sari")])
    assert len(changes.sources) == 3 and len(changes.informants) == 2
    linked = {s.title: (s.kind, s.informant_label) for s in list_sources(empty_project)}
    assert linked == {"I7_wawancara": ("interview", "I7"), "I1": ("interview", "I1"),
                      "obs": ("observation", None)}
    seven = next(i for i in list_informants(empty_project) if i.label == "I7")
    assert (seven.pseudonym, seven.role, seven.informant_type, seven.real_name,
            seven.source_count) == ("Bu Sari", "Guru", "kunci", "Sari", 1)


@pytest.mark.parametrize("problem", ["unknown informant", "taken id", "empty file",
                                     "duplicate title"])
def test_any_problem_leaves_the_project_unchanged(
    empty_project: Project, tmp_path: Path, problem: str,
) -> None:
    add_informant(empty_project, label="I1")
    [a] = _files(tmp_path, "a.txt")
    empty = tmp_path / "empty.txt"
    empty.write_text("", "utf-8")
    plans = {
        "unknown informant": ([PlannedSource(a, "a", informant="I9")], [], NotFound),
        "taken id": ([PlannedSource(a, "a", informant="I1")], [InformantDraft("I1")],
                     DuplicateName),
        "empty file": ([PlannedSource(a, "a", informant="I2"),
                        PlannedSource(empty, "e", informant="I2")], [InformantDraft("I2")],
                       FileEmpty),
        "duplicate title": ([PlannedSource(a, "x", informant="I2"),
                             PlannedSource(a, "x", informant="I2")], [InformantDraft("I2")],
                            DuplicateName),
    }
    sources, drafts, error = plans[problem]
    with pytest.raises(error):
        import_planned(empty_project, sources=sources, new_informants=drafts)
    assert list_sources(empty_project) == []
    assert [i.label for i in list_informants(empty_project)] == ["I1"]
