"""Merge step two: segments, review threads, memos, summaries and conclusions.

Runs after :mod:`app.core.merge_entities` has mapped the other copy's sources, codes,
coders and informants; see :mod:`app.core.project_merge`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from app.core.lookup import code_paths
from app.core.merge_entities import MergeState
from app.core.merge_notes import (
    CELL_DIFFERS,
    CONCLUSION_DIFFERS,
    MEMO_DIFFERS,
    SEGMENT_DIFFERS,
    SEGMENT_UNPLACED,
    SUMMARY_DIFFERS,
    short_quote,
)
from app.models import (
    CodedSegment,
    Coder,
    CodeSummary,
    Conclusion,
    ConclusionEvidence,
    Informant,
    Memo,
    ResearchQuestion,
    ReviewComment,
    Source,
    SummaryCell,
    SummaryCellSegment,
)

_SEGMENT_FIELDS = ("memo", "paraphrase", "valence", "review_status", "guid", "created_at",
                   "updated_at")
_MEMO_FIELDS = ("title", "body", "memo_type", "guid", "created_at", "updated_at")


def merge_coding(state: MergeState) -> None:
    _merge_segments(state)
    _merge_comments(state)
    _merge_memos(state)
    _merge_summaries(state)
    _merge_cells(state)
    _merge_conclusions(state)


def _real(value: int | None) -> int | None:
    """An id of this project, or None for a stand-in of a row a dry run did not add."""
    return value if value is not None and value > 0 else None


def _merge_segments(state: MergeState) -> None:
    our_rows = list(state.ours.execute(select(
        CodedSegment.id, CodedSegment.guid, CodedSegment.source_id, CodedSegment.code_id,
        CodedSegment.coder_id, CodedSegment.start, CodedSegment.end, CodedSegment.memo)))
    by_guid = {row.guid: row for row in our_rows}
    by_key = {(row.source_id, row.start, row.end, row.code_id, row.coder_id): row.id
              for row in our_rows}
    their_paths = code_paths(state.theirs)
    names = dict(state.theirs.execute(select(Coder.id, Coder.name)).all())
    titles = dict(state.theirs.execute(select(Source.id, Source.title)).all())
    for theirs in state.theirs.scalars(select(CodedSegment).order_by(CodedSegment.id)):
        source = state.sources[theirs.source_id]
        code = state.codes[theirs.code_id]
        coder = state.coders[theirs.coder_id]
        start, end, text = theirs.start, theirs.end, theirs.text
        placement = state.placements.get(theirs.source_id, {}).get(theirs.id)
        if placement is not None:
            if not placement.placed:
                state.note("refused", SEGMENT_UNPLACED, title=titles[theirs.source_id],
                           coder=names[theirs.coder_id], code=their_paths[theirs.code_id],
                           quote=short_quote(theirs.text))
                continue
            start, end = placement.start, placement.end
            text = state.our_texts[theirs.source_id][start:end]
        same = by_guid.get(theirs.guid)
        if same is not None:
            state.segments[theirs.id] = same.id
            if (same.source_id, same.code_id, same.coder_id, same.start, same.end,
                    same.memo) != (source, code, coder, start, end, theirs.memo):
                state.note("conflict", SEGMENT_DIFFERS, title=titles[theirs.source_id],
                           coder=names[theirs.coder_id], code=their_paths[theirs.code_id],
                           quote=short_quote(theirs.text))
            continue
        key = (source, start, end, code, coder)
        if key in by_key:
            state.segments[theirs.id] = by_key[key]
            continue
        segment = CodedSegment(source_id=source, code_id=code, coder_id=coder, start=start,
                               end=end, text=text,
                               **{name: getattr(theirs, name) for name in _SEGMENT_FIELDS})
        state.segments[theirs.id] = by_key[key] = state.insert("segments", segment)


def _merge_comments(state: MergeState) -> None:
    def key(segment_id: int, author: str, status: str | None, body: str,
            created_at: datetime) -> tuple[object, ...]:
        return (segment_id, author, status, body, created_at.isoformat(timespec="seconds"))

    ours = {key(*row) for row in state.ours.execute(
        select(ReviewComment.segment_id, Coder.name, ReviewComment.status, ReviewComment.body,
               ReviewComment.created_at).join(Coder, ReviewComment.author_id == Coder.id))}
    verdicts_added: set[int] = set()
    for comment, author in state.theirs.execute(
            select(ReviewComment, Coder.name).join(Coder, ReviewComment.author_id == Coder.id)
            .order_by(ReviewComment.created_at, ReviewComment.id)).all():
        segment = state.segments.get(comment.segment_id)
        if segment is None:  # its segment was refused
            continue
        wanted = key(segment, author, comment.status, comment.body, comment.created_at)
        if wanted in ours:
            continue
        ours.add(wanted)
        state.insert("comments", ReviewComment(
            segment_id=segment, author_id=state.coders[comment.author_id],
            status=comment.status, body=comment.body, created_at=comment.created_at))
        if comment.status is not None:
            verdicts_added.add(segment)
    if state.apply:
        _settle_statuses(state, verdicts_added)


def _settle_statuses(state: MergeState, segment_ids: set[int]) -> None:
    """A segment's review status is the one its latest verdict entry set, in either copy."""
    for segment_id in segment_ids:
        latest = state.ours.scalar(
            select(ReviewComment.status)
            .where(ReviewComment.segment_id == segment_id, ReviewComment.status.is_not(None))
            .order_by(ReviewComment.created_at.desc(), ReviewComment.id.desc()).limit(1))
        segment = state.ours.get(CodedSegment, segment_id)
        if latest is not None and segment is not None and _real(segment_id):
            segment.review_status = latest


