"""The summary ``telaah info`` prints says what the core's views say: its SQL text is checked
against the ORM-backed list functions on SQLite (plain reader and session) and on
PostgreSQL (session), including the order of every list."""

from __future__ import annotations

from typing import Any

from app.cli import main
from app.core.coders import list_coders
from app.core.codes import list_codes
from app.core.informants import list_informants
from app.core.project import Project
from app.core.project_info import get_project_info
from app.core.project_summary import summarise_project, summarise_project_at
from app.core.sources import list_sources


def _from_the_views(project: Project) -> dict[str, Any]:
    """The summary as the core's views give it (how ``telaah info`` built it before)."""
    info = get_project_info(project)
    return {
        "title": info.title,
        "description": info.description,
        "research_questions": list(info.research_questions),
        "sources": [
            {"title": s.title, "kind": s.kind, "informant": s.informant_label,
             "date": s.source_date.isoformat() if s.source_date else None,
             "words": s.word_count, "characters": s.char_count, "segments": s.segment_count}
            for s in list_sources(project)
        ],
        "informants": [
            {"id": i.label, "pseudonym": i.pseudonym, "role": i.role,
             "type": i.informant_type, "sources": i.source_count}
            for i in list_informants(project)
        ],
        "codes": [
            {"path": c.path, "group": c.group, "codable": c.codable, "color": c.color,
             "segments": c.segment_count}
            for c in list_codes(project)
        ],
        "coders": [{"name": c.name, "role": c.role, "segments": c.segment_count}
                   for c in list_coders(project)],
    }


def test_the_summary_is_what_the_views_say(demo_project: Project) -> None:
    expected = _from_the_views(demo_project)
    assert len(expected["sources"]) == 11 and any(s["date"] for s in expected["sources"])
    assert summarise_project(demo_project) == expected
    assert summarise_project_at(demo_project.location) == expected


def test_a_postgres_project_is_summarised_by_the_same_statements(
        demo_path: Any, postgres_url: str, capsys: Any) -> None:
    assert main(["copy", str(demo_path), postgres_url]) == 0
    capsys.readouterr()
    with Project.open(postgres_url, read_only=True) as project:
        expected = _from_the_views(project)
        assert summarise_project(project) == expected
    assert summarise_project_at(postgres_url) == expected
