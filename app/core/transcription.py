"""Automatic transcription on the student's own computer (faster-whisper, CPU, int8).

The recording never leaves the machine. A model is either a folder the user already has
(a Whisper model in CTranslate2 format: ``model.bin``, ``config.json``, tokenizer) or one of
:data:`KNOWN_MODELS` that the user has explicitly downloaded into Telaah's data folder with
:func:`download_model` (the only code here that touches the network, and only when asked).

The result is a draft: one paragraph per stretch of speech between pauses, a sync point at
each of Whisper's segments, and the source marked machine-made until a person corrects it.
Whisper does not tell speakers apart, so the paragraphs carry no speaker labels; the
student adds them in transcription mode.
"""

from __future__ import annotations

import importlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from app.core.changes import Changes
from app.core.ids import SourceId
from app.core.project import Project
from app.core.recordings import recording_file, store_sync_points
from app.core.sources import count_words
from app.errors import Cancelled, InvalidValue, NotFound
from app.errors.media import (
    SourceWithoutRecording,
    TranscriptionModelMissing,
    TranscriptionUnavailable,
    UnknownTranscriptionModel,
)
from app.io.speaker_turns import find_turns
from app.io.sync_points import SyncPoint
from app.models import CodedSegment, Source, Turn
from app.models import SourceFile as StoredFile

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

# Name → download size in MB (int8 CTranslate2 conversions); shown before a download.
KNOWN_MODELS: dict[str, int] = {
    "tiny": 75, "tiny.en": 75, "base": 145, "base.en": 145,
    "small": 484, "small.en": 484, "medium": 1530, "large-v3": 3100,
}
# A silence this long between Whisper's segments starts a new paragraph.
PAUSE_MS = 1500
_MODEL_FILES = ("model.bin", "config.json")


@dataclass(frozen=True)
class DraftSegment:
    start_ms: int
    end_ms: int
    text: str


@dataclass(frozen=True)
class DraftTranscript:
    """A machine-made transcript: text, sync points, and how long it took."""

    text: str
    sync_points: tuple[SyncPoint, ...]
    segments: tuple[DraftSegment, ...]
    language: str
    duration_ms: int
    seconds_taken: float

    @property
    def real_time_factor(self) -> float:
        """Processing time per second of recording (below 1: faster than listening)."""
        return self.seconds_taken / max(self.duration_ms / 1000, 1e-9)


def models_folder() -> Path:
    """Where downloaded models live: ``<data folder>/telaah/models``."""
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "telaah" / "models"


def is_model_folder(folder: Path) -> bool:
    return folder.is_dir() and all((folder / name).is_file() for name in _MODEL_FILES)


def available_models() -> list[str]:
    """Names of the models already downloaded into Telaah's data folder."""
    folder = models_folder()
    if not folder.is_dir():
        return []
    return sorted(entry.name for entry in folder.iterdir() if is_model_folder(entry))


def resolve_model(model: str | None) -> Path:
    """The folder of ``model``: a folder path, or the name of a downloaded model; without a
    name the only (or smallest) downloaded one. Never downloads."""
    if model:
        as_path = Path(model).expanduser()
        if as_path.is_dir() or os.sep in model or model.startswith("."):
            if not is_model_folder(as_path):
                raise TranscriptionModelMissing(path=as_path)
            return as_path
        folder = models_folder() / model
        if is_model_folder(folder):
            return folder
        raise UnknownTranscriptionModel(name=model, known=_known_text())
    downloaded = available_models()
    if not downloaded:
        raise UnknownTranscriptionModel(name="", known=_known_text())
    ordered = sorted(downloaded, key=lambda name: KNOWN_MODELS.get(name, 10**6))
    return models_folder() / ordered[0]


def _known_text() -> str:
    downloaded = set(available_models())
    return ", ".join(f"{name} ({size} MB{', downloaded' if name in downloaded else ''})"
                     for name, size in KNOWN_MODELS.items())


def download_model(name: str) -> Path:
    """Download the named model into Telaah's data folder: only when the user asks for it
    by name (``telaah transcribe --download``, the dialog's Download button)."""
    if name not in KNOWN_MODELS:
        raise UnknownTranscriptionModel(name=name, known=_known_text())
    target = models_folder() / name
    if is_model_folder(target):
        return target
    utils = _optional_module("faster_whisper.utils")
    target.mkdir(parents=True, exist_ok=True)
    utils.download_model(name, output_dir=str(target))
    return target


def _optional_module(name: str) -> Any:
    """A module of the optional ``telaah[transcribe]`` part (untyped: hence ``Any``)."""
    try:
        return importlib.import_module(name)
    except ImportError:
        raise TranscriptionUnavailable() from None


