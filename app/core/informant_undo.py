"""Undoable informant edits: add, edit, remove (with its linked sources) and link a source.

Each builder performs the edit and returns its ``Changes`` with the :class:`UndoEntry` that
reverses it, like the segment and codebook builders in :mod:`app.core.undo`. A removed
informant comes back with its id, so older entries stay valid.
"""

from __future__ import annotations

from typing import Any

from app.core import informants as core
from app.core.changes import Changes
from app.core.ids import InformantId, SourceId
from app.core.project import Project
from app.core.source_editing import update_informant, update_source
from app.core.undo import Operation, UndoEntry
from app.errors import NotFound
from app.models import Source


def add_informant(project: Project, *, name: str,
                  **values: Any) -> tuple[Changes, UndoEntry]:
    """``values``: the keywords of ``informants.add_informant`` (label, pseudonym...)."""
    changes = core.add_informant(project, **values)
    assert changes.created is not None
    informant_id = InformantId(changes.created)
    box: dict[str, Any] = {}
    return changes, UndoEntry(name=name, undo=_remover(project, informant_id, box),
                              redo=lambda: core.restore_informant(project, box["record"]))


def edit_informant(project: Project, *, name: str, informant_id: InformantId,
                   expected: dict[str, Any] | None = None,
                   **values: Any) -> tuple[Changes, UndoEntry]:
    """``values``: the ``update_informant`` keywords to change; ``expected``: what the
    form showed for them (someone else's change since is an EditConflict)."""
    before = core.informant_fields(project, informant_id=informant_id)
    old = {key: before[key] for key in values}
    changes = update_informant(project, informant_id=informant_id, expected=expected,
                               **values)
    return changes, UndoEntry(
        name=name,
        undo=lambda: update_informant(project, informant_id=informant_id, **old),
        redo=lambda: update_informant(project, informant_id=informant_id, **values))


def remove_informant(project: Project, *, name: str, informant_id: InformantId,
                     unlink_sources: bool = False) -> tuple[Changes, UndoEntry]:
    """Remove (refusing with linked sources unless ``unlink_sources``); undo restores the
    informant, its links and its summary cells."""
    box: dict[str, Any] = {}
    changes = _remover(project, informant_id, box, unlink_sources)()
    return changes, UndoEntry(name=name,
                              undo=lambda: core.restore_informant(project, box["record"]),
                              redo=_remover(project, informant_id, box, True))


def link_source(project: Project, *, name: str, source_id: SourceId,
                informant_id: InformantId | None) -> tuple[Changes, UndoEntry]:
    """Link a source to an informant (None: to nobody)."""
    with project.reading() as session:
        source = session.get(Source, source_id)
        if source is None:
            raise NotFound(kind="source", key=source_id)
        old = source.informant_id
    changes = update_source(project, source_id=source_id, informant_id=informant_id)
    return changes, UndoEntry(
        name=name,
        undo=lambda: update_source(project, source_id=source_id, informant_id=old),
        redo=lambda: update_source(project, source_id=source_id, informant_id=informant_id))


def _remover(project: Project, informant_id: InformantId, box: dict[str, Any],
             unlink_sources: bool = True) -> Operation:
    def remove() -> Changes:
        changes, box["record"] = core.remove_informant_keeping_record(
            project, informant_id=informant_id, unlink_sources=unlink_sources)
        return changes
    return remove
