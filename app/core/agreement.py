"""Intercoder agreement on a project: load the coding, measure it, resolve disagreements.

Resolving never touches the compared coders' own segments (a coder's segments are theirs;
a supervisor does not silently recode them). Instead the resolution is written as the
segments of a separate consensus coder ("Konsensus" unless another name is given), so the
original coding and its agreement figures stay reproducible, and the consensus coding can
itself be compared with each coder later.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import partial
from operator import itemgetter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.analysis.agreement import (
    AgreementResult,
    AgreementTable,
    CancelCheck,
    Progress,
    compute_agreement,
)
from app.analysis.agreement_data import (
    DEFAULT_OVERLAP,
    AgreementSettings,
    CodeLabel,
    CodingSpan,
    SourceExtent,
)
from app.analysis.agreement_disagreements import Disagreement, DisagreementVersion
from app.analysis.agreement_statistics import Figures, Statistic
from app.analysis.region_units import REGION_NOTE, UNIT_LENGTH, region_units
from app.core.agreement_coders import CONSENSUS_CODER, CONSENSUS_MEMO, RESOLVED_FROM
from app.core.bulk_work import collector_paused, plain_rows
from app.core.changes import Changes
from app.core.ids import CodeId, CoderId, SourceId
from app.core.lookup import code_paths, find_code, find_coder
from app.core.project import Project
from app.errors import (
    CodeNotCodable,
    InvalidValue,
    NotFound,
    NothingToCompare,
    StaleDisagreement,
)
from app.models import Code, CodedSegment, Coder, Informant, SegmentRegion, Source
from app.models.base import utc_now

RESOLUTIONS = ("accept", "merge", "keep_both")
# The result types a front end shows come from here too (app.analysis stays behind the core).
__all__ = ["CONSENSUS_CODER", "DEFAULT_OVERLAP", "AgreementResult", "AgreementSettings",
           "AgreementTable", "Disagreement", "DisagreementVersion", "Figures", "Statistic",
           "measure_agreement", "resolve_disagreement"]


def measure_agreement(
    project: Project,
    *,
    settings: AgreementSettings,
    codes: Sequence[str] = (),
    with_disagreements: bool = True,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> AgreementResult:
    """Agreement among ``settings.coders`` (names) on ``codes`` (paths; a category stands
    for its codable sub-codes), by default every code a compared coder used.

    Raises ``NotFound`` for an unknown coder or code and ``NothingToCompare`` when no
    source was coded by two of the coders (and ``settings.all_sources`` is off).
    """
    with collector_paused():  # 50,000 spans and their comparisons: see bulk_work
        with project.reading() as session:
            coder_names = {find_coder(session, name).id: name for name in settings.coders}
            labels = _code_labels(session, codes)
            sources = [
                SourceExtent(source_id=row.id, title=row.title, length=row.char_count,
                             informant=row.label)
                for row in session.execute(
                    select(Source.id, Source.title, Source.char_count, Informant.label)
                    .outerjoin(Informant, Source.informant_id == Informant.id)
                    .order_by(Source.title)
                )
            ]
            spans = _load_spans(session, coder_names, with_texts=with_disagreements)
            spans, sources, on_photos = _regions_as_units(session, spans, sources, coder_names)
        result = compute_agreement(
            spans, sources, labels, settings, used_codes_only=not codes,
            with_disagreements=with_disagreements, progress=progress, cancel=cancel,
        )
        # Freed now, not after the pause: the collection that runs as it ends goes through
        # every object made during it that is still alive (at group scale 37 ms with the
        # 50,000 spans, 22 ms with the result alone).
        del spans
        if on_photos:
            result = replace(result, notes=(*result.notes, REGION_NOTE))
    if not result.compared_sources:
        raise NothingToCompare(coders=list(settings.coders))
    return result


def _load_spans(session: Session, coder_names: Mapping[CoderId, str], *,
                with_texts: bool) -> list[CodingSpan]:
    """The compared coders' segments as spans; their texts only for the disagreement list.

    50,000 rows at group scale, so the driver's own rows (``bulk_work.plain_rows``: no
    result-row objects), unpacked positionally. When every coder of the project is
    compared, the table is read in storage order with no filter: looking its rows up
    through the coder index instead took 0.07 s rather than 0.05 s in SQLite.
    """
    columns = [CodedSegment.id, CodedSegment.source_id, CodedSegment.code_id,
               CodedSegment.coder_id, CodedSegment.start, CodedSegment.end]
    statement = select(*columns, CodedSegment.text) if with_texts else select(*columns)
    if session.scalar(select(func.count()).select_from(Coder)) != len(coder_names):
        statement = statement.where(CodedSegment.coder_id.in_(list(coder_names)))
    rows = plain_rows(session, statement)
    # By coder, then segment id, whatever order the database returns: ties in the
    # disagreement list and the last digits of summed shares follow the order of the spans.
    # (SQLite returned this order through the coder index.) Two stable integer sorts.
    rows.sort(key=itemgetter(0))
    rows.sort(key=itemgetter(3))
    if not with_texts:
        return [_new_span((segment_id, source_id, code_id, coder_names[coder_id], start, end,
                           ""))
                for segment_id, source_id, code_id, coder_id, start, end in rows]
    return [_new_span((segment_id, source_id, code_id, coder_names[coder_id], start, end, text))
            for segment_id, source_id, code_id, coder_id, start, end, text in rows]


# A span from its fields in order, without the named tuple's Python-level constructor.
_new_span = partial(tuple.__new__, CodingSpan)


def _code_labels(session: Session, wanted: Sequence[str]) -> list[CodeLabel]:
    """Codable codes in codebook order (depth first); only ``wanted`` and their
    sub-codes when given."""
    rows = session.execute(
        select(Code.id, Code.parent_id, Code.codable).order_by(Code.position, Code.id)
    ).all()
    children: dict[CodeId | None, list[CodeId]] = {}
    codable: dict[CodeId, bool] = {}
    for row in rows:
        children.setdefault(row.parent_id, []).append(row.id)
        codable[row.id] = row.codable
    roots = [find_code(session, key).id for key in wanted] if wanted else [None]
    paths = code_paths(session)
    chosen: list[CodeId] = []
    for root in roots:
        pending = [root] if root is not None else list(reversed(children.get(None, [])))
        while pending:
            code_id = pending.pop()
            if codable[code_id] and code_id not in chosen:
                chosen.append(code_id)
            pending.extend(reversed(children.get(code_id, [])))
    return [CodeLabel(code_id=code_id, path=paths[code_id]) for code_id in chosen]


def resolve_disagreement(
    project: Project,
    *,
    disagreement: Disagreement,
    resolution: str,
    accept: str | None = None,
    consensus_coder: str = CONSENSUS_CODER,
) -> Changes:
    """Write the consensus version of one disagreement as segments of ``consensus_coder``.

    - ``accept``: the version of coder ``accept`` (when that version is "—", the consensus
      is that the text stays uncoded, and nothing is written);
    - ``merge``: per code in the row, one segment from the earliest start to the latest end
      of the versions with that code;
    - ``keep_both``: every version as it is.

    A consensus segment identical to one the consensus coder already has is not written
    twice. One transaction: if any segment changed since the agreement was computed
    (``StaleDisagreement``) or an argument is wrong, nothing is written.
    """
    coders = [version.coder for version in disagreement.versions]
    if resolution not in RESOLUTIONS:
        raise InvalidValue(field="resolution", value=resolution, detail=", ".join(RESOLUTIONS))
    if resolution == "accept" and accept not in coders:
        raise InvalidValue(field="accepted coder", value=accept, detail=", ".join(coders))
    consensus_coder = consensus_coder.strip()
    if not consensus_coder or consensus_coder in coders:
        raise InvalidValue(field="consensus coder", value=consensus_coder,
                           detail="it must be a name other than the coders compared")
    targets = _targets(disagreement, resolution, accept)
    with project.writing() as session:
        for version in disagreement.versions:
            if version.segment_id is not None:
                _check_unchanged(session, version, disagreement.source_id)
        if not targets:
            return Changes()
        coder = session.scalar(select(Coder).where(Coder.name == consensus_coder))
        created_coder = coder is None
        if coder is None:
            coder = Coder(name=consensus_coder, role="coder")
            session.add(coder)
            session.flush()
        written: list[CodedSegment] = []
        memo = _provenance(disagreement, resolution, accept)
        for code_id, start, end in targets:
            code = session.get_one(Code, code_id)
            if not code.codable:
                raise CodeNotCodable(code=code.name)
            exists = session.scalar(select(CodedSegment.id).where(
                CodedSegment.coder_id == coder.id,
                CodedSegment.source_id == disagreement.source_id,
                CodedSegment.code_id == code_id,
                CodedSegment.start == start,
                CodedSegment.end == end,
            ))
            if exists is not None:
                continue
            now = utc_now()
            segment = CodedSegment(
                source_id=disagreement.source_id, code_id=code_id, coder_id=coder.id,
                start=start, end=end, text=_text(session, disagreement.source_id, start, end),
                memo=memo, created_at=now, updated_at=now,
                # The resolution is the supervisor's decision: not pending in the review queue.
                review_status="accepted",
            )
            session.add(segment)
            written.append(segment)
        session.flush()
        return Changes(
            segments=frozenset(segment.id for segment in written),
            sources=frozenset({disagreement.source_id}) if written else frozenset(),
            codes=frozenset(segment.code_id for segment in written),
            coders=frozenset({coder.id}) if created_coder else frozenset(),
            created=written[0].id if written else None,
        )


def _targets(
    disagreement: Disagreement, resolution: str, accept: str | None
) -> list[tuple[int, int, int]]:
    """(code id, start, end) of each consensus segment, without repeats."""
    spans = [_span(v) for v in disagreement.versions
             if v.segment_id is not None and (resolution != "accept" or v.coder == accept)]
    if resolution == "merge":
        merged: dict[int, tuple[int, int]] = {}
        for code_id, start, end in spans:
            first, last = merged.get(code_id, (start, end))
            merged[code_id] = (min(first, start), max(last, end))
        spans = [(code_id, start, end) for code_id, (start, end) in merged.items()]
    return list(dict.fromkeys(spans))


def _span(version: DisagreementVersion) -> tuple[int, int, int]:
    assert version.code_id is not None and version.start is not None
    assert version.end is not None
    return version.code_id, version.start, version.end


def _check_unchanged(session: Session, version: DisagreementVersion, source_id: SourceId) -> None:
    row = session.execute(
        select(CodedSegment.source_id, CodedSegment.code_id, CodedSegment.start,
               CodedSegment.end, Coder.name)
        .join(Coder, CodedSegment.coder_id == Coder.id)
        .where(CodedSegment.id == version.segment_id)
    ).one_or_none()
    if row is None or tuple(row) != (source_id, version.code_id, version.start, version.end,
                                     version.coder):
        raise StaleDisagreement(segment=version.segment_id)


def _text(session: Session, source_id: SourceId, start: int, end: int) -> str:
    snapshot: str | None = session.scalar(
        select(func.substr(Source.text, start + 1, end - start)).where(Source.id == source_id)
    )
    if snapshot is None:
        raise NotFound(kind="source", key=source_id)
    return snapshot


def _provenance(disagreement: Disagreement, resolution: str, accept: str | None) -> str:
    how = f"accept {accept}" if resolution == "accept" else resolution.replace("_", " ")
    return f"{CONSENSUS_MEMO} {how}{RESOLVED_FROM}{disagreement.key}"


def _regions_as_units(session: Session, spans: list[CodingSpan],
                      sources: list[SourceExtent], coder_names: Mapping[CoderId, str]
                      ) -> tuple[list[CodingSpan], list[SourceExtent], bool]:
    """Spans on photos moved onto virtual units by where their regions lie
    (:mod:`app.analysis.region_units`); True when any photo was among the spans.

    The regions of the spans are those of the compared coders' segments: a join, not the
    spans' ids bound one by one (0.05–0.1 s for 50,000 ids)."""
    rows = session.execute(select(SegmentRegion.segment_id, SegmentRegion.x, SegmentRegion.y,
                                  SegmentRegion.w, SegmentRegion.h)
                           .join(CodedSegment, CodedSegment.id == SegmentRegion.segment_id)
                           .where(CodedSegment.coder_id.in_(list(coder_names)))
                           ).all() if spans else []
    if not rows:
        return spans, sources, False
    rectangles = {row.segment_id: (row.x, row.y, row.w, row.h) for row in rows}
    by_source: dict[int, list[CodingSpan]] = {}
    for span in spans:
        if span.segment_id in rectangles:
            by_source.setdefault(span.source_id, []).append(span)
    moved: dict[int, CodingSpan] = {}
    lengths: dict[int, int] = {}
    for source_id, on_photo in by_source.items():
        on_photo.sort(key=lambda span: span.segment_id)
        units = region_units([rectangles[span.segment_id] for span in on_photo])
        for span, unit in zip(on_photo, units, strict=True):
            moved[span.segment_id] = span._replace(start=unit * UNIT_LENGTH,
                                                   end=(unit + 1) * UNIT_LENGTH)
        lengths[source_id] = (max(units) + 1) * UNIT_LENGTH
    return ([moved.get(span.segment_id, span) for span in spans],
            [replace(source, length=lengths[source.source_id])
             if source.source_id in lengths else source for source in sources], True)
