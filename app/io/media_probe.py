"""Check a recording (audio or video) before it becomes part of a project.

:func:`probe_media` reads every packet of the file with PyAV (FFmpeg) without decoding the
whole of it, decodes its first and last stretch of sound, and returns what Telaah keeps
about it: the kind (audio or video), the playable duration, the codecs. A file that is
empty, damaged, cut off (the container promises more than the packets hold), without a
sound track or encoded in a codec Telaah does not play is refused with one error naming the
file; nothing is written anywhere.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from app.errors import FileIsFolder, FileNotFoundProblem, FileNotRegular
from app.errors.media import (
    MediaDamaged,
    MediaEmpty,
    MediaUnsupportedCodec,
    MediaWithoutSound,
    UnsupportedMediaType,
)

AUDIO = "audio"
VIDEO = "video"
# The suffixes Telaah imports as recordings, with the MIME type each is kept under.
MIME_TYPES = {".wav": "audio/wav", ".mp3": "audio/mpeg", ".m4a": "audio/mp4",
              ".ogg": "audio/ogg", ".oga": "audio/ogg", ".opus": "audio/ogg",
              ".mp4": "video/mp4"}
# Sound codecs every Qt Multimedia back end plays and faster-whisper decodes.
AUDIO_CODECS = frozenset({"mp3", "mp3float", "aac", "vorbis", "opus", "flac", "alac"})
VIDEO_CODECS = frozenset({"h264", "hevc", "mpeg4", "av1", "vp9", "vp8"})
# The playable length may fall this much short of the promised one (encoder padding,
# rounding of a header's estimate): a quarter second plus one per cent.
_TRUNCATION_TOLERANCE_MS = 250
_TRUNCATION_TOLERANCE_SHARE = 0.01
_CHECKED_PACKETS = 50


@dataclass(frozen=True)
class MediaInfo:
    """What a recording holds. ``video_codec`` is ``""`` for sound only."""

    media_type: str
    mime: str
    duration_ms: int
    audio_codec: str
    video_codec: str
    sample_rate: int
    channels: int
    byte_size: int

    def meta(self) -> dict[str, Any]:
        """The JSON object a project keeps with the file."""
        return {"duration_ms": self.duration_ms, "audio_codec": self.audio_codec,
                "video_codec": self.video_codec, "sample_rate": self.sample_rate,
                "channels": self.channels}


def media_suffix_supported(path: Path) -> bool:
    return path.suffix.lower() in MIME_TYPES


def probe_media(path: Path) -> MediaInfo:
    """Check ``path`` as a recording; raise a :class:`~app.errors.FileProblem` if it is none."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in MIME_TYPES:
        raise UnsupportedMediaType(path=path, suffix=suffix or path.name)
    if not path.exists():
        raise FileNotFoundProblem(path=path)
    if path.is_dir():
        raise FileIsFolder(path=path)
    if not path.is_file():
        raise FileNotRegular(path=path)
    size = path.stat().st_size
    if size == 0:
        raise MediaEmpty(path=path)
    import av  # FFmpeg is loaded only when a recording is looked at

    try:
        with av.open(str(path), mode="r") as container:
            return _probe_open(container, path, suffix, size)
    except (av.error.FFmpegError, UnicodeDecodeError, ValueError, OSError) as error:
        raise MediaDamaged(path=path, detail=error) from error


def probe_media_bytes(data: bytes, name: str) -> MediaInfo:
    """Check a recording held in memory (from an archive); ``name`` gives its type and
    names it in errors."""
    import tempfile

    suffix = Path(name).suffix.lower()
    if suffix not in MIME_TYPES:
        raise UnsupportedMediaType(path=name, suffix=suffix or name)
    with tempfile.TemporaryDirectory(prefix="telaah-media-") as folder:
        copy = Path(folder) / f"recording{suffix}"
        copy.write_bytes(data)
        try:
            return probe_media(copy)
        except (MediaDamaged, MediaEmpty, MediaUnsupportedCodec, MediaWithoutSound) as error:
            raise dataclasses.replace(error, path=name) from error


def _probe_open(container: Any, path: Path, suffix: str, size: int) -> MediaInfo:
    if not container.streams.audio:
        raise MediaWithoutSound(path=path)
    audio = container.streams.audio[0]
    audio_codec = audio.codec_context.name
    if not (audio_codec in AUDIO_CODECS or audio_codec.startswith("pcm_")):
        raise MediaUnsupportedCodec(path=path, codec=audio_codec)
    video_codec = ""
    if container.streams.video:
        video_codec = container.streams.video[0].codec_context.name
        if video_codec not in VIDEO_CODECS:
            raise MediaUnsupportedCodec(path=path, codec=video_codec)
    played_ms = _check_packets(container, audio, path)
    promised_ms = _promised_ms(container, audio)
    if suffix == ".wav":
        promised_ms = max(promised_ms, _wav_header_ms(path))
    tolerance_ms = _TRUNCATION_TOLERANCE_MS + promised_ms * _TRUNCATION_TOLERANCE_SHARE
    if promised_ms and played_ms + tolerance_ms < promised_ms:
        raise MediaDamaged(path=path, detail=f"{played_ms} ms of {promised_ms} ms present")
    if played_ms <= 0:
        raise MediaDamaged(path=path, detail="no sound in the file")
    mime = MIME_TYPES[suffix]
    if suffix == ".mp4" and not video_codec:
        mime = "audio/mp4"
    return MediaInfo(media_type=VIDEO if video_codec else AUDIO, mime=mime,
                     duration_ms=played_ms, audio_codec=audio_codec, video_codec=video_codec,
                     sample_rate=int(audio.codec_context.sample_rate or 0),
                     channels=int(audio.codec_context.channels or 0), byte_size=size)


def _check_packets(container: Any, audio: Any, path: Path) -> int:
    """Read every sound packet; decode the first and the last ones. The end of the last
    packet is the playable duration in milliseconds."""
    time_base = audio.time_base or Fraction(1, audio.codec_context.sample_rate or 1)
    end = 0
    tail: list[Any] = []
    decoded = 0
    for packet in _audio_packets(container, audio):
        if packet.pts is not None:
            end = max(end, packet.pts + (packet.duration or 0))
        if decoded < _CHECKED_PACKETS:
            audio.codec_context.decode(packet)
            decoded += 1
        else:
            tail.append(packet)
            if len(tail) > _CHECKED_PACKETS:
                tail.pop(0)
    for packet in tail:
        audio.codec_context.decode(packet)
    start = audio.start_time or 0
    return max(0, round((end - start) * time_base * 1000))


def _audio_packets(container: Any, audio: Any) -> Iterator[Any]:
    for packet in container.demux(audio):
        if packet.size:  # the flushing packet at the end carries nothing
            yield packet


def _wav_header_ms(path: Path) -> int:
    """The length a PCM WAV header promises (FFmpeg goes by the file size instead); 0 when
    the header does not say (a streamed file's placeholder size, not PCM)."""
    import wave

    try:
        with wave.open(str(path), "rb") as stream:
            frames, rate = stream.getnframes(), stream.getframerate()
            width, channels = stream.getsampwidth(), stream.getnchannels()
    except (wave.Error, EOFError, OSError):
        return 0
    if not rate or frames * width * channels >= 0x7FFF_F000:  # a streaming placeholder
        return 0
    return frames * 1000 // rate


def _promised_ms(container: Any, audio: Any) -> int:
    if audio.duration is not None and audio.time_base is not None:
        return int(round(audio.duration * audio.time_base * 1000))
    if container.duration is not None:
        return int(round(container.duration / 1000))  # microseconds (AV_TIME_BASE)
    return 0
