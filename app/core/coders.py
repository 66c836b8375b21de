"""Coders: the people whose segments are kept apart and compared."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.core.changes import Changes
from app.core.ids import CoderId
from app.core.project import Project
from app.errors import InvalidValue, NotFound
from app.models import CodedSegment, Coder
from app.models.coder import CODER_ROLES


@dataclass(frozen=True)
class CoderView:
    id: CoderId
    name: str
    role: str
    segment_count: int


def ensure_coder(project: Project, *, name: str, role: str = "coder") -> Changes:
    """The coder called ``name``, created if new; ``created`` holds its id either way."""
    name = name.strip()
    if not name:
        raise InvalidValue(field="coder name", value=name, detail="it is empty")
    if role not in CODER_ROLES:
        raise InvalidValue(field="coder role", value=role, detail=", ".join(CODER_ROLES))
    with project.writing() as session:
        coder = session.scalar(select(Coder).where(Coder.name == name))
        if coder is not None:
            return Changes(created=coder.id)
        coder = Coder(name=name, role=role)
        session.add(coder)
        session.flush()
        return Changes(coders=frozenset({coder.id}), created=coder.id)


def list_coders(project: Project) -> list[CoderView]:
    with project.reading() as session:
        counts = dict(
            session.execute(
                select(CodedSegment.coder_id, func.count(CodedSegment.id)).group_by(
                    CodedSegment.coder_id
                )
            ).all()
        )
        return [
            CoderView(id=coder.id, name=coder.name, role=coder.role,
                      segment_count=counts.get(coder.id, 0))
            for coder in session.scalars(select(Coder).order_by(Coder.name))
        ]


def set_coder_role(project: Project, *, coder_id: CoderId, role: str) -> Changes:
    if role not in CODER_ROLES:
        raise InvalidValue(field="coder role", value=role, detail=", ".join(CODER_ROLES))
    with project.writing() as session:
        coder = session.get(Coder, coder_id)
        if coder is None:
            raise NotFound(kind="coder", key=coder_id)
        coder.role = role
        return Changes(coders=frozenset({coder_id}))
