"""Merge a coder's copy of a project into this one (``telaah merge``, File › Merge project…).

What the other copy adds comes in; what both have stays as this project has it, and every
difference is reported, never silently resolved:

- sources are matched by their text (then by GUID or title); a source whose text differs
  in the other copy keeps this project's text, and the other copy's segments on it are
  re-anchored onto it with :mod:`app.analysis.reanchoring` (a segment that cannot be placed
  is refused and listed);
- codes by GUID, then by path; a code renamed or moved in one copy is reported, not
  duplicated; informants by GUID, then label; coders by name;
- segments by GUID, then by source, span, code and coder: one already here is not added
  twice; review comments by segment, author, verdict, text and time;
- memos by GUID; summaries, summary-grid cells and conclusions by their code (and
  informant, research question): added where this project has none.

One transaction: all or nothing. The first write of a session backs the project file up
(:meth:`app.core.project.Project.writing`). Merging the same copy twice adds nothing.
``dry_run`` computes the same report and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.merge_coding import merge_coding
from app.core.merge_entities import MergeState, merge_entities
from app.core.merge_notes import NOTE_KINDS, MergeNote
from app.core.project import Project
from app.errors import MergeSameProject
from app.storage.location import ProjectLocation

__all__ = ["MergeNote", "MergeReport", "NOTE_KINDS", "merge_project"]

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class MergeReport:
    """What a merge added (counts per kind), and what conflicted or was refused."""

    other: str
    dry_run: bool
    added: dict[str, int]
    notes: tuple[MergeNote, ...]
    changes: Changes = field(default_factory=Changes)

    @property
    def added_anything(self) -> bool:
        return any(self.added.values())

    @property
    def conflicts(self) -> tuple[MergeNote, ...]:
        return tuple(note for note in self.notes if note.outcome == "conflict")

    @property
    def refused(self) -> tuple[MergeNote, ...]:
        return tuple(note for note in self.notes if note.outcome == "refused")


def merge_project(project: Project, other: Path | str, *, dry_run: bool = False) -> MergeReport:
    """Bring what ``other`` adds into ``project``; with ``dry_run`` only say what would be."""
    other_location = ProjectLocation.parse(other)
    _refuse_same(project, other_location)
    origin = Project.open(other, read_only=True)
    try:
        with origin.reading() as theirs:
            if dry_run:
                with project.reading() as ours:
                    state = _merge(ours, theirs, apply=False)
            else:
                with project.writing() as ours:
                    state = _merge(ours, theirs, apply=True)
    finally:
        origin.close()
    return MergeReport(other=other_location.display, dry_run=dry_run,
                       added={kind: state.added[kind] for kind in NOTE_KINDS},
                       notes=tuple(state.notes), changes=state.changes())


def _merge(ours: Session, theirs: Session, *, apply: bool) -> MergeState:
    state = MergeState(ours=ours, theirs=theirs, apply=apply)
    merge_entities(state)
    merge_coding(state)
    return state


def _refuse_same(project: Project, other: ProjectLocation) -> None:
    mine = ProjectLocation.parse(project.location)
    if mine.path is not None and other.path is not None:
        same = mine.path.resolve() == other.path.resolve()
    else:
        same = mine.display == other.display
    if same:
        raise MergeSameProject(path=other.display)
