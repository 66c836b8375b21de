"""Typed ids: the primary key of each kind of thing, so that mypy tells a source id from
a code id. At run time each is the plain ``int`` the database gives; the models declare
their id columns with these types, so ids read from rows are typed already. Wrap an
``int`` from outside (a command-line argument, a Qt item's data) once, where it enters
the core: ``SourceId(int(text))``. Front ends import them from :mod:`app.core.ids`."""

from __future__ import annotations

from typing import NewType

SourceId = NewType("SourceId", int)
CodeId = NewType("CodeId", int)
SegmentId = NewType("SegmentId", int)
CoderId = NewType("CoderId", int)
InformantId = NewType("InformantId", int)
MemoId = NewType("MemoId", int)
