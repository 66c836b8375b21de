"""The consensus coding beside the coders' own: who can be compared for intercoder
agreement, and which disagreements a consensus already settled.

A consensus coder (the holder of resolved disagreements, "Konsensus" by default) and a
supervisor who coded nothing are not coders to compare: the first repeats the others'
work, the second has no units.
"""

from __future__ import annotations

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.core.coders import CoderView, list_coders
from app.core.project import Project
from app.models import CodedSegment, Coder

CONSENSUS_CODER = "Konsensus"
# How a resolved disagreement's consensus segment begins its memo (``resolve_disagreement``).
CONSENSUS_MEMO = "agreement resolution:"
RESOLVED_FROM = "; from segments "


def consensus_coder_ids(session: Session) -> frozenset[int]:
    """Coders named as the default consensus coder or whose every segment is a resolution."""
    named = set(session.scalars(select(Coder.id).where(Coder.name == CONSENSUS_CODER)))
    rows = session.execute(
        select(CodedSegment.coder_id, func.count(),
               func.sum(case((CodedSegment.memo.startswith(CONSENSUS_MEMO), 1), else_=0)))
        .group_by(CodedSegment.coder_id)
    ).all()
    resolved = {coder_id for coder_id, total, consensus in rows if total and total == consensus}
    return frozenset(named | resolved)


def comparable_coders(project: Project) -> list[CoderView]:
    """The coders agreement can compare: some segments of their own, not a consensus."""
    with project.reading() as session:
        consensus = consensus_coder_ids(session)
    return [coder for coder in list_coders(project)
            if coder.segment_count > 0 and coder.id not in consensus]



def resolved_disagreements(project: Project) -> frozenset[str]:
    """The keys of the disagreements written as consensus segments (see
    ``resolve_disagreement``'s memo): the same count for the GUI and ``telaah agreement``."""
    with project.reading() as session:
        memos = session.scalars(select(CodedSegment.memo).where(
            CodedSegment.memo.startswith(CONSENSUS_MEMO)))
        return frozenset(memo.rsplit(RESOLVED_FROM, 1)[1].strip() for memo in memos
                         if RESOLVED_FROM in memo)
