"""A plain, JSON-ready summary of a project: what ``telaah info`` prints.

Its queries are SQL text run through :mod:`app.core.plain_reading`, so ``telaah info`` on
a project file at the newest schema reads it without SQLAlchemy (issue 19), and the same
statements serve every other project through a session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.core.plain_reading import Rows, read_at, read_in

if TYPE_CHECKING:
    from app.core.project import Project

PROJECT_INFO = "SELECT title, description FROM project_info WHERE id = 1"
RESEARCH_QUESTIONS = "SELECT text FROM research_questions ORDER BY position"
SOURCES = """
SELECT s.title, s.kind, i.label, s.source_date, s.word_count, s.char_count,
       COALESCE(counted.segments, 0)
FROM sources AS s
LEFT OUTER JOIN informants AS i ON s.informant_id = i.id
LEFT OUTER JOIN (SELECT source_id, count(id) AS segments FROM coded_segments
                 GROUP BY source_id) AS counted ON counted.source_id = s.id
ORDER BY s.kind, i.label, s.title
"""
INFORMANTS = """
SELECT i.label, i.pseudonym, i.role, i.informant_type, COALESCE(counted.sources, 0)
FROM informants AS i
LEFT OUTER JOIN (SELECT informant_id, count(id) AS sources FROM sources
                 GROUP BY informant_id) AS counted ON counted.informant_id = i.id
ORDER BY i.label
"""
CODES = """
SELECT c.id, c.parent_id, c.name, c.code_group, c.codable, c.color,
       COALESCE(counted.segments, 0)
FROM codes AS c
LEFT OUTER JOIN (SELECT code_id, count(id) AS segments FROM coded_segments
                 GROUP BY code_id) AS counted ON counted.code_id = c.id
ORDER BY c.position, c.id
"""
CODERS = """
SELECT c.name, c.role, COALESCE(counted.segments, 0)
FROM coders AS c
LEFT OUTER JOIN (SELECT coder_id, count(id) AS segments FROM coded_segments
                 GROUP BY coder_id) AS counted ON counted.coder_id = c.id
ORDER BY c.name
"""


def summarise_project(project: Project) -> dict[str, Any]:
    """The summary of an open project."""
    return read_in(project, summary_of)


def summarise_project_at(location: str) -> dict[str, Any]:
    """The summary of the project at ``location`` (a file path or a database URL), opened
    only to read it; a project file at the newest schema is read without SQLAlchemy."""
    return read_at(location, summary_of)


def summary_of(rows: Rows) -> dict[str, Any]:
    [info] = rows.rows(PROJECT_INFO) or [("", "")]
    return {
        "title": info[0],
        "description": info[1],
        "research_questions": [text for (text,) in rows.rows(RESEARCH_QUESTIONS)],
        "sources": [
            {"title": title, "kind": kind, "informant": label, "date": _iso_date(day),
             "words": words, "characters": characters, "segments": segments}
            for title, kind, label, day, words, characters, segments in rows.rows(SOURCES)
        ],
        "informants": [
            {"id": label, "pseudonym": pseudonym, "role": role, "type": kind,
             "sources": sources}
            for label, pseudonym, role, kind, sources in rows.rows(INFORMANTS)
        ],
        "codes": _code_tree(rows.rows(CODES)),
        "coders": [
            {"name": name, "role": role, "segments": segments}
            for name, role, segments in rows.rows(CODERS)
        ],
    }


def _iso_date(value: Any) -> str | None:
    """A stored date as ``YYYY-MM-DD``: SQLite keeps that text, PostgreSQL gives a date."""
    if value is None or isinstance(value, str):
        return value
    return str(value.isoformat())


def _code_tree(codes: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """The code tree flattened depth first, siblings by position, each with its path."""
    children: dict[int | None, list[tuple[Any, ...]]] = {}
    for code in codes:
        children.setdefault(code[1], []).append(code)
    ordered: list[dict[str, Any]] = []

    def visit(parent: int | None, prefix: str) -> None:
        for code_id, _parent, name, group, codable, color, segments in children.get(parent, []):
            path = prefix + name
            ordered.append({"path": path, "group": group, "codable": bool(codable),
                            "color": color, "segments": segments})
            visit(code_id, path + "/")

    visit(None, "")
    return ordered
