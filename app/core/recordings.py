"""Recordings of interviews: import with or without a timed transcript, sync points, and
the times of passages.

A recording is kept inside the project (table ``source_files``, one per source) with what
:func:`app.io.media_probe.probe_media` learnt about it; the transcript's times are sync
points (table ``sync_points``). Everything is checked before the project is touched: a
damaged recording or a transcript whose times go backwards or past the recording's end is
refused and nothing is stored.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.ids import SourceId
from app.core.project import Project
from app.core.sources import store_sources
from app.errors import FileTooLarge, InvalidValue, NotFound, OffsetsOutOfRange
from app.errors.media import SourceWithoutRecording
from app.io.file_bytes import MiB, read_file_bytes, write_file_atomically
from app.io.media_probe import MediaInfo, probe_media, probe_media_bytes
from app.io.qdpx_project import QdpxRecording, QdpxSource
from app.io.source_file import SourceFile
from app.io.sync_points import SyncPoint, clock, offset_at, time_at
from app.io.timed_transcript import END_TOLERANCE_MS, check_within_recording
from app.io.transcript_file import read_transcript_file
from app.models import Informant, Source, Turn
from app.models import SourceFile as StoredFile
from app.models import SyncPoint as StoredSyncPoint

__all__ = ["RecordingView", "SyncPoint", "attach_recording", "clock", "import_recording",
           "passage_times", "read_recording", "recording_file", "set_sync_points",
           "store_sync_points"]

# Recordings up to this size are kept inside the project (an hour of MP3 is ~60 MB).
MAX_RECORDING_BYTES = 1024 * MiB


@dataclass(frozen=True)
class RecordingView:
    """A source's recording without its bytes."""

    source_id: SourceId
    file_name: str
    media_type: str
    mime: str
    duration_ms: int
    byte_size: int
    sha256: str
    sync_points: tuple[SyncPoint, ...]
    text_length: int
    machine_made: bool
    # The end of the speaker turn holding the last sync point (its offset without turns),
    # and whether that turn is the transcript's last.
    last_turn_end: int = 0
    last_turn_is_final: bool = False

    def time_at(self, offset: int) -> int | None:
        """When the text at ``offset`` is spoken (interpolated between sync points);
        ``None`` before the first point and after the last one: a recording may cover only
        part of the transcript (a header, a passage)."""
        points = self.sync_points
        if not points or offset < points[0].offset:
            return None
        last = points[-1]
        if offset <= last.offset:
            return time_at(points, offset)
        if offset > self.last_turn_end:
            return None
        # Within the turn of the last point (a transcript timed at each turn's start): the
        # last turn of the text runs to the end of the recording, another one is dated by
        # its start.
        if self.last_turn_is_final:
            return time_at([last, SyncPoint(self.last_turn_end, max(self.duration_ms,
                                                                    last.time_ms))], offset)
        return last.time_ms

    def offset_at(self, time_ms: int) -> int | None:
        """The place in the text the recording has reached at ``time_ms``: the last sync
        point at or before it (``None`` before the first)."""
        return offset_at(self.sync_points, time_ms)

    def passage_times(self, start: int, end: int) -> tuple[int, int] | None:
        begin = self.time_at(start)
        if begin is None:
            return None
        finish = self.time_at(end)
        # A passage running past the last point plays to the end of the recording.
        return begin, max(begin, self.duration_ms if finish is None else finish)


