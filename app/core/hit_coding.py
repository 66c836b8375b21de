"""Coding every hit of a search as one undoable step.

``code_hits`` (:mod:`app.core.search`) stores the segments in one transaction; this adds
the undo entry that takes them all out again and the redo that puts them back with their
ids, so Edit › Undo handles a whole "code all hits" as one step.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.changes import Changes
from app.core.codebook_snapshots import SegmentRecord, restore_segments, snapshot_segments
from app.core.ids import CodeId, CoderId, SegmentId
from app.core.project import Project
from app.core.search import SearchHit, code_hits
from app.core.segments import remove_segment
from app.core.undo import Built, UndoEntry, one_transaction


@one_transaction
def code_hits_step(project: Project, *, name: str, hits: Sequence[SearchHit],
                   code_id: CodeId, coder_id: CoderId) -> Built:
    """Code ``hits`` with ``code_id`` for ``coder_id``; the entry undoes the whole batch."""
    changes = code_hits(project, hits=hits, code_id=code_id, coder_id=coder_id)
    created = tuple(sorted(SegmentId(segment_id) for segment_id in changes.segments))
    kept: list[tuple[SegmentRecord, ...]] = []

    def take_out() -> Changes:
        kept[:] = [snapshot_segments(project, segment_ids=created)]
        removed = Changes()
        for segment_id in created:
            removed = removed | remove_segment(project, segment_id=segment_id,
                                               actor_id=coder_id)
        return removed

    return changes, UndoEntry(name=name, undo=take_out,
                              redo=lambda: restore_segments(project, kept[0]))
