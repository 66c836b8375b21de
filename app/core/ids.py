"""Typed ids for the core's callers (defined in :mod:`app.ids`, where the models use them
too): ``SourceId``, ``CodeId``, ``SegmentId``, ``CoderId``, ``InformantId``, ``MemoId``."""

from __future__ import annotations

from app.ids import CodeId as CodeId
from app.ids import CoderId as CoderId
from app.ids import InformantId as InformantId
from app.ids import MemoId as MemoId
from app.ids import SegmentId as SegmentId
from app.ids import SourceId as SourceId
