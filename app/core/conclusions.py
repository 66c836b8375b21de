"""Conclusion drawing and verification, per indicator code or research question."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.analysis.evidence import Evidence
from app.analysis.passages import merge_evidence
from app.analysis.verdict_rule import VerdictSuggestion, suggest_verdict
from app.analysis.verdict_scales import rule_of_group, scale_for
from app.analysis.verification import VerificationChecks, verify
from app.core.changes import Changes
from app.core.concurrency import fields_to_write, gone
from app.core.evidence import evidence_in, passages_in
from app.core.ids import CodeId, SegmentId
from app.core.lookup import code_paths
from app.core.project import Project
from app.errors import InvalidValue, NotFound, OverrideReasonRequired, UnknownVerdict
from app.models import Code, Conclusion, ConclusionEvidence, ProjectInfo, ResearchQuestion
from app.models.base import utc_now
from app.models.conclusion import CONCLUSION_STATUSES, EVIDENCE_ROLES, TACTICS
from app.models.project_info import DEFAULT_VERDICT_SCALE


@dataclass(frozen=True)
class ConclusionView:
    conclusion_id: int | None  # None: nothing written yet for this target
    code_id: CodeId | None
    research_question_id: int | None
    target: str  # code path or research question text
    statement: str
    verdict: str | None
    override_reason: str
    status: str
    tactics: Mapping[str, bool]
    supporting: tuple[int, ...]
    contradicting: tuple[int, ...]
    suggestion: VerdictSuggestion | None
    checks: VerificationChecks
    evidence: tuple[Evidence, ...]
    scale: tuple[str, ...] = ()  # the verdict scale of the code's group, best first
    rule_kind: str = "performance"  # how the suggestion is reached (verdict_scales)


def verdict_scale(project: Project) -> tuple[str, ...]:
    with project.reading() as session:
        return _scale(session)


def _scale(session: Session) -> tuple[str, ...]:
    info = session.get(ProjectInfo, 1)
    return tuple(info.verdict_scale) if info and info.verdict_scale else DEFAULT_VERDICT_SCALE


def set_verdict_scale(project: Project, *, scale: list[str]) -> Changes:
    cleaned = [word.strip() for word in scale if word.strip()]
    if len(cleaned) < 2 or len(set(cleaned)) != len(cleaned):
        raise InvalidValue(field="verdict scale", value=", ".join(scale),
                           detail="at least two different words, best first")
    with project.writing() as session:
        info = session.get_one(ProjectInfo, 1)
        info.verdict_scale = cleaned
        return Changes(project=True)


def conclusions_for_codes(
    project: Project, *, group: str | None = "indicator"
) -> list[ConclusionView]:
    """A view per codable code of ``group`` (all groups when None), written or not."""
    with project.reading() as session:
        codes = [code for code in session.scalars(
            select(Code).where(Code.codable.is_(True)).order_by(Code.parent_id, Code.position)
        ).all() if group is None or code.code_group == group]
        return _code_views(session, codes)


def conclusion_of_code(project: Project, *, code_id: CodeId) -> ConclusionView:
    """The conclusion view of one code as it is now (written or not)."""
    with project.reading() as session:
        code = session.get(Code, code_id)
        if code is None or not code.codable:
            raise gone(session, kind="code", object_id=code_id)
        return _code_views(session, [code])[0]


def _code_views(session: Session, codes: list[Code]) -> list[ConclusionView]:
    """The views of ``codes``, from their passages alone (rejected segments are not
    evidence): a group project's 50,000 segments are not all read for six indicators."""
    evidence = passages_in(session, codes=[code.id for code in codes])
    scales = _group_scales(session)
    views = []
    for code in codes:
        own = tuple(e for e in evidence if e.code_id == code.id)
        conclusion = session.scalar(select(Conclusion).where(Conclusion.code_id == code.id))
        views.append(_view(session, conclusion, code_id=code.id, rq_id=None,
                           target=own[0].code if own else code.name, evidence=own,
                           scale=scales(code), rule=rule_of_group(code.code_group)))
    return views


def code_verdict_scale(project: Project, *, code_id: CodeId) -> tuple[str, ...]:
    """The verdict scale a code's conclusion is judged on (its top-level code's group)."""
    with project.reading() as session:
        code = session.get(Code, code_id)
        if code is None:
            raise NotFound(kind="code", key=code_id)
        return _group_scales(session)(code)


