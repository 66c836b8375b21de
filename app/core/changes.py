"""What a mutation changed: the UI redraws from this record, never by polling."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Ids touched by one core call, per kind of object.

    ``created`` is the id of the main object a call created (a segment, a source...), so
    callers need not search for it.
    """

    sources: frozenset[int] = field(default_factory=frozenset)
    codes: frozenset[int] = field(default_factory=frozenset)
    segments: frozenset[int] = field(default_factory=frozenset)
    informants: frozenset[int] = field(default_factory=frozenset)
    coders: frozenset[int] = field(default_factory=frozenset)
    memos: frozenset[int] = field(default_factory=frozenset)
    project: bool = False
    created: int | None = None

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
        )

    @property
    def empty(self) -> bool:
        return not (
            self.sources or self.codes or self.segments or self.informants or self.coders
            or self.memos or self.project
        )