def _merge_memos(state: MergeState) -> None:
    ours = {memo.guid: memo for memo in state.ours.scalars(select(Memo))}
    for theirs in state.theirs.scalars(select(Memo).order_by(Memo.id)):
        same = ours.get(theirs.guid)
        if same is not None:
            if (same.title, same.body) != (theirs.title, theirs.body):
                state.note("conflict", MEMO_DIFFERS, title=short_quote(same.title or same.body))
            continue
        links = {}
        for name, mapping in (("source_id", state.sources), ("code_id", state.codes),
                              ("segment_id", state.segments), ("author_id", state.coders)):
            their_id = getattr(theirs, name)
            links[name] = mapping.get(their_id) if their_id is not None else None
        if theirs.segment_id is not None and links["segment_id"] is None:
            continue  # on a segment that was refused
        state.insert("memos", Memo(**{name: _real(value) for name, value in links.items()},
                                   **{name: getattr(theirs, name) for name in _MEMO_FIELDS}))


def _merge_summaries(state: MergeState) -> None:
    paths = code_paths(state.theirs)
    ours: dict[int, CodeSummary] = {summary.code_id: summary
                                    for summary in state.ours.scalars(select(CodeSummary))}
    for theirs in state.theirs.scalars(select(CodeSummary)):
        if not theirs.body.strip():
            continue
        code = state.codes[theirs.code_id]
        same = ours.get(code)
        if same is None:
            state.insert("summaries", CodeSummary(code_id=code, body=theirs.body,
                                                  updated_at=theirs.updated_at))
        elif not same.body.strip():
            state.added["summaries"] += 1
            if state.apply:
                same.body, same.updated_at = theirs.body, theirs.updated_at
        elif same.body != theirs.body:
            state.note("conflict", SUMMARY_DIFFERS, code=paths[theirs.code_id])


def _merge_cells(state: MergeState) -> None:
    paths = code_paths(state.theirs)
    labels = dict(state.theirs.execute(select(Informant.id, Informant.label)).all())
    ours: dict[tuple[int, int], SummaryCell] = {(cell.code_id, cell.informant_id): cell
            for cell in state.ours.scalars(select(SummaryCell))}
    for theirs in state.theirs.scalars(select(SummaryCell)):
        if not theirs.body.strip():
            continue
        code, informant = state.codes[theirs.code_id], state.informants[theirs.informant_id]
        same = ours.get((code, informant))
        if same is not None and same.body.strip():
            if same.body != theirs.body:
                state.note("conflict", CELL_DIFFERS, code=paths[theirs.code_id],
                           informant=labels[theirs.informant_id])
            continue
        if same is None:
            cell_id = state.insert("summaries", SummaryCell(
                code_id=code, informant_id=informant, body=theirs.body,
                linked_count=theirs.linked_count, updated_at=theirs.updated_at))
        else:
            state.added["summaries"] += 1
            cell_id = same.id
            if state.apply:
                same.body, same.linked_count = theirs.body, theirs.linked_count
        if state.apply:
            linked: set[int] = set(state.ours.scalars(select(SummaryCellSegment.segment_id)
                                            .where(SummaryCellSegment.cell_id == cell_id)))
            for segment_id in state.theirs.scalars(
                    select(SummaryCellSegment.segment_id)
                    .where(SummaryCellSegment.cell_id == theirs.id)):
                mapped = state.segments.get(segment_id)
                if mapped is not None and mapped not in linked:
                    state.ours.add(SummaryCellSegment(cell_id=cell_id, segment_id=mapped))
                    linked.add(mapped)


def _merge_conclusions(state: MergeState) -> None:
    questions = {question.text: question.id
                 for question in state.ours.scalars(select(ResearchQuestion))}
    question_map: dict[int, int] = {}
    last = max([0, *state.ours.scalars(select(ResearchQuestion.position))])
    for theirs in state.theirs.scalars(select(ResearchQuestion).order_by(
            ResearchQuestion.position)):
        if theirs.text in questions:
            question_map[theirs.id] = questions[theirs.text]
        else:
            last += 1
            question_map[theirs.id] = questions[theirs.text] = state.insert(
                "conclusions", ResearchQuestion(position=last, text=theirs.text))
    paths = code_paths(state.theirs)
    their_questions = dict(state.theirs.execute(
        select(ResearchQuestion.id, ResearchQuestion.text)).all())
    ours: dict[tuple[int | None, int | None], Conclusion] = {
        (row.code_id, row.research_question_id): row
            for row in state.ours.scalars(select(Conclusion))}
    for other in state.theirs.scalars(select(Conclusion)):
        code = state.codes.get(other.code_id) if other.code_id is not None else None
        question = (question_map.get(other.research_question_id)
                    if other.research_question_id is not None else None)
        same = ours.get((code, question))
        if same is not None:
            if (same.statement, same.verdict) != (other.statement, other.verdict):
                if other.code_id is not None:
                    target = paths[other.code_id]
                else:  # the "target" check: a conclusion is on a code or on a question
                    assert other.research_question_id is not None
                    target = short_quote(their_questions[other.research_question_id])
                state.note("conflict", CONCLUSION_DIFFERS, target=target)
            continue
        conclusion_id = state.insert("conclusions", Conclusion(
            code_id=_real(code), research_question_id=_real(question),
            statement=other.statement, verdict=other.verdict,
            override_reason=other.override_reason, status=other.status,
            tactics=dict(other.tactics or {}), updated_at=other.updated_at))
        if state.apply:
            for evidence in state.theirs.scalars(select(ConclusionEvidence).where(
                    ConclusionEvidence.conclusion_id == other.id)):
                mapped = state.segments.get(evidence.segment_id)
                if mapped is not None:
                    state.ours.add(ConclusionEvidence(conclusion_id=conclusion_id,
                                                      segment_id=mapped, role=evidence.role))
