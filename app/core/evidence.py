"""Load coded segments with their context (informant, technique, turn) for analyses.

Also the one rule for which segments count as evidence: :data:`EXCLUDED_STATUSES` and the
SQL condition :func:`counts_as_evidence`. The code matrix, chart and conclusions, the
triangulation matrix and the coded excerpts all load their segments through it, and all
count passages (:func:`load_passages`): overlapping segments of one code in one source,
whoever coded them, are one piece of evidence.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from app.analysis.code_matrix import MatrixPassage
from app.analysis.evidence import INFORMANT_TYPE_ORDER as INFORMANT_TYPE_ORDER
from app.analysis.evidence import Evidence as Evidence
from app.analysis.evidence import informant_sort_key as informant_sort_key
from app.analysis.passages import Member, merged_passage, row_groups
from app.analysis.retrieval import SegmentFilter as SegmentFilter
from app.analysis.retrieval import coded_with as coded_with
from app.analysis.retrieval import filter_segments as filter_segments
from app.core.bulk_work import plain_rows
from app.core.lookup import code_paths
from app.core.plain_reading import SessionRows
from app.core.project import Project
from app.core.turn_places import Place as Place
from app.core.turn_places import Places as Places
from app.core.turn_places import TurnLocator
from app.core.turn_places import turn_places as turn_places
from app.models import Code, CodedSegment, Coder, Informant, Source, Turn

# Rejected segments are not evidence; everything else is, until a supervisor says otherwise.
EXCLUDED_STATUSES = frozenset({"rejected"})


def counts_as_evidence() -> ColumnElement[bool]:
    """The condition on :class:`CodedSegment` rows that analyses count: not rejected."""
    return CodedSegment.review_status.not_in(sorted(EXCLUDED_STATUSES))


def load_evidence(project: Project) -> list[Evidence]:
    """Every coded segment, rejected ones included (the review and reduction views show
    them); analyses that count evidence use ``evidence_in(session, counted_only=True)``."""
    with project.reading() as session:
        return evidence_in(session)


def load_passages(project: Project, *, coder: str | None = None) -> list[Evidence]:
    """The evidence analyses count: segments that :func:`counts_as_evidence` (of ``coder``
    only, when given), overlapping ones of a code in a source merged into one passage
    (:mod:`app.analysis.passages`)."""
    with project.reading() as session:
        return passages_in(session, coder=coder)


def passages_in(session: Session, *, coder: str | None = None,
                codes: Collection[int] | None = None) -> list[Evidence]:
    """:func:`load_passages` inside an open session.

    Merges the fetched rows before any :class:`Evidence` is built, so a 50,000-segment
    project builds one record per passage, not one per segment and then one per passage
    (the result equals ``merge_evidence`` of the segments; a test holds them equal)."""
    rows, build = _evidence_rows(session, counted_only=True, codes=codes)
    if coder is not None:
        rows = [row for row in rows if row[_CODER] == coder]
    passages: list[Evidence] = []
    for group in row_groups(rows, source=_SOURCE, code=_CODE, start=_START, end=_END):
        if len(group) == 1:
            passages.append(build(group[0]))
            continue
        group.sort(key=itemgetter(_START, _ID))
        passages.append(merged_passage(build(group[0]), [
            Member(id=row[_ID], start=row[_START], end=row[_END], text=row[_TEXT],
                   valence=row[_VALENCE], coder=row[_CODER], paraphrase=row[_PARAPHRASE],
                   review_status=row[_STATUS])
            for row in group]))
    return passages


def matrix_passages_in(session: Session, *, coder: str | None = None) -> list[MatrixPassage]:
    """The passages of :func:`passages_in` that belong to an informant, with only what the
    code × informant matrix reads: no turn, code path or coder to look up, and one light
    record per passage (a test holds them equal to :func:`passages_in`'s)."""
    query = (
        select(CodedSegment.id, CodedSegment.source_id, CodedSegment.code_id,
               CodedSegment.start, CodedSegment.end, CodedSegment.text,
               CodedSegment.paraphrase, Informant.id)
        .join(Source, CodedSegment.source_id == Source.id)
        .join(Informant, Source.informant_id == Informant.id)
        .where(counts_as_evidence())
        .order_by(CodedSegment.source_id, CodedSegment.start, CodedSegment.id)
    )
    if coder is not None:
        coder_id = session.scalar(select(Coder.id).where(Coder.name == coder))
        query = query.where(CodedSegment.coder_id == (coder_id or 0))  # 0: nobody's
    # The driver's own tuples: 50,000 rows of integers and text need no type conversion.
    rows = plain_rows(session, query)
    make = MatrixPassage._make
    passages: list[MatrixPassage] = []
    for group in row_groups(rows, source=1, code=2, start=3, end=4):
        if len(group) == 1:
            passages.append(make(group[0]))
            continue
        group.sort(key=_START_ID)  # the passage is known by its first segment
        first = group[0]
        end = first[4]
        reach = first[3]
        pieces: list[str] = []
        paraphrases: dict[str, None] = {}
        for _, _, _, start, member_end, text, paraphrase, _ in group:
            end = max(end, member_end)
            if member_end > reach:  # the text of the union (as union_text)
                pieces.append(text[reach - start:])
                reach = member_end
            if paraphrase:
                paraphrases[paraphrase] = None
        passages.append(MatrixPassage(first[0], first[1], first[2], first[3], end,
                                      "".join(pieces), " / ".join(paraphrases), first[7]))
    return passages


_START_ID = itemgetter(3, 0)


def evidence_in(session: Session, *, counted_only: bool = False) -> list[Evidence]:
    """Every coded segment with its context; only those that :func:`counts_as_evidence`
    when ``counted_only``."""
    rows, build = _evidence_rows(session, counted_only=counted_only)
    return [build(row) for row in rows]


# Positions of the columns of _evidence_rows that passages_in reads.
_ID, _SOURCE, _CODE, _START, _END, _TEXT, _VALENCE, _PARAPHRASE, _STATUS = range(9)
_CODER = 16


def _evidence_rows(
    session: Session, *, counted_only: bool, codes: Collection[int] | None = None
) -> tuple[Sequence[Any], Callable[[Any], Evidence]]:
    """The rows of every coded segment (of ``codes`` only, when given) with its context,
    and how to build an Evidence."""
    paths = code_paths(session)
    locator = TurnLocator(SessionRows(session))
    # The turn holding a segment's start: one seek in the (source_id, start) index per
    # segment, far cheaper than loading every source's turns into Python (benchmarks/).
    turn_number = (
        select(Turn.number)
        .where(Turn.source_id == CodedSegment.source_id, Turn.start <= CodedSegment.start)
        .order_by(Turn.start.desc()).limit(1).scalar_subquery()
    )
    with_turns = set(session.scalars(select(Turn.source_id).distinct()))
    query = (
        select(
            # Columns, not CodedSegment entities: 50,000 ORM objects cost over a second.
            CodedSegment.id, CodedSegment.source_id, CodedSegment.code_id,
            CodedSegment.start, CodedSegment.end, CodedSegment.text, CodedSegment.valence,
            CodedSegment.paraphrase, CodedSegment.review_status,
            Source.title, Source.kind, Informant.id, Informant.label,
            Informant.informant_type, Informant.role, Code.code_group, Coder.name,
            turn_number, Informant.pseudonym,
        )
        .join(Source, CodedSegment.source_id == Source.id)
        .outerjoin(Informant, Source.informant_id == Informant.id)
        .join(Code, CodedSegment.code_id == Code.id)
        .join(Coder, CodedSegment.coder_id == Coder.id)
        .order_by(Source.title, CodedSegment.start, CodedSegment.id)
    )
    if counted_only:
        query = query.where(counts_as_evidence())
    if codes is not None:  # ids, written into the SQL as numbers (plain_rows)
        query = query.where(CodedSegment.code_id.in_(sorted(int(code) for code in codes)))
    rows = plain_rows(session, query)  # the driver's tuples: no per-row conversion needed

    def build(row: Any) -> Evidence:
        (segment_id, source_id, code_id, start, end, text, valence, paraphrase,
         review_status, title, kind, informant_id, label, informant_type, role, group,
         coder, turn, pseudonym) = row
        is_paragraph = False
        if source_id not in with_turns:
            turn, is_paragraph = locator.turn_at(source_id, start)
        return Evidence(
            id=segment_id, source_id=source_id, source=title, source_kind=kind,
            informant_id=informant_id, informant=label, informant_type=informant_type,
            informant_role=role or "", code_id=code_id, code=paths[code_id],
            code_group=group, coder=coder, start=start, end=end,
            text=text, valence=valence, paraphrase=paraphrase,
            review_status=review_status, turn=turn, turn_is_paragraph=is_paragraph,
            informant_pseudonym=pseudonym or "",
        )

    return rows, build