def transcribe_file(path: Path, *, model_folder: Path, language: str | None = None,
                    progress: Progress | None = None,
                    cancelled: IsCancelled | None = None) -> DraftTranscript:
    """Transcribe the recording at ``path`` with the model in ``model_folder``.

    ``progress(done_ms, total_ms)`` follows the recording; ``cancelled()`` is asked after
    every segment and stops the work with :class:`app.errors.Cancelled`.
    """
    whisper_module = _optional_module("faster_whisper")
    if not is_model_folder(model_folder):
        raise TranscriptionModelMissing(path=model_folder)
    began = time.perf_counter()
    threads = max(1, min(4, os.cpu_count() or 1))
    whisper = whisper_module.WhisperModel(str(model_folder), device="cpu", compute_type="int8",
                           cpu_threads=threads, local_files_only=True)
    pieces, info = whisper.transcribe(str(path), language=language or None, beam_size=1,
                                      condition_on_previous_text=False)
    total_ms = round(info.duration * 1000)
    segments: list[DraftSegment] = []
    for piece in pieces:
        if cancelled is not None and cancelled():
            raise Cancelled()
        words = " ".join(piece.text.split())
        start_ms = max(0, min(round(piece.start * 1000), total_ms))
        end_ms = max(start_ms, min(round(piece.end * 1000), total_ms))
        if segments:  # Whisper's times may overlap by a few ms: keep them increasing
            start_ms = max(start_ms, segments[-1].start_ms)
            end_ms = max(end_ms, start_ms)
        if words:
            segments.append(DraftSegment(start_ms, end_ms, words))
        if progress is not None:
            progress(end_ms, max(total_ms, 1))
    if progress is not None:
        progress(max(total_ms, 1), max(total_ms, 1))
    text, points = draft_text(segments)
    return DraftTranscript(text=text, sync_points=points, segments=tuple(segments),
                           language=info.language, duration_ms=total_ms,
                           seconds_taken=time.perf_counter() - began)


def draft_text(segments: list[DraftSegment]) -> tuple[str, tuple[SyncPoint, ...]]:
    """Paragraphs split at pauses; a sync point where each segment starts and one where a
    paragraph's speech ends."""
    text = ""
    points: list[SyncPoint] = []
    previous: DraftSegment | None = None
    for segment in segments:
        if previous is not None:
            if segment.start_ms - previous.end_ms >= PAUSE_MS:
                points.append(SyncPoint(len(text), previous.end_ms))
                text += "\n\n"
            else:
                text += " "
        points.append(SyncPoint(len(text), segment.start_ms))
        text += segment.text
        previous = segment
    if previous is not None:
        points.append(SyncPoint(len(text), previous.end_ms))
    unique: dict[int, SyncPoint] = {}
    for point in points:
        unique[point.offset] = point
    return text, tuple(unique[offset] for offset in sorted(unique))


def transcribe_source(project: Project, *, source_id: SourceId, model: str | None = None,
                      language: str | None = None, progress: Progress | None = None,
                      cancelled: IsCancelled | None = None) -> tuple[Changes, DraftTranscript]:
    """Transcribe the source's recording and make the draft its text, marked machine-made.

    Only a source whose text nobody has coded yet is transcribed: a typed or corrected
    transcript with segments is never overwritten.
    """
    model_folder = resolve_model(model)
    with project.reading() as session:
        source = session.get(Source, source_id)
        if source is None:
            raise NotFound(kind="source", key=source_id)
        title = source.title
        has_file = session.scalar(select(StoredFile.id).where(StoredFile.source_id == source_id)
                                  .where(StoredFile.media_type.in_(("audio", "video"))))
        coded = session.scalar(select(CodedSegment.id)
                               .where(CodedSegment.source_id == source_id).limit(1))
    if has_file is None:
        raise SourceWithoutRecording(title=title)
    if coded is not None:
        raise InvalidValue(field="source", value=title,
                           detail="it is already coded; transcribe a new recording instead")
    path = recording_file(project, source_id=source_id)
    draft = transcribe_file(path, model_folder=model_folder, language=language,
                            progress=progress, cancelled=cancelled)
    with project.writing() as session:
        source = session.get(Source, source_id)
        if source is None:
            raise NotFound(kind="source", key=source_id)
        source.text = draft.text
        source.char_count = len(draft.text)
        source.word_count = count_words(draft.text)
        source.machine_made = True
        session.execute(delete(Turn).where(Turn.source_id == source_id))
        for turn in find_turns(draft.text):
            session.add(Turn(source_id=source_id, number=turn.number, speaker=turn.speaker,
                             role=turn.role, start=turn.start, end=turn.end))
        store_sync_points(session, source_id, draft.sync_points)
        return Changes(sources=frozenset({source_id})), draft


def mark_checked(project: Project, *, source_id: SourceId, checked: bool = True) -> Changes:
    """Say that a person has corrected the source's machine-made transcript (or, with
    ``checked=False``, that it is still a draft)."""
    with project.writing() as session:
        source = session.get(Source, source_id)
        if source is None:
            raise NotFound(kind="source", key=source_id)
        source.machine_made = not checked
        return Changes(sources=frozenset({source_id}))
