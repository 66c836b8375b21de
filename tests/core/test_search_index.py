"""The search index kept per open project (issue 19): built once, used by every search,
built again when a text, a title or an informant changes — here or in another process —
and built once when two threads ask at the same time."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.ids import InformantId, SourceId
from app.core.project import Project
from app.core.search import search_project
from app.core.search_index import (
    forget_search_index,
    has_search_index,
    project_search_index,
)
from app.core.source_editing import update_informant, update_source
from app.core.source_revision import revise_source
from app.errors import Cancelled
from app.models import Source

WORD = "zulkarnaenhuis"  # invented: in no demo text


def _first_source(project: Project) -> tuple[SourceId, str, InformantId | None]:
    with project.reading() as session:
        row = session.execute(select(Source.id, Source.text, Source.informant_id)
                              .where(Source.informant_id.is_not(None))
                              .order_by(Source.id)).first()
    assert row is not None
    return SourceId(row.id), row.text, row.informant_id


def test_the_index_is_built_once_and_kept(demo_project: Project) -> None:
    assert not has_search_index(demo_project)
    steps: list[tuple[int, int]] = []
    first = project_search_index(demo_project, progress=lambda *step: steps.append(step))
    assert steps and steps[-1][0] == steps[-1][1]  # it was built, source by source
    assert has_search_index(demo_project)
    steps.clear()
    assert project_search_index(demo_project, progress=lambda *step: steps.append(step)) is first
    assert steps == []  # not built again


def test_a_revised_text_is_searched_as_it_is_now(demo_project: Project) -> None:
    source_id, text, _informant = _first_source(demo_project)
    before = project_search_index(demo_project)
    assert search_project(demo_project, query=WORD, mode="fuzzy", index=before) == []

    revise_source(demo_project, source_id=source_id, text=text + f"\n\nPenutup {WORD} ini.\n")
    after = project_search_index(demo_project)

    assert after is not before
    hits = search_project(demo_project, query=WORD, mode="fuzzy", index=after)
    assert [(hit.source_id, hit.text) for hit in hits] == [(source_id, WORD)]


def test_a_new_title_or_informant_label_is_shown_in_the_hits(demo_project: Project) -> None:
    source_id, text, informant_id = _first_source(demo_project)
    word = text.split()[0]
    first = project_search_index(demo_project)

    update_source(demo_project, source_id=source_id, title="Wawancara baru")
    renamed = project_search_index(demo_project)
    assert renamed is not first
    assert any(hit.source_title == "Wawancara baru"
               for hit in renamed.search(word) if hit.source_id == source_id)

    assert informant_id is not None
    update_informant(demo_project, informant_id=InformantId(informant_id), label="X9")
    relabelled = project_search_index(demo_project)
    assert relabelled is not renamed
    assert {hit.informant for hit in relabelled.search(word)
            if hit.source_id == source_id} == {"X9"}


def test_a_change_made_by_another_process_is_noticed(demo_path: Path) -> None:
    mine = Project.open(demo_path)
    theirs = Project.open(demo_path)
    try:
        source_id, text, _informant = _first_source(mine)
        kept = project_search_index(mine)
        revise_source(theirs, source_id=source_id, text=text + f"\n\n{WORD}\n")
        rebuilt = project_search_index(mine)
        assert rebuilt is not kept
        assert [hit.source_id for hit in rebuilt.search(WORD)] == [source_id]
    finally:
        forget_search_index(mine)
        mine.close()
        theirs.close()


def test_two_threads_asking_at_once_build_one_index(demo_project: Project) -> None:
    builds: list[int] = []
    start = threading.Barrier(2)
    found: list[object] = []

    def ask() -> None:
        start.wait()
        found.append(project_search_index(
            demo_project, progress=lambda done, total: builds.append(done) if done == total
            else None))

    threads = [threading.Thread(target=ask) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(found) == 2 and found[0] is found[1]
    assert len(builds) == 1


def test_a_cancelled_build_keeps_nothing(demo_project: Project) -> None:
    with pytest.raises(Cancelled):
        project_search_index(demo_project, cancel=lambda: True)
    assert not has_search_index(demo_project)
    assert project_search_index(demo_project).folded  # the next search builds it


def test_forgetting_drops_the_index(demo_project: Project) -> None:
    kept = project_search_index(demo_project)
    forget_search_index(demo_project)
    assert not has_search_index(demo_project)
    assert project_search_index(demo_project) is not kept


def test_projects_keep_their_own_index(demo_path: Path, empty_project: Project) -> None:
    demo = Project.open(demo_path)
    try:
        assert project_search_index(demo).folded
        assert project_search_index(empty_project).folded == []
        assert project_search_index(demo).folded
    finally:
        forget_search_index(demo)
        demo.close()