def _group_scales(session: Session) -> Callable[[Code], tuple[str, ...]]:
    """The scale of a code: its top-level code's own scale, else its group's default."""
    rows = {row.id: row for row in session.execute(
        select(Code.id, Code.parent_id, Code.code_group, Code.verdict_scale))}
    performance = _scale(session)

    def scale(code: Code) -> tuple[str, ...]:
        top = rows[code.id]
        while top.parent_id is not None and top.parent_id in rows:
            top = rows[top.parent_id]
        return scale_for(code.code_group, top.verdict_scale, performance)

    return scale


def conclusion_for_question(project: Project, *, research_question_id: int) -> ConclusionView:
    with project.reading() as session:
        question = session.get(ResearchQuestion, research_question_id)
        if question is None:
            raise NotFound(kind="research question", key=research_question_id)
        conclusion = session.scalar(select(Conclusion).where(
            Conclusion.research_question_id == research_question_id))
        linked = _linked(session, conclusion)
        evidence = tuple(merge_evidence(e for e in evidence_in(session) if e.id in linked))
        return _view(session, conclusion, code_id=None, rq_id=research_question_id,
                     target=question.text, evidence=evidence, scale=_scale(session))


def _view(session: Session, conclusion: Conclusion | None, *, code_id: CodeId | None,
          rq_id: int | None, target: str, evidence: tuple[Evidence, ...],
          scale: tuple[str, ...], rule: str = "performance") -> ConclusionView:
    links = _linked(session, conclusion)
    suggestion = suggest_verdict(evidence, scale, rule) if code_id is not None else None
    verdict = conclusion.verdict if conclusion else None
    leaning = None
    if verdict in scale:
        leaning = scale.index(verdict) < len(scale) / 2
    elif suggestion and suggestion.verdict:
        leaning = scale.index(suggestion.verdict) < len(scale) / 2
    checks = verify(evidence, verdict_leans_positive=leaning, linked_segment_ids=set(links))
    return ConclusionView(
        conclusion_id=conclusion.id if conclusion else None,
        code_id=code_id, research_question_id=rq_id, target=target,
        statement=conclusion.statement if conclusion else "",
        verdict=verdict,
        override_reason=conclusion.override_reason if conclusion else "",
        status=conclusion.status if conclusion else "draft",
        tactics={tactic: bool((conclusion.tactics or {}).get(tactic)) if conclusion else False
                 for tactic in TACTICS},
        supporting=tuple(sorted(i for i, role in links.items() if role == "supporting")),
        contradicting=tuple(sorted(i for i, role in links.items() if role == "contradicting")),
        suggestion=suggestion, checks=checks, evidence=evidence, scale=scale, rule_kind=rule,
    )


def _linked(session: Session, conclusion: Conclusion | None) -> dict[int, str]:
    if conclusion is None:
        return {}
    return dict(session.execute(
        select(ConclusionEvidence.segment_id, ConclusionEvidence.role)
        .where(ConclusionEvidence.conclusion_id == conclusion.id)
    ).all())