def _read_recording(path: Path) -> tuple[MediaInfo, bytes]:
    info = probe_media(path)
    data = read_file_bytes(path, max_bytes=MAX_RECORDING_BYTES)
    if len(data) != info.byte_size:  # changed while being read
        raise FileTooLarge(path=path, size_mb=len(data) // MiB,
                           limit_mb=MAX_RECORDING_BYTES // MiB)
    return info, data


def _read_transcript(transcript: Path | None, info: MediaInfo, recording: Path,
                     encoding: str | None) -> tuple[SourceFile, tuple[SyncPoint, ...]]:
    if transcript is None:
        empty = SourceFile(text="", encoding="utf-8", file_format="txt",
                           file_name=recording.name, sha256="", paragraphs=(), turns=())
        return empty, ()
    read = read_transcript_file(Path(transcript), encoding=encoding)
    if read.timed is not None:
        check_within_recording(read.timed, info.duration_ms, path=transcript)
    return read.source, read.sync_points


def import_recording(project: Project, *, path: Path, title: str,
                     transcript: Path | None = None, kind: str = "interview",
                     informant: str | None = None, encoding: str | None = None) -> Changes:
    """A new source made of the recording ``path`` and, if given, its transcript (with or
    without times; without one the source waits for transcription)."""
    path = Path(path)
    info, data = _read_recording(path)
    source_file, points = _read_transcript(transcript, info, path, encoding)
    with project.writing() as session:
        informant_id = None
        if informant:
            informant_id = session.scalar(select(Informant.id)
                                          .where(Informant.label == informant.strip()))
            if informant_id is None:
                raise NotFound(kind="informant", key=informant)
        (source_id,) = store_sources(session, [source_file], titles=[title.strip()],
                                     kinds=[kind], informant_ids=[informant_id])
        _store_file(session, source_id, path, info, data)
        store_sync_points(session, source_id, points)
        return Changes(sources=frozenset({source_id}), created=source_id)


def attach_recording(project: Project, *, source_id: SourceId, path: Path) -> Changes:
    """Keep ``path`` as the recording of an existing source (replacing an earlier one); the
    source's sync points stay when they fall inside the new recording."""
    path = Path(path)
    info, data = _read_recording(path)
    with project.writing() as session:
        if session.get(Source, source_id) is None:
            raise NotFound(kind="source", key=source_id)
        session.execute(delete(StoredFile).where(StoredFile.source_id == source_id))
        session.execute(delete(StoredSyncPoint).where(StoredSyncPoint.source_id == source_id)
                        .where(StoredSyncPoint.time_ms > info.duration_ms))
        _store_file(session, source_id, path, info, data)
        return Changes(sources=frozenset({source_id}))


def _store_file(session: Session, source_id: SourceId, path: Path, info: MediaInfo,
                data: bytes) -> None:
    session.add(StoredFile(source_id=source_id, filename=path.name, media_type=info.media_type,
                           mime=info.mime, byte_size=len(data),
                           sha256=hashlib.sha256(data).hexdigest(), data=data,
                           meta=info.meta()))


def store_sync_points(session: Session, source_id: SourceId, points: Sequence[SyncPoint]) -> None:
    """Replace the source's sync points (inside an open session of the core)."""
    session.execute(delete(StoredSyncPoint).where(StoredSyncPoint.source_id == source_id))
    if points:
        session.execute(insert(StoredSyncPoint), [
            {"source_id": source_id, "offset": point.offset, "time_ms": point.time_ms}
            for point in points])


def set_sync_points(project: Project, *, source_id: SourceId,
                    points: Sequence[SyncPoint]) -> Changes:
    """Replace the source's sync points; refused unless the points lie in its text, run
    forward in time and end within its recording."""
    ordered = sorted(points)
    with project.writing() as session:
        view = _recording_view(session, source_id)
        if view is None:
            title = session.scalar(select(Source.title).where(Source.id == source_id))
            raise SourceWithoutRecording(title=title or f"{source_id}")
        previous = 0
        for point in ordered:
            if not 0 <= point.offset <= view.text_length:
                title = session.scalar(select(Source.title).where(Source.id == source_id))
                raise OffsetsOutOfRange(start=point.offset, end=point.offset,
                                        source=title or "", length=view.text_length)
            if point.time_ms < previous or point.time_ms > view.duration_ms + END_TOLERANCE_MS:
                raise InvalidValue(field="time", value=clock(point.time_ms),
                                   detail="it goes backwards or lies after the recording's end")
            previous = point.time_ms
        store_sync_points(session, source_id, ordered)
        return Changes(sources=frozenset({source_id}))


def with_recording(session: Session, source: QdpxSource, source_id: SourceId) -> QdpxSource:
    """``source`` for a REFI-QDA export, with its recording and sync points if it has one."""
    stored = session.scalar(select(StoredFile).where(StoredFile.source_id == source_id)
                            .where(StoredFile.media_type.in_(("audio", "video"))))
    if stored is None or stored.data is None:
        return source
    points = tuple((offset, time_ms) for offset, time_ms in session.execute(
        select(StoredSyncPoint.offset, StoredSyncPoint.time_ms)
        .where(StoredSyncPoint.source_id == source_id).order_by(StoredSyncPoint.offset)))
    return replace(source, recording=QdpxRecording(
        media_type=stored.media_type, file_name=stored.filename, data=stored.data,
        sync_points=points))


def store_imported_recording(session: Session, source_id: SourceId, text_length: int,
                             recording: QdpxRecording) -> None:
    """Keep a recording that came in a REFI-QDA project, checked like an imported file
    (a damaged one refuses the whole import)."""
    info = probe_media_bytes(recording.data, recording.file_name)
    session.add(StoredFile(source_id=source_id, filename=recording.file_name,
                           media_type=info.media_type, mime=info.mime,
                           byte_size=len(recording.data),
                           sha256=hashlib.sha256(recording.data).hexdigest(),
                           data=recording.data, meta=info.meta()))
    points, latest = [], 0
    for offset, time_ms in sorted(recording.sync_points):
        if not latest <= time_ms <= info.duration_ms + END_TOLERANCE_MS:
            raise InvalidValue(field="time", value=clock(time_ms),
                               detail="it goes backwards or lies after the recording's end")
        if 0 <= offset <= text_length:
            points.append(SyncPoint(offset, time_ms))
            latest = time_ms
    store_sync_points(session, source_id, points)


def read_recording(project: Project, *, source_id: SourceId) -> RecordingView | None:
    """The source's recording, or ``None`` when it has none."""
    with project.reading() as session:
        return _recording_view(session, source_id)


def _recording_view(session: Session, source_id: SourceId) -> RecordingView | None:
    source = session.get(Source, source_id)
    if source is None:
        raise NotFound(kind="source", key=source_id)
    stored = session.scalar(select(StoredFile).where(StoredFile.source_id == source_id))
    if stored is None or stored.media_type not in ("audio", "video"):
        return None
    points = tuple(SyncPoint(offset, time_ms) for offset, time_ms in session.execute(
        select(StoredSyncPoint.offset, StoredSyncPoint.time_ms)
        .where(StoredSyncPoint.source_id == source_id).order_by(StoredSyncPoint.offset)))
    last_turn_end, last_turn_is_final = (points[-1].offset if points else 0), False
    if points:
        turn = session.execute(
            select(Turn.start, Turn.end).where(Turn.source_id == source_id)
            .where(Turn.start <= points[-1].offset).order_by(Turn.start.desc()).limit(1)).first()
        if turn is not None and turn.end >= points[-1].offset:
            last_turn_end = turn.end
            last_turn_is_final = session.scalar(
                select(Turn.id).where(Turn.source_id == source_id)
                .where(Turn.start > turn.start).limit(1)) is None
    return RecordingView(source_id=source_id, file_name=stored.filename,
                         media_type=stored.media_type, mime=stored.mime,
                         duration_ms=int((stored.meta or {}).get("duration_ms", 0)),
                         byte_size=stored.byte_size, sha256=stored.sha256,
                         sync_points=points, text_length=source.char_count,
                         machine_made=bool(source.machine_made), last_turn_end=last_turn_end,
                         last_turn_is_final=last_turn_is_final)


def passage_times(project: Project, *, source_id: SourceId, start: int,
                  end: int) -> tuple[int, int] | None:
    """The time range ``[start, end)`` of the source's text is spoken in, if it has times."""
    view = read_recording(project, source_id=source_id)
    return None if view is None else view.passage_times(start, end)


def recording_file(project: Project, *, source_id: SourceId, folder: Path | None = None) -> Path:
    """The recording as a file a player can open: written once per content into ``folder``
    (a private cache folder by default) and reused while unchanged."""
    with project.reading() as session:
        stored = session.scalar(select(StoredFile).where(StoredFile.source_id == source_id))
        if stored is None or stored.media_type not in ("audio", "video"):
            title = session.scalar(select(Source.title).where(Source.id == source_id))
            raise SourceWithoutRecording(title=title or f"{source_id}")
        folder = folder or _cache_folder()
        suffix = Path(stored.filename).suffix.lower()
        target = folder / f"{stored.sha256}{suffix}"
        if target.is_file() and target.stat().st_size == stored.byte_size:
            return target
        data = stored.data or b""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_file_atomically(target, data)
    return target


def _cache_folder() -> Path:
    cache_home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache_home) / "telaah" / "recordings"
