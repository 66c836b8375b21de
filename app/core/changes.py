"""What a mutation changed: the UI redraws from this record, never by polling."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.views import CodeView, SegmentView
from app.ids import CodeId, CoderId, InformantId, MemoId, SegmentId, SourceId


@dataclass(frozen=True)
class Fresh:
    """What a workbench action changed, as views read in the action's own transaction, so
    that panels redraw without reading the project again (one session per action).

    ``segments``: the current views of the changed segments that still exist (a changed
    segment id missing here was deleted). ``code_counts``/``source_counts``: (id, segments
    on it) for every changed code/source that still exists. ``codebook``: the whole code
    tree (as ``list_codes`` gives it) after an action that changed codes themselves
    (added, renamed, recoloured, moved, merged, deleted...); None after an action that
    only changed segments, whose codes' new counts are in ``code_counts``.
    """

    segments: tuple[SegmentView, ...] = ()
    code_counts: tuple[tuple[CodeId, int], ...] = ()
    source_counts: tuple[tuple[SourceId, int], ...] = ()
    codebook: tuple[CodeView, ...] | None = None


@dataclass(frozen=True)
class Changes:
    """Ids touched by one core call, per kind of object.

    ``created`` is the id of the main object a call created (a segment, a source...), so
    callers need not search for it. It stays a plain ``int``: it can be any kind of id
    (the caller knows which kind its call creates and wraps it, or finds it typed in the
    matching field: a created segment's id is also in ``segments``).
    """

    sources: frozenset[SourceId] = field(default_factory=frozenset)
    codes: frozenset[CodeId] = field(default_factory=frozenset)
    segments: frozenset[SegmentId] = field(default_factory=frozenset)
    informants: frozenset[InformantId] = field(default_factory=frozenset)
    coders: frozenset[CoderId] = field(default_factory=frozenset)
    memos: frozenset[MemoId] = field(default_factory=frozenset)
    project: bool = False
    created: int | None = None
    # Set by the workbench (app.core.workbench); None from a bare core call: then a panel
    # reads what it needs itself.
    fresh: Fresh | None = field(default=None, compare=False)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            sources=self.sources | other.sources,
            codes=self.codes | other.codes,
            segments=self.segments | other.segments,
            informants=self.informants | other.informants,
            coders=self.coders | other.coders,
            memos=self.memos | other.memos,
            project=self.project or other.project,
            created=other.created if other.created is not None else self.created,
            # Views belong to the whole of one action: merging two records leaves none,
            # unless one of them changed nothing.
            fresh=other.fresh if self.empty else self.fresh if other.empty else None,
        )

    @property
    def empty(self) -> bool:
        return not (
            self.sources or self.codes or self.segments or self.informants or self.coders
            or self.memos or self.project
        )
