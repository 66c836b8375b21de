"""Data reduction: paraphrases of segments, per-code summaries, and coverage gaps."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.core.changes import Changes
from app.core.concurrency import fields_to_write, gone, segment_name
from app.core.ids import CodeId, SegmentId
from app.core.lookup import code_paths
from app.core.project import Project
from app.models import Code, CodedSegment, CodeSummary, Informant, Source
from app.models.base import utc_now


@dataclass(frozen=True)
class Coverage:
    """Where a code has no segment yet: a gap to look into, or a finding."""

    code_id: CodeId
    sources_without: tuple[str, ...]
    informants_without: tuple[str, ...]


def set_paraphrase(project: Project, *, segment_id: SegmentId, paraphrase: str,
                   expected: str | None = None) -> Changes:
    """The condensed statement of a segment. Any coder may condense (it is analysis, not
    coding), so this does not check ownership. ``expected``: the statement the caller
    showed; changed since by someone else, an EditConflict."""
    with project.writing() as session:
        segment = session.get(CodedSegment, segment_id)
        if segment is None:
            raise gone(session, kind="segment", object_id=segment_id)
        written = fields_to_write(
            session, segment, kind="segment", name=segment_name(session, segment),
            wanted={"paraphrase": paraphrase.strip()},
            expected=None if expected is None else {"paraphrase": expected.strip()})
        if written:
            segment.paraphrase = written["paraphrase"]
        return Changes(segments=frozenset({segment_id}))


def set_code_summary(project: Project, *, code_id: CodeId, body: str,
                     expected: str | None = None) -> Changes:
    """The summary of a code. ``expected``: the summary the caller showed ("" when there
    was none); someone else wrote another since, an EditConflict (nothing is saved)."""
    with project.writing() as session:
        if session.get(Code, code_id) is None:
            raise gone(session, kind="code", object_id=code_id)
        summary = session.scalar(select(CodeSummary).where(CodeSummary.code_id == code_id))
        if summary is None:
            summary = CodeSummary(code_id=code_id, body="")
            session.add(summary)
            session.flush()
        written = fields_to_write(
            session, summary, kind="summary", name=code_paths(session)[code_id],
            wanted={"body": body.strip()},
            expected=None if expected is None else {"body": expected.strip()})
        if written:
            summary.body = written["body"]
            summary.updated_at = utc_now()
        return Changes(codes=frozenset({code_id}))


def segment_paraphrase(project: Project, *, segment_id: SegmentId) -> str:
    """A segment's condensed statement as stored now ("" when none)."""
    with project.reading() as session:
        segment = session.get(CodedSegment, segment_id)
        if segment is None:
            raise gone(session, kind="segment", object_id=segment_id)
        return segment.paraphrase or ""


def code_summary(project: Project, *, code_id: CodeId) -> str:
    with project.reading() as session:
        return session.scalar(
            select(CodeSummary.body).where(CodeSummary.code_id == code_id)
        ) or ""


def coverage(project: Project, *, code_id: CodeId) -> Coverage:
    with project.reading() as session:
        coded_sources = set(session.scalars(
            select(CodedSegment.source_id).where(CodedSegment.code_id == code_id)
        ))
        sources = session.execute(
            select(Source.id, Source.title, Source.informant_id).order_by(Source.title)
        ).all()
        informants = session.execute(
            select(Informant.id, Informant.label).order_by(Informant.label)
        ).all()
    coded_informants = {s.informant_id for s in sources if s.id in coded_sources}
    return Coverage(
        code_id=code_id,
        sources_without=tuple(s.title for s in sources if s.id not in coded_sources),
        informants_without=tuple(i.label for i in informants if i.id not in coded_informants),
    )
