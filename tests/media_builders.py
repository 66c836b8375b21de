"""Recordings for tests, made at test time: speech by espeak-ng, other formats by PyAV.

Nothing is downloaded: espeak-ng is a Debian package (.ci/run installs it) and PyAV's
wheels carry FFmpeg with the encoders used here.
"""

from __future__ import annotations

import shutil
import subprocess
from fractions import Fraction
from pathlib import Path

import numpy as np

SENTENCES = (
    "The interview began with a question about the office.",
    "She said the new system saved time every week.",
    "Most of the staff learned the forms in one month.",
)


def espeak_available() -> bool:
    return shutil.which("espeak-ng") is not None


def speak(path: Path, text: str, *, words_per_minute: int = 150, voice: str = "en-us") -> Path:
    """A WAV file of ``text`` read by espeak-ng (22,050 Hz mono)."""
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(words_per_minute), "-w", str(path),
                    text], check=True, capture_output=True, timeout=120)
    return path


def speak_turns(path: Path, sentences: tuple[str, ...], *, pause_ms: int = 1200
                ) -> tuple[Path, list[tuple[int, int]]]:
    """One WAV of ``sentences`` with ``pause_ms`` of silence between them, and each
    sentence's ``(start_ms, end_ms)``."""
    import av

    chunks: list[np.ndarray] = []
    spans: list[tuple[int, int]] = []
    rate = 22_050
    position = 0
    for index, sentence in enumerate(sentences):
        part = speak(path.with_name(f"{path.stem}-{index}.wav"), sentence)
        with av.open(str(part)) as container:
            samples = np.concatenate([frame.to_ndarray().reshape(-1)
                                      for frame in container.decode(audio=0)])
        part.unlink()
        if chunks:
            silence = np.zeros(rate * pause_ms // 1000, dtype=samples.dtype)
            chunks.append(silence)
            position += len(silence)
        spans.append((position * 1000 // rate, (position + len(samples)) * 1000 // rate))
        chunks.append(samples)
        position += len(samples)
    write_wav(path, np.concatenate(chunks), rate)
    return path, spans


def write_wav(path: Path, samples: np.ndarray, rate: int) -> Path:
    import wave

    with wave.open(str(path), "wb") as stream:
        stream.setnchannels(1)
        stream.setsampwidth(2)
        stream.setframerate(rate)
        stream.writeframes(samples.astype("<i2").tobytes())
    return path


def tone(path: Path, seconds: float, *, rate: int = 16_000) -> Path:
    """A WAV of a 440 Hz tone."""
    times = np.arange(int(seconds * rate)) / rate
    return write_wav(path, (np.sin(2 * np.pi * 440 * times) * 8000).astype(np.int16), rate)


def convert(source: Path, target: Path, *, codec: str, video: bool = False) -> Path:
    """``source`` (a WAV) re-encoded into ``target`` with the audio ``codec``; with ``video``
    a small moving picture (MPEG-4 Part 2) runs alongside."""
    import av

    with av.open(str(source)) as reading, av.open(str(target), "w") as writing:
        rate = reading.streams.audio[0].codec_context.sample_rate
        out_rate = {"libmp3lame": 44_100, "aac": 44_100, "libopus": 48_000}.get(codec, rate)
        audio_out = writing.add_stream(codec, rate=out_rate)
        audio_out.layout = "mono"  # type: ignore[union-attr]  # audio streams have a layout
        picture = None
        if video:
            picture = writing.add_stream("mpeg4", rate=10)
            picture.width, picture.height = 64, 48  # type: ignore[union-attr]  # video stream
            picture.pix_fmt = "yuv420p"  # type: ignore[union-attr]  # video stream
        resampler = av.AudioResampler(format=audio_out.format,  # type: ignore[union-attr]
                                      layout="mono", rate=out_rate)
        seconds = 0.0
        for frame in reading.decode(audio=0):
            seconds = float(frame.pts * frame.time_base) + frame.samples / rate
            for converted in resampler.resample(frame):
                writing.mux(audio_out.encode(converted))  # type: ignore[union-attr]
        for converted in resampler.resample(None):
            writing.mux(audio_out.encode(converted))  # type: ignore[union-attr]
        writing.mux(audio_out.encode(None))  # type: ignore[union-attr]
        if picture is not None:
            for index in range(int(seconds * 10)):
                image = np.full((48, 64, 3), index * 7 % 255, dtype=np.uint8)
                still = av.VideoFrame.from_ndarray(image, format="rgb24")
                still.pts = index
                still.time_base = Fraction(1, 10)
                writing.mux(picture.encode(still))  # type: ignore[union-attr]
            writing.mux(picture.encode(None))  # type: ignore[union-attr]
    return target
