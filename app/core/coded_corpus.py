"""Load a project's coded data as plain :mod:`app.analysis.coded_corpus` dataclasses.

One reading session per call. Used by the triangulation matrix and the excerpt exports;
the result holds no ORM rows, so pure analysis functions can work on it off the GUI thread.
Segments a supervisor rejected are left out, by the same rule as the code matrix and the
conclusions (:func:`app.core.evidence.counts_as_evidence`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import Executable, case, func, literal, select
from sqlalchemy.orm import Session

from app.analysis.citation import passage_time
from app.analysis.coded_corpus import (
    CodedCorpus,
    CorpusCode,
    CorpusInformant,
    CorpusSegment,
    CorpusSource,
)
from app.analysis.passages import corpus_passages_of_rows
from app.analysis.pseudonymise import InformantNames, MaskTokens, Pseudonymiser
from app.core.evidence import counts_as_evidence
from app.core.lookup import code_paths
from app.core.project import Project
from app.io.export_labels import ExportLabels
from app.io.speaker_turns import find_paragraphs
from app.models import (
    Code,
    CodedSegment,
    Coder,
    Informant,
    Memo,
    ProjectInfo,
    Source,
    SourceFile,
    SourcePage,
    SyncPoint,
    Turn,
)

# Characters of each segment loaded for a matrix: quotes there are cut to 240 anyway.
BRIEF_TEXT = 600


def load_coded_corpus(
    project: Project, *, coders: Collection[str] | None = None, full_text: bool = True
) -> CodedCorpus:
    """Codes (depth first), informants, sources with their turns and paragraphs, and the
    coded segments that count as evidence (not rejected), of ``coders`` only when given,
    as passages: overlapping segments of one code in one source merged into one.

    ``full_text=False`` (for matrices, which quote briefly) loads only the first
    :data:`BRIEF_TEXT` characters of each segment and no memos.
    """
    with project.reading() as session:
        return CodedCorpus(
            codes=_codes(session),
            informants=_informants(session),
            sources=_sources(session),
            segments=_segments(session, coders, full_text),
            title=session.scalar(select(ProjectInfo.title).where(ProjectInfo.id == 1)) or "",
        )


def load_segment_memos(project: Project) -> dict[int, tuple[str, ...]]:
    """Memos attached to segments (beyond the segment's own memo), as "title: body"."""
    memos: dict[int, list[str]] = {}
    with project.reading() as session:
        rows = session.execute(
            select(Memo.segment_id, Memo.title, Memo.body)
            .where(Memo.segment_id.is_not(None))
            .order_by(Memo.created_at, Memo.id)
        )
        for segment_id, title, body in rows:
            text = ": ".join(part for part in (title.strip(), body.strip()) if part)
            if segment_id is not None and text:
                memos.setdefault(segment_id, []).append(text)
    return {segment_id: tuple(texts) for segment_id, texts in memos.items()}


def pseudonymiser_for(
    corpus: CodedCorpus, labels: ExportLabels, *, mode: str = "label"
) -> Pseudonymiser:
    """The masking of names, ID and phone numbers and e-mail addresses for ``corpus``,
    worded by ``labels``."""
    return Pseudonymiser(
        (
            InformantNames(
                label=informant.label,
                replacement=labels("mask.informant", number=informant.number),
                pseudonym=informant.pseudonym,
                real_name=informant.real_name,
            )
            for informant in corpus.informants
        ),
        mode=mode,
        tokens=MaskTokens(nip=labels("mask.nip"), phone=labels("mask.phone"),
                          nik=labels("mask.nik"), email=labels("mask.email")),
    )


def passage_times(project: Project,
                  spans: Iterable[tuple[int, int, int]]) -> dict[tuple[int, int, int], str]:
    """The time range of each ``(source id, start, end)`` of a recorded interview that its
    recording reaches, as citations give it ("00:12:34–00:12:51"); other spans are left
    out."""
    wanted = set(spans)
    recorded = {source_id for source_id, _start, _end in wanted}
    with project.reading() as session:
        if not recorded or session.scalar(select(SyncPoint.source_id).where(
                SyncPoint.source_id.in_(recorded)).limit(1)) is None:
            return {}
        sources = {source.id: source for source in _sources(session)
                   if source.id in recorded and source.sync_offsets}
    found = {}
    for span in wanted:
        source = sources.get(span[0])
        time = passage_time(source, span[1], span[2]) if source is not None else None
        if time is not None:
            found[span] = time
    return found


def _codes(session: Session) -> tuple[CorpusCode, ...]:
    paths = code_paths(session)
    rows = session.execute(
        select(Code.id, Code.parent_id, Code.name, Code.code_group, Code.definition,
               Code.codable).order_by(Code.position, Code.id)
    ).all()
    children: dict[int | None, list[Any]] = {}
    for row in rows:
        children.setdefault(row.parent_id, []).append(row)
    ordered: list[CorpusCode] = []
    pending = list(reversed(children.get(None, [])))
    while pending:
        row = pending.pop()
        ordered.append(CorpusCode(id=row.id, path=paths[row.id], name=row.name,
                                  group=row.code_group, definition=row.definition,
                                  codable=row.codable))
        pending.extend(reversed(children.get(row.id, [])))
    return tuple(ordered)


def _informants(session: Session) -> tuple[CorpusInformant, ...]:
    return tuple(
        CorpusInformant(
            label=informant.label,
            role=informant.role,
            informant_type=informant.informant_type,
            pseudonym=informant.pseudonym,
            real_name=informant.real_name or "",
        )
        for informant in session.scalars(select(Informant).order_by(Informant.label))
    )


def _sources(session: Session) -> tuple[CorpusSource, ...]:
    # Per source: its turns' starts, ends and numbers, split into columns in one pass.
    turns: dict[int, tuple[tuple[int, ...], ...]] = {}
    for source_id, rows in groupby(_plain_rows(session, (
        select(Turn.source_id, Turn.start, Turn.end, Turn.number).order_by(
            Turn.source_id, Turn.start
        )
    )), key=itemgetter(0)):
        turns[source_id] = tuple(zip(*rows))[1:]
    # Only the text that paragraphs are numbered in: all of it for a source without
    # turns, the header before the first turn otherwise (not 40 MB at group scale).
    first_turn = (select(func.min(Turn.start)).where(Turn.source_id == Source.id)
                  .scalar_subquery())
    text = case((first_turn.is_(None), Source.text),
                else_=func.substr(Source.text, 1, first_turn)).label("text")
    pages = _page_starts(session)
    synced = _sync_points(session)
    pictures = set(session.scalars(select(SourceFile.source_id)
                                   .where(SourceFile.media_type == "image")))
    lengths = {source_id: int((meta or {}).get("duration_ms", 0))
               for source_id, meta in session.execute(
                   select(SourceFile.source_id, SourceFile.meta)
                   .where(SourceFile.media_type.in_(("audio", "video"))))}
    sources = []
    for row in session.execute(
        select(Source.id, Source.title, Source.kind, text, Informant.label,
               Source.machine_made)
        .outerjoin(Informant, Source.informant_id == Informant.id)
        .order_by(Source.title)
    ):
        starts, ends, numbers = turns.get(row.id, ((), (), ()))
        sources.append(
            CorpusSource(
                id=row.id,
                title=row.title,
                kind=row.kind,
                informant_label=row.label,
                turn_starts=starts,
                turn_ends=ends,
                turn_numbers=numbers,
                paragraph_starts=_paragraph_starts(row.text or "", starts),
                page_starts=pages.get(row.id, ((), ()))[0],
                page_labels=pages.get(row.id, ((), ()))[1],
                picture=row.id in pictures,
                sync_offsets=synced.get(row.id, ((), ()))[0],
                sync_times=synced.get(row.id, ((), ()))[1],
                recording_ms=lengths.get(row.id, 0),
                machine_made=bool(row.machine_made),
            )
        )
    return tuple(sources)


def _page_starts(session: Session) -> dict[int, tuple[tuple[int, ...], tuple[str, ...]]]:
    """Per paged source (a PDF): where each page starts and how a citation names it."""
    found: dict[int, tuple[tuple[int, ...], tuple[str, ...]]] = {}
    for source_id, rows in groupby(session.connection().execute(
        select(SourcePage.source_id, SourcePage.start, SourcePage.number, SourcePage.label)
        .order_by(SourcePage.source_id, SourcePage.number)
    ).all(), key=itemgetter(0)):
        listed = list(rows)
        found[source_id] = (tuple(row[1] for row in listed),
                            tuple(row[3] or str(row[2]) for row in listed))
    return found


def _sync_points(session: Session) -> dict[int, tuple[tuple[int, ...], tuple[int, ...]]]:
    """Per recorded source: its sync points' offsets and times, in text order."""
    found: dict[int, tuple[tuple[int, ...], tuple[int, ...]]] = {}
    for source_id, rows in groupby(session.connection().execute(
        select(SyncPoint.source_id, SyncPoint.offset, SyncPoint.time_ms)
        .order_by(SyncPoint.source_id, SyncPoint.offset)
    ).all(), key=itemgetter(0)):
        listed = list(rows)
        found[source_id] = (tuple(row[1] for row in listed), tuple(row[2] for row in listed))
    return found


def _paragraph_starts(text: str, turn_starts: tuple[int, ...]) -> tuple[int, ...]:
    """Where paragraphs start: all of them for a source without turns; otherwise only those
    of the header before the first turn, the one place a turn cannot cite."""
    head = text if not turn_starts else text[: turn_starts[0]]
    return tuple(paragraph.start for paragraph in find_paragraphs(head))


def _segments(
    session: Session, coders: Collection[str] | None, full_text: bool
) -> tuple[CorpusSegment, ...]:
    text = CodedSegment.text if full_text else func.substr(CodedSegment.text, 1, BRIEF_TEXT)
    memo = CodedSegment.memo if full_text else literal("")
    query = (
        select(CodedSegment.id, CodedSegment.code_id, CodedSegment.source_id,
               CodedSegment.start, CodedSegment.end, text,
               CodedSegment.valence, Coder.name, memo)
        .join(Coder, CodedSegment.coder_id == Coder.id)
        .where(counts_as_evidence())
        .order_by(CodedSegment.source_id, CodedSegment.start, CodedSegment.end,
                  CodedSegment.id)
    )
    if coders is not None:
        query = query.where(Coder.name.in_(list(coders)))
    # Columns in the order of CorpusSegment's fields. Overlapping segments of a code in a
    # source are one passage, counted once (app.analysis.passages); rows are grouped before
    # any record is built, so a passage of several segments costs no extra record.
    return corpus_passages_of_rows(_plain_rows(session, query))


def _plain_rows(session: Session, query: Executable) -> Sequence[Any]:
    """The rows of ``query`` as the database driver returns them, plain tuples, for columns
    of integers and text (which SQLAlchemy would not convert): its row objects cost a
    fifth of fetching 10,000 segments or 20,000 turns (benchmarks/ export_excerpts)."""
    result = session.connection().execute(query)
    try:
        rows = result.cursor.fetchall()
    finally:
        result.close()
    return rows
