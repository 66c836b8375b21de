"""Replace a source's text with a corrected version, keeping every segment on its words.

Segments are re-anchored by :mod:`app.analysis.reanchoring`. A segment that cannot be
placed confidently is **kept**, never dropped and never silently shifted:

- its text snapshot (``coded_segments.text``) keeps the words that were coded, so it no
  longer equals the source text at its offsets: that mismatch is the flag, found again at
  any time by :func:`list_unanchored_segments` (no schema change is needed);
- its offsets hold the best guess, inside the new text;
- a methodological memo attached to it says what happened, in Indonesian and English.

The coder re-places such a segment by editing its boundaries (which refreshes the
snapshot) or deletes it. :func:`plan_source_revision` shows all of this before anything is
changed; :func:`revise_source` applies it in one transaction.

A recorded interview's sync points follow the revision too: a corrected transcript with
times (SRT, WebVTT, oTranscribe, or ``[hh:mm:ss]`` marks) brings its own points, checked
against the recording; one without times keeps the points the source had, each moved with
the words it was on (a point whose words cannot be found is dropped, never guessed).
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from app.analysis.reanchoring import AnchoredSpan, Placement, PlacementStatus, reanchor
from app.core.changes import Changes
from app.core.ids import SegmentId, SourceId
from app.core.lookup import code_paths
from app.core.project import Project
from app.core.recordings import read_recording, store_sync_points
from app.core.sources import count_words
from app.errors import FileEmpty, NotFound
from app.errors.media import SourceWithoutRecording
from app.io.source_file import SourceFile, read_source_file
from app.io.speaker_turns import find_paragraphs, find_turns
from app.io.sync_points import SyncPoint
from app.io.text_normalise import normalise_text
from app.io.timed_transcript import check_within_recording
from app.io.transcript_file import TIMED_SUFFIXES, read_transcript_file
from app.models import CodedSegment, Coder, Memo, Source, Turn
from app.models import SyncPoint as StoredSyncPoint
from app.models.base import utc_now

__all__ = [
    "UNPLACED_MEMO_TITLE",
    "PlacementStatus",
    "RevisionPlan",
    "RevisionResult",
    "RevisedTranscript",
    "SegmentPlacement",
    "UnanchoredSegment",
    "list_unanchored_segments",
    "plan_source_revision",
    "read_revised_text",
    "read_revised_transcript",
    "revise_source",
]

UNPLACED_MEMO_TITLE = "Revisi transkrip: segmen perlu ditempatkan ulang"
_SNIPPET_CHARS = 300
# A sync point is moved with the words that follow it, up to this many characters.
_POINT_WORDS = 40


@dataclass(frozen=True)
class SegmentPlacement:
    segment_id: SegmentId
    code: str
    coder: str
    status: PlacementStatus
    old_start: int
    old_end: int
    start: int
    end: int
    old_text: str
    new_text: str
    confidence: float


@dataclass(frozen=True)
class RevisionPlan:
    source_id: SourceId
    title: str
    old_length: int
    new_length: int
    placements: tuple[SegmentPlacement, ...]

    @property
    def unplaced(self) -> tuple[SegmentPlacement, ...]:
        return tuple(p for p in self.placements if p.status is PlacementStatus.UNPLACED)

    def count(self, status: PlacementStatus) -> int:
        return sum(p.status is status for p in self.placements)


@dataclass(frozen=True)
class RevisionResult:
    plan: RevisionPlan
    changes: Changes


@dataclass(frozen=True)
class UnanchoredSegment:
    """A segment whose snapshot differs from the source text at its offsets."""

    segment_id: SegmentId
    source_id: SourceId
    start: int
    end: int
    snapshot: str
    current_text: str


@dataclass(frozen=True)
class RevisedTranscript:
    """A corrected transcript as read: its text and, when the file carries times for a
    recorded source, the sync points they give (``None``: the file has no times)."""

    text: str
    sync_points: tuple[SyncPoint, ...] | None
    source_file: SourceFile


def read_revised_text(path: Path, *, encoding: str | None = None) -> str:
    """The normalised text of a corrected transcript file (.txt or .docx)."""
    return read_source_file(Path(path), encoding=encoding).text


def read_revised_transcript(project: Project, *, source_id: SourceId, path: Path,
                            encoding: str | None = None) -> RevisedTranscript:
    """Read the corrected transcript ``path`` for the source: for a recorded interview a
    timed file (.srt, .vtt, .otr, .html, or .txt/.docx with time marks) gives its text
    without the marks and its sync points, refused when they run past the recording; a
    typed transcript without recording is read as written."""
    path = Path(path)
    recording = read_recording(project, source_id=source_id)
    if recording is None and path.suffix.lower() not in TIMED_SUFFIXES:
        source_file = read_source_file(path, encoding=encoding)
        return RevisedTranscript(source_file.text, None, source_file)
    if recording is None:
        with project.reading() as session:
            raise SourceWithoutRecording(title=_source_title(session, source_id))
    read = read_transcript_file(path, encoding=encoding)
    if read.timed is None:
        return RevisedTranscript(read.source.text, None, read.source)
    check_within_recording(read.timed, recording.duration_ms, path=path)
    return RevisedTranscript(read.source.text, read.sync_points, read.source)


def plan_source_revision(project: Project, *, source_id: SourceId, text: str) -> RevisionPlan:
    """What :func:`revise_source` would do with ``text``; changes nothing."""
    with project.reading() as session:
        return _plan(session, source_id, _checked_text(text, _source_title(session, source_id)))


def revise_source(
    project: Project,
    *,
    source_id: SourceId,
    text: str | None = None,
    path: Path | None = None,
    encoding: str | None = None,
    sync_points: Sequence[SyncPoint] | None = None,
) -> RevisionResult:
    """Replace the source's text (given, or read from ``path``) and re-anchor its segments.

    A recorded source's sync points become ``sync_points`` (or those of a timed file at
    ``path``); without new ones its points move with their words.
    """
    source_file: SourceFile | None = None
    if path is not None:
        revised = read_revised_transcript(project, source_id=source_id, path=Path(path),
                                          encoding=encoding)
        source_file, sync_points = revised.source_file, revised.sync_points
    with project.reading() as session:
        where = str(path) if path is not None else _source_title(session, source_id)
    new_text = _checked_text(source_file.text if source_file else text or "", where)
    with project.writing() as session:
        plan = _plan(session, source_id, new_text)
        source = session.get_one(Source, source_id)
        old_text = source.text
        if sync_points is not None:
            store_sync_points(session, source_id, [point for point in sorted(sync_points)
                                                   if point.offset <= len(new_text)])
        else:
            _move_sync_points(session, source_id, old_text, new_text)
        source.text = new_text
        source.char_count = len(new_text)
        source.word_count = count_words(new_text)
        source.sha256 = (source_file.sha256 if source_file
                         else hashlib.sha256(new_text.encode("utf-8")).hexdigest())
        if source_file is not None:
            source.file_name = source_file.file_name
            source.file_format = source_file.file_format
            source.encoding = source_file.encoding
        source.turns = [Turn(number=turn.number, speaker=turn.speaker, role=turn.role,
                             start=turn.start, end=turn.end) for turn in find_turns(new_text)]
        now = utc_now()
        memos: list[Memo] = []
        for placement in plan.placements:
            segment = session.get_one(CodedSegment, placement.segment_id)
            segment.start, segment.end = placement.start, placement.end
            if placement.status is PlacementStatus.UNPLACED:
                memos.append(_unplaced_memo(placement, old_text, new_text))
            else:
                segment.text = placement.new_text
            segment.updated_at = now
        session.add_all(memos)
        session.flush()
        changes = Changes(
            sources=frozenset({source_id}),
            segments=frozenset(p.segment_id for p in plan.placements),
            codes=frozenset(session.scalars(select(CodedSegment.code_id).where(
                CodedSegment.source_id == source_id))),
            memos=frozenset(memo.id for memo in memos),
        )
        return RevisionResult(plan=plan, changes=changes)


def list_unanchored_segments(
    project: Project, *, source_id: SourceId | None = None
) -> list[UnanchoredSegment]:
    """Segments left unplaced by a revision (their snapshot no longer matches the text)."""
    current = func.substr(Source.text, CodedSegment.start + 1,
                          CodedSegment.end - CodedSegment.start)
    query = (
        select(CodedSegment.id, CodedSegment.source_id, CodedSegment.start, CodedSegment.end,
               CodedSegment.text, current.label("current"))
        .join(Source, CodedSegment.source_id == Source.id)
        .where(CodedSegment.text != current)
        .order_by(CodedSegment.source_id, CodedSegment.start, CodedSegment.id)
    )
    if source_id is not None:
        query = query.where(CodedSegment.source_id == source_id)
    with project.reading() as session:
        return [UnanchoredSegment(row.id, row.source_id, row.start, row.end, row.text,
                                  row.current) for row in session.execute(query)]


def _move_sync_points(session: Session, source_id: SourceId, old_text: str, new_text: str) -> None:
    """Move the source's sync points with the words after them (dropping those whose words
    are gone), keeping offsets and times in order."""
    points = [SyncPoint(offset, time_ms) for offset, time_ms in session.execute(
        select(StoredSyncPoint.offset, StoredSyncPoint.time_ms)
        .where(StoredSyncPoint.source_id == source_id).order_by(StoredSyncPoint.offset))]
    if not points or old_text == new_text:
        return
    spans = [AnchoredSpan(index, point.offset, min(len(old_text), point.offset + _POINT_WORDS))
             for index, point in enumerate(points) if point.offset < len(old_text)]
    moved: list[SyncPoint] = []
    for placement in reanchor(old_text, new_text, spans):
        if placement.status is not PlacementStatus.UNPLACED:
            moved.append(SyncPoint(placement.start, points[placement.key].time_ms))
    if points[-1].offset >= len(old_text):
        moved.append(SyncPoint(len(new_text), points[-1].time_ms))
    kept: list[SyncPoint] = []
    for point in moved:
        if not kept or (point.offset > kept[-1].offset and point.time_ms >= kept[-1].time_ms):
            kept.append(point)
    store_sync_points(session, source_id, kept)


def _checked_text(text: str, where: str) -> str:
    """``where`` names the file or the source (by title, never by its internal id)."""
    text = normalise_text(text)
    if not text.strip():
        raise FileEmpty(path=where)
    return text


def _source_title(session: Session, source_id: SourceId) -> str:
    title = session.scalar(select(Source.title).where(Source.id == source_id))
    if title is None:
        raise NotFound(kind="source", key=source_id)
    return str(title)


def _plan(session: Session, source_id: SourceId, new_text: str) -> RevisionPlan:
    source = session.get(Source, source_id)
    if source is None:
        raise NotFound(kind="source", key=source_id)
    old_text = source.text
    rows = session.execute(
        select(CodedSegment.id, CodedSegment.start, CodedSegment.end, CodedSegment.text,
               CodedSegment.code_id, Coder.name)
        .join(Coder, CodedSegment.coder_id == Coder.id)
        .where(CodedSegment.source_id == source_id)
        .order_by(CodedSegment.start, CodedSegment.id)
    ).all()
    paths = code_paths(session)
    placements = reanchor(old_text, new_text,
                          [AnchoredSpan(row.id, row.start, row.end) for row in rows])
    return RevisionPlan(
        source_id=source_id, title=source.title, old_length=len(old_text),
        new_length=len(new_text),
        placements=tuple(_segment_placement(row, paths, placement, old_text, new_text)
                         for row, placement in zip(rows, placements)),
    )


def _segment_placement(row: Row[int, int, int, str | None, int, str],
                       paths: Mapping[int, str], placement: Placement, old_text: str,
                       new_text: str) -> SegmentPlacement:
    return SegmentPlacement(
        segment_id=row.id, code=paths[row.code_id], coder=row.name, status=placement.status,
        old_start=row.start, old_end=row.end, start=placement.start, end=placement.end,
        old_text=row.text or old_text[row.start : row.end],
        new_text=new_text[placement.start : placement.end], confidence=placement.confidence,
    )


def _place_words(text: str, offset: int) -> str:
    """Where ``offset`` is in ``text`` for a reader, in both languages: its speaker turn, or
    its paragraph when the text has no turns."""
    turns = find_turns(text)
    if turns:
        index = bisect_right([turn.start for turn in turns], offset) - 1
        return (f"giliran / turn {turns[index].number}" if index >= 0
                else "sebelum giliran pertama / before the first turn")
    paragraphs = find_paragraphs(text)
    index = max(0, bisect_right([paragraph.start for paragraph in paragraphs], offset) - 1)
    return f"paragraf / paragraph {index + 1}"


def _unplaced_memo(placement: SegmentPlacement, old_text: str, new_text: str) -> Memo:
    snippet = placement.old_text[:_SNIPPET_CHARS]
    body = (
        f"Teks yang dikode / coded text: «{snippet}»\n"
        f"Posisi lama / old position: {_place_words(old_text, placement.old_start)}; "
        f"tebakan / best guess: {_place_words(new_text, placement.start)}\n"
        "Setelah transkrip direvisi, Telaah tidak dapat menemukan teks ini dengan yakin. "
        "Periksa dan tempatkan ulang segmen ini.\n"
        "After the transcript was revised, Telaah could not place this text confidently. "
        "Check and re-place this segment."
    )
    return Memo(title=UNPLACED_MEMO_TITLE, body=body, memo_type="methodological",
                segment_id=placement.segment_id)
