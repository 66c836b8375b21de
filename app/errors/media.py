"""Errors about recordings, timed transcripts and automatic transcription."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors.base import TelaahError
from app.errors.files import FileProblem


@dataclass(eq=False, kw_only=True)
class TranscriptTimeBackwards(FileProblem):
    template = (
        "{path}, line {line}: the time {time} comes before the time above it ({previous}); "
        "the times of a transcript must not go backwards."
    )

    line: int
    time: str
    previous: str


@dataclass(eq=False, kw_only=True)
class TranscriptPastRecording(FileProblem):
    template = (
        "{path}, line {line}: the time {time} lies after the end of the recording "
        "({duration})."
    )

    line: int
    time: str
    duration: str


@dataclass(eq=False, kw_only=True)
class InvalidTimestamp(FileProblem):
    template = "{path}, line {line}: '{stamp}' is not a valid time (minutes and seconds go to 59)."

    line: int
    stamp: str


@dataclass(eq=False, kw_only=True)
class InvalidSubtitles(FileProblem):
    template = (
        "{path}, line {line}: this is not a valid subtitle cue (expected a time line such as "
        "'00:00:01,000 --> 00:00:04,000')."
    )

    line: int


@dataclass(eq=False, kw_only=True)
class TranscriptWithoutTimes(FileProblem):
    template = (
        "{path}: the transcript holds no times to synchronise with the recording; use "
        "[hh:mm:ss], #hh:mm:ss-d#, SRT, WebVTT or an oTranscribe export."
    )


@dataclass(eq=False, kw_only=True)
class UnsupportedMediaType(FileProblem):
    template = (
        "{path}: files of type '{suffix}' cannot be used as a recording; use WAV, MP3, M4A, "
        "OGG or MP4."
    )

    suffix: str


@dataclass(eq=False, kw_only=True)
class MediaEmpty(FileProblem):
    template = "{path}: the file is empty (0 bytes); it holds no recording."


@dataclass(eq=False, kw_only=True)
class MediaDamaged(FileProblem):
    """``detail`` is the media library's reason, kept for ``--verbose``."""

    template = "{path}: the recording is damaged or cut off and cannot be played to its end."


@dataclass(eq=False, kw_only=True)
class MediaUnsupportedCodec(FileProblem):
    template = (
        "{path}: the recording is encoded as '{codec}', which Telaah cannot play; "
        "convert it to MP3, M4A or WAV and import it again."
    )

    codec: str


@dataclass(eq=False, kw_only=True)
class MediaWithoutSound(FileProblem):
    template = "{path}: the file holds no sound track."


@dataclass(eq=False, kw_only=True)
class TranscriptionUnavailable(TelaahError):
    template = (
        "Automatic transcription needs the optional part 'telaah[transcribe]'; install it "
        "with: pip install 'telaah[transcribe]'."
    )


@dataclass(eq=False, kw_only=True)
class TranscriptionModelMissing(FileProblem):
    template = (
        "{path}: no transcription model here (a Whisper model in CTranslate2 format has "
        "model.bin and config.json); choose another folder or download a model."
    )


@dataclass(eq=False, kw_only=True)
class UnknownTranscriptionModel(TelaahError):
    template = "No transcription model named '{name}'; known models: {known}."

    name: str
    known: str


@dataclass(eq=False, kw_only=True)
class SourceWithoutRecording(TelaahError):
    template = "The source '{title}' has no recording; import one first."

    title: str
