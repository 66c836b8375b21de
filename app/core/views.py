"""The frozen views of codes and segments the core returns, with typed ids.

A module of their own, below everything that builds them (:mod:`app.core.codes`,
:mod:`app.core.segments`) and everything that carries them (:class:`app.core.changes.Fresh`),
so that none of those needs another for a type.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core.ids import CodeId, CoderId, SegmentId, SourceId


@dataclass(frozen=True)
class CodeView:
    """One code in depth-first order; ``depth`` 0 is a top-level code."""

    id: CodeId
    parent_id: CodeId | None
    path: str
    name: str
    depth: int
    color: str
    group: str
    codable: bool
    shortcut: str | None
    definition: str
    inclusion: str
    exclusion: str
    example: str
    name_en: str
    definition_en: str
    segment_count: int
    guid: str
    verdict_scale: tuple[str, ...] = ()  # set on a top-level code; see verdict_scales


@dataclass(frozen=True)
class SegmentView:
    """A coded segment as the UI and exports see it; offsets are code points."""

    id: SegmentId
    source_id: SourceId
    source: str
    informant: str | None
    code_id: CodeId
    code: str
    color: str
    coder_id: CoderId
    coder: str
    start: int
    end: int
    text: str
    memo: str
    valence: str | None
    review_status: str
    created_at: datetime
