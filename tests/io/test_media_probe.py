"""Recordings are checked before import: every supported form passes with its duration;
empty, damaged, cut-off, silent-less and oddly encoded files are refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import FileNotFoundProblem, TelaahError
from app.errors.media import (
    MediaDamaged,
    MediaEmpty,
    MediaUnsupportedCodec,
    MediaWithoutSound,
    UnsupportedMediaType,
)
from app.io.media_probe import probe_media
from tests.media_builders import convert, speak, tone


@pytest.fixture(scope="module")
def recordings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("recordings")
    speech = speak(folder / "speech.wav", "The office opened at eight in the morning.")
    made = {"wav": speech, "tone": tone(folder / "tone.wav", 3.0)}
    for name, codec, video in (("mp3", "libmp3lame", False), ("m4a", "aac", False),
                               ("ogg", "libopus", False), ("mp4", "aac", True)):
        made[name] = convert(speech, folder / f"speech.{name}", codec=codec, video=video)
    return made


@pytest.mark.parametrize(("name", "media_type", "codec"), [
    ("wav", "audio", "pcm_s16le"), ("mp3", "audio", "mp3"), ("m4a", "audio", "aac"),
    ("ogg", "audio", "opus"), ("mp4", "video", "aac"),
])
def test_supported_recordings(recordings: dict[str, Path], name: str, media_type: str,
                              codec: str) -> None:
    info = probe_media(recordings[name])
    assert info.media_type == media_type
    assert info.audio_codec.startswith(codec)
    # espeak-ng says the sentence in about three seconds.
    assert 1500 < info.duration_ms < 6000
    assert abs(info.duration_ms - probe_media(recordings["wav"]).duration_ms) < 100
    assert info.byte_size == recordings[name].stat().st_size
    assert info.meta()["duration_ms"] == info.duration_ms


def test_exact_duration_of_a_tone(recordings: dict[str, Path]) -> None:
    assert probe_media(recordings["tone"]).duration_ms == 3000


def _cut(source: Path, target: Path) -> Path:
    data = source.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


@pytest.mark.parametrize("name", ["wav", "tone", "mp3", "m4a", "mp4"])
def test_cut_off_recordings_are_damaged(recordings: dict[str, Path], tmp_path: Path,
                                        name: str) -> None:
    path = _cut(recordings[name], tmp_path / f"cut{recordings[name].suffix}")
    with pytest.raises(MediaDamaged) as raised:
        probe_media(path)
    assert str(path) in str(raised.value)


def test_bad_files(tmp_path: Path, recordings: dict[str, Path]) -> None:
    cases: list[tuple[Path, type[TelaahError]]] = []
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    cases.append((empty, MediaEmpty))
    junk = tmp_path / "junk.mp3"
    junk.write_bytes(bytes(range(256)) * 64)
    cases.append((junk, MediaDamaged))
    text = tmp_path / "notes.m4a"
    text.write_text("Informan 1: bukan rekaman\n" * 40, encoding="utf-8")
    cases.append((text, MediaDamaged))
    cases.append((tmp_path / "missing.wav", FileNotFoundProblem))
    cases.append((tmp_path / "film.avi", UnsupportedMediaType))
    # ADPCM in a WAV container: FFmpeg reads it, Qt Multimedia back ends do not all play it.
    adpcm = convert(recordings["wav"], tmp_path / "adpcm.wav", codec="adpcm_ima_wav")
    cases.append((adpcm, MediaUnsupportedCodec))
    for path, error in cases:
        with pytest.raises(error) as raised:
            probe_media(path)
        message = str(raised.value)
        assert str(path) in message and "\n" not in message, message


def test_video_without_sound(tmp_path: Path) -> None:
    from fractions import Fraction

    import av
    import numpy as np

    path = tmp_path / "silent.mp4"
    with av.open(str(path), "w") as writing:
        stream = writing.add_stream("mpeg4", rate=10)
        stream.width, stream.height = 32, 32  # type: ignore[union-attr]  # a video stream
        stream.pix_fmt = "yuv420p"  # type: ignore[union-attr]  # a video stream
        for index in range(10):
            frame = av.VideoFrame.from_ndarray(np.zeros((32, 32, 3), np.uint8), format="rgb24")
            frame.pts, frame.time_base = index, Fraction(1, 10)
            writing.mux(stream.encode(frame))  # type: ignore[union-attr]  # a video stream
        writing.mux(stream.encode(None))  # type: ignore[union-attr]  # a video stream
    with pytest.raises(MediaWithoutSound):
        probe_media(path)