def save_conclusion(
    project: Project,
    *,
    code_id: CodeId | None = None,
    research_question_id: int | None = None,
    statement: str | None = None,
    verdict: str | None = None,
    override_reason: str | None = None,
    status: str | None = None,
    tactics: Mapping[str, bool] | None = None,
    expected: Mapping[str, Any] | None = None,
) -> Changes:
    """Create or update the conclusion for a code or a research question.

    A verdict that differs from the app's suggestion needs a written reason. Send only the
    fields the user changed (None leaves a field as it is; ``tactics`` are merged per
    tactic); ``expected``: the values the editor showed for them (statement, verdict,
    override_reason, status), "" and None for a conclusion not written yet. A field someone
    else changed since is an EditConflict and nothing is saved; so two people writing the
    first conclusion of a code at once make one conclusion and, when they differ, a
    conflict for the second.
    """
    if (code_id is None) == (research_question_id is None):
        raise InvalidValue(field="conclusion target", value="", detail="a code or a question")
    if status is not None and status not in CONCLUSION_STATUSES:
        raise InvalidValue(field="status", value=status, detail=", ".join(CONCLUSION_STATUSES))
    if tactics is not None and set(tactics) - set(TACTICS):
        raise InvalidValue(field="tactics", value=", ".join(sorted(set(tactics) - set(TACTICS))),
                           detail=", ".join(TACTICS))
    suggested = None
    if code_id is not None and verdict is not None:
        [view] = [v for v in conclusions_for_codes(project, group=None) if v.code_id == code_id]
        suggested = view.suggestion.verdict if view.suggestion else None
    with project.writing() as session:
        target = session.get(Code, code_id) if code_id is not None else None
        scale = _group_scales(session)(target) if target is not None else _scale(session)
        conclusion = _get_or_create(session, code_id, research_question_id)
        if expected is not None:
            session.flush()
            sent = {"statement": None if statement is None else statement.strip(),
                    "verdict": verdict, "status": status,
                    "override_reason": None if override_reason is None
                    else override_reason.strip()}
            fields_to_write(session, conclusion, kind="conclusion",
                            name=_target_name(session, code_id, research_question_id),
                            wanted={key: value for key, value in sent.items()
                                    if value is not None},
                            expected={key: (value.strip() if isinstance(value, str)
                                            else value)
                                      for key, value in expected.items()})
        if verdict is not None:
            if verdict not in scale:
                raise UnknownVerdict(verdict=verdict, scale=list(scale))
            reason = (override_reason if override_reason is not None
                      else conclusion.override_reason).strip()
            if suggested is not None and verdict != suggested and not reason:
                raise OverrideReasonRequired(verdict=verdict, suggested=suggested)
            conclusion.verdict = verdict
            conclusion.override_reason = reason if verdict != suggested else ""
        elif override_reason is not None:
            conclusion.override_reason = override_reason.strip()
        if statement is not None:
            conclusion.statement = statement.strip()
        if status is not None:
            conclusion.status = status
        if tactics is not None:
            conclusion.tactics = {**(conclusion.tactics or {}), **dict(tactics)}
        conclusion.updated_at = utc_now()
        session.flush()
        return Changes(codes=frozenset({code_id}) if code_id else frozenset(),
                       project=research_question_id is not None, created=conclusion.id)


def _target_name(session: Session, code_id: CodeId | None, rq_id: int | None) -> str:
    if code_id is not None:
        return code_paths(session).get(code_id, "")
    return session.scalar(select(ResearchQuestion.text)
                          .where(ResearchQuestion.id == rq_id)) or ""


def _get_or_create(session: Session, code_id: CodeId | None, rq_id: int | None) -> Conclusion:
    if code_id is not None:
        if session.get(Code, code_id) is None:
            raise NotFound(kind="code", key=code_id)
        found = session.scalar(select(Conclusion).where(Conclusion.code_id == code_id))
    else:
        if session.get(ResearchQuestion, rq_id) is None:
            raise NotFound(kind="research question", key=rq_id)
        found = session.scalar(select(Conclusion).where(Conclusion.research_question_id == rq_id))
    if found is None:
        found = Conclusion(code_id=code_id, research_question_id=rq_id, statement="",
                           override_reason="", status="draft", tactics={})
        session.add(found)
    return found


def link_evidence(project: Project, *, conclusion_id: int, segment_id: SegmentId,
                  role: str | None) -> Changes:
    """Link a segment as supporting or contradicting evidence; ``role=None`` unlinks it."""
    if role is not None and role not in EVIDENCE_ROLES:
        raise InvalidValue(field="evidence role", value=role, detail=", ".join(EVIDENCE_ROLES))
    with project.writing() as session:
        if session.get(Conclusion, conclusion_id) is None:
            raise NotFound(kind="conclusion", key=conclusion_id)
        session.execute(delete(ConclusionEvidence).where(
            ConclusionEvidence.conclusion_id == conclusion_id,
            ConclusionEvidence.segment_id == segment_id))
        if role is not None:
            session.add(ConclusionEvidence(conclusion_id=conclusion_id, segment_id=segment_id,
                                           role=role))
        return Changes(segments=frozenset({segment_id}))


def tactics_dict(view: ConclusionView) -> dict[str, Any]:
    return dict(view.tactics)
