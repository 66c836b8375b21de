"""What a search reads (texts and stamps) is one set of statements, run through the plain
reader or a session, on SQLite and PostgreSQL; it agrees with the sources the core shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.analysis.search import SearchText
from app.cli import main
from app.core.ids import SourceId
from app.core.plain_reading import read_at, read_in
from app.core.project import Project
from app.core.search import load_search_texts, search_project
from app.core.search_reading import search_project_at, search_texts_in, source_stamps
from app.core.source_editing import update_source
from app.core.sources import list_sources, read_source
from app.storage.plain_reader import open_plain_reader


def _from_the_views(project: Project) -> dict[int, SearchText]:
    return {source.id: SearchText(source_id=source.id, title=source.title,
                                  informant=source.informant_label,
                                  text=read_source(project, source_id=source.id).text)
            for source in list_sources(project)}


def test_texts_are_read_the_same_both_ways_and_as_the_views_show_them(
        demo_project: Project) -> None:
    expected = _from_the_views(demo_project)
    through_session = load_search_texts(demo_project)
    reader = open_plain_reader(demo_project.location)
    assert reader is not None
    with reader:
        plain = search_texts_in(reader)
        some = search_texts_in(reader, [SourceId(3), SourceId(1), SourceId(3)])
        none = search_texts_in(reader, [])
    assert plain == through_session
    assert {text.source_id: text for text in plain} == expected
    assert [text.title for text in plain] == sorted(text.title for text in plain)
    assert [text.source_id for text in some] == sorted(
        (1, 3), key=lambda source_id: expected[source_id].title)
    assert load_search_texts(demo_project, source_ids=[SourceId(3), SourceId(1)]) == some
    assert none == [] == load_search_texts(demo_project, source_ids=[])


def test_stamps_are_read_the_same_both_ways_and_follow_a_change(demo_path: Path) -> None:
    with Project.open(demo_path) as project:
        before = read_in(project, source_stamps)
        assert read_at(str(demo_path), source_stamps) == before
        assert len(before) == 11 and [stamp[0] for stamp in before] == sorted(
            stamp[0] for stamp in before)
        update_source(project, source_id=SourceId(before[0][0]), title="Judul baru")
        after = read_in(project, source_stamps)
    assert after != before and after[0][4] == "Judul baru" and after[1:] == before[1:]
    assert read_at(str(demo_path), source_stamps) == after


def test_a_postgres_project_is_searched_by_the_same_statements(
        demo_path: Path, postgres_url: str, capsys: Any) -> None:
    assert main(["copy", str(demo_path), postgres_url]) == 0
    capsys.readouterr()
    with Project.open(postgres_url, read_only=True) as project:
        texts = load_search_texts(project)
        assert {text.source_id: text for text in texts} == _from_the_views(project)
        for mode in ("exact", "fuzzy"):
            assert search_project_at(postgres_url, query="kinerja", mode=mode) == \
                search_project(project, query="kinerja", mode=mode)
        assert len(read_in(project, source_stamps)) == 11
