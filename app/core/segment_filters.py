"""Retrieve segments by the names people type: a code path, an informant id, a coder."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from app.core.ids import CodeId
from app.core.lookup import find_code, find_coder, find_informant
from app.core.project import Project
from app.core.segments import SegmentView, list_segments
from app.models import Code


def segments_matching(
    project: Project,
    *,
    code: str | None = None,
    informant: str | None = None,
    coder: str | None = None,
    review_statuses: frozenset[str] | None = None,
) -> list[SegmentView]:
    """Segments of ``code`` (a category includes all its sub-codes), ``informant`` and
    ``coder``; a filter left as None matches everything."""
    with project.reading() as session:
        code_ids = None
        if code is not None:
            root = find_code(session, code).id
            code_ids = _with_descendants(root, session.execute(select(Code.id, Code.parent_id)))
        informant_id = find_informant(session, informant).id if informant else None
        coder_id = find_coder(session, coder).id if coder else None
    return list_segments(
        project, code_ids=code_ids, informant_id=informant_id, coder_id=coder_id,
        review_statuses=review_statuses,
    )


def _with_descendants(root: CodeId, edges: Iterable[tuple[CodeId, CodeId | None]]
                      ) -> frozenset[CodeId]:
    children: dict[CodeId, list[CodeId]] = {}
    for code_id, parent_id in edges:
        if parent_id is not None:
            children.setdefault(parent_id, []).append(code_id)
    found = {root}
    pending = [root]
    while pending:
        for child in children.get(pending.pop(), []):
            found.add(child)
            pending.append(child)
    return frozenset(found)
