"""The codebook inside a project: a tree of codes, loaded from and saved to .qdc files."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.analysis.code_ranking import rank_codes as rank_codes  # the quick-code box's order
from app.core.changes import Changes
from app.core.lookup import code_paths
from app.core.project import Project
from app.core.views import CodeView as CodeView
from app.io.codebook_entry import CodebookEntry
from app.models import Code, CodedSegment

# Used when a codebook gives no colour: one hue family per group, readable as highlights.
GROUP_COLORS = {
    "indicator": "#4E79A7",
    "obstacle": "#E15759",
    "effort": "#59A14F",
    "other": "#9C755F",
}


def import_codebook(project: Project, *, path: Path) -> Changes:
    """Add the codes of a .qdc file; codes whose path already exists are kept as they are."""
    from app.io.codebook_file import read_codebook  # lxml: only when a codebook is read

    return add_codebook_entries(project, entries=read_codebook(path))


def add_codebook_entries(project: Project, *, entries: list[CodebookEntry]) -> Changes:
    """Add the codes of a codebook already read, in one transaction."""
    with project.writing() as session:
        added = _add_entries(session, entries)
        return Changes(codes=frozenset(code.id for code in added))


def _add_entries(session: Session, roots: list[CodebookEntry]) -> list[Code]:
    existing = {path: code_id for code_id, path in code_paths(session).items()}
    added: list[Code] = []

    def add(entry: CodebookEntry, parent: int | None, parent_path: str, position: int) -> None:
        path = f"{parent_path}/{entry.name}" if parent_path else entry.name
        code_id = existing.get(path)
        if code_id is None:
            code = Code(
                parent_id=parent,
                name=entry.name,
                position=position,
                color=entry.color or GROUP_COLORS.get(entry.group, GROUP_COLORS["other"]),
                code_group=entry.group,
                codable=entry.codable,
                definition=entry.definition,
                inclusion=entry.inclusion,
                exclusion=entry.exclusion,
                example=entry.example,
                shortcut=entry.shortcut,
                name_en=entry.name_en,
                definition_en=entry.definition_en,
                verdict_scale=list(entry.verdict_scale) if entry.verdict_scale else None,
            )
            if entry.guid:
                code.guid = entry.guid
            session.add(code)
            session.flush()
            added.append(code)
            code_id = code.id
        for child_position, child in enumerate(entry.children):
            add(child, code_id, path, child_position)

    for position, root in enumerate(roots):
        add(root, None, "", position)
    return added


def export_codebook(project: Project, *, path: Path) -> None:
    """Write the project's codebook to ``path`` as a REFI-QDA .qdc file."""
    from app.io.codebook_file import write_codebook  # lxml: only when a codebook is written

    write_codebook(codebook_entries(project), path)


def codebook_entries(project: Project) -> list[CodebookEntry]:
    """The project's code tree as codebook entries (roots, children in order)."""
    entries: dict[int, CodebookEntry] = {}
    roots: list[CodebookEntry] = []
    for code in list_codes(project):
        entry = CodebookEntry(
            name=code.name,
            guid=code.guid,
            color=code.color,
            codable=code.codable,
            group=code.group,
            definition=code.definition,
            inclusion=code.inclusion,
            exclusion=code.exclusion,
            example=code.example,
            shortcut=code.shortcut,
            name_en=code.name_en,
            definition_en=code.definition_en,
            verdict_scale=code.verdict_scale,
        )
        entries[code.id] = entry
        if code.parent_id is None:
            roots.append(entry)
        else:
            entries[code.parent_id].children.append(entry)
    return roots


def list_codes(project: Project) -> list[CodeView]:
    """The code tree flattened depth first, siblings by position, with segment counts."""
    with project.reading() as session:
        counts = dict(
            session.execute(
                select(CodedSegment.code_id, func.count(CodedSegment.id)).group_by(
                    CodedSegment.code_id
                )
            ).all()
        )
        codes = list(session.scalars(select(Code).order_by(Code.position, Code.id)))
        paths = code_paths(session)
        children: dict[int | None, list[Code]] = {}
        for code in codes:
            children.setdefault(code.parent_id, []).append(code)
        ordered: list[CodeView] = []

        def visit(parent: int | None, depth: int) -> None:
            for code in children.get(parent, []):
                ordered.append(_view(code, paths[code.id], depth, counts.get(code.id, 0)))
                visit(code.id, depth + 1)

        visit(None, 0)
        return ordered


def _view(code: Code, path: str, depth: int, segment_count: int) -> CodeView:
    return CodeView(
        id=code.id,
        parent_id=code.parent_id,
        path=path,
        name=code.name,
        depth=depth,
        color=code.color,
        group=code.code_group,
        codable=code.codable,
        shortcut=code.shortcut,
        definition=code.definition,
        inclusion=code.inclusion,
        exclusion=code.exclusion,
        example=code.example,
        name_en=code.name_en,
        definition_en=code.definition_en,
        segment_count=segment_count,
        guid=code.guid,
        verdict_scale=tuple(code.verdict_scale or ()),
    )
