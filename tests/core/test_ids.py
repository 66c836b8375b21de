"""Typed ids: the models declare their keys with them, and the views and references the
core returns carry them, so mypy tells a source id from a code id all the way through."""

from __future__ import annotations

import typing

import pytest

from app.core import ids as core_ids
from app.core.coders import CoderView
from app.core.informants import InformantView
from app.core.lookup import CodeRef, CoderRef, SourceRef
from app.core.sources import SourceView
from app.core.views import CodeView, SegmentView
from app.ids import CodeId, CoderId, InformantId, SegmentId, SourceId
from app.models import Code, CodedSegment, Informant, Source


@pytest.mark.parametrize("view, field, expected", [
    (SegmentView, "id", SegmentId), (SegmentView, "source_id", SourceId),
    (SegmentView, "code_id", CodeId), (SegmentView, "coder_id", CoderId),
    (CodeView, "id", CodeId), (CodeView, "parent_id", CodeId | None),
    (SourceView, "id", SourceId), (SourceView, "informant_id", InformantId | None),
    (InformantView, "id", InformantId), (CoderView, "id", CoderId),
    (CodeRef, "id", CodeId), (SourceRef, "id", SourceId), (CoderRef, "id", CoderId),
])
def test_views_carry_typed_ids(view: type, field: str, expected: object) -> None:
    assert typing.get_type_hints(view)[field] == expected


@pytest.mark.parametrize("model, field, expected", [
    (CodedSegment, "id", SegmentId), (CodedSegment, "source_id", SourceId),
    (CodedSegment, "code_id", CodeId), (CodedSegment, "coder_id", CoderId),
    (Code, "parent_id", CodeId | None), (Source, "informant_id", InformantId | None),
    (Informant, "id", InformantId),
])
def test_model_keys_are_typed(model: type, field: str, expected: object) -> None:
    annotation = typing.get_type_hints(model)[field]
    assert typing.get_args(annotation) == (expected,)  # Mapped[...]


def test_front_ends_find_the_same_ids_in_the_core() -> None:
    assert (core_ids.SourceId, core_ids.CodeId, core_ids.SegmentId, core_ids.CoderId,
            core_ids.InformantId) == (SourceId, CodeId, SegmentId, CoderId, InformantId)
    assert SegmentId(3) == 3 and type(SegmentId(3)) is int  # no cost at run time
