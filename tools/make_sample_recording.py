"""Make the sample study's recording: the first turns of I4_pendamping read by espeak-ng.

Run once (``python tools/make_sample_recording.py``) when the passage changes; the result
is shipped (``sample_transcripts/recordings/``): an Ogg Opus file and ``*.sync.csv``
saying when each turn starts and ends, which the demo build turns into sync points. The
interviewer and the informant get different espeak-ng voices. Needs espeak-ng and PyAV.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.io.source_file import read_source_file  # noqa: E402 - after the path is set

SOURCE = ROOT / "sample_transcripts" / "I4_pendamping.txt"
TARGET = ROOT / "sample_transcripts" / "recordings"
TURNS = 4
RATE = 16_000
PAUSE_MS = 700
VOICES = {"interviewer": "id+f3", "informant": "id"}


def speak(text: str, voice: str, folder: Path) -> np.ndarray:
    wav = folder / "turn.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", "160", "-w", str(wav), text], check=True,
                   capture_output=True)
    with av.open(str(wav)) as container:
        resampler = av.AudioResampler(format="s16", layout="mono", rate=RATE)
        frames = [resampled.to_ndarray().reshape(-1)
                  for frame in container.decode(audio=0)
                  for resampled in resampler.resample(frame)]
        frames += [resampled.to_ndarray().reshape(-1) for resampled in resampler.resample(None)]
    return np.concatenate(frames)


def main() -> int:
    source = read_source_file(SOURCE)
    text = source.text
    rows: list[tuple[int, int, int]] = []
    pieces: list[np.ndarray] = []
    position = 0
    with tempfile.TemporaryDirectory() as folder:
        for turn in source.turns[:TURNS]:
            words = text[turn.start:turn.end].split(":", 1)[1].strip()
            samples = speak(words, VOICES[turn.role or "informant"], Path(folder))
            start = position * 1000 // RATE
            pieces.append(samples)
            position += len(samples)
            rows.append((turn.number, start, position * 1000 // RATE))
            silence = np.zeros(RATE * PAUSE_MS // 1000, dtype=np.int16)
            pieces.append(silence)
            position += len(silence)
    audio = np.concatenate(pieces).astype(np.int16)
    TARGET.mkdir(exist_ok=True)
    target = TARGET / f"{SOURCE.stem}.ogg"
    with av.open(str(target), "w") as container:
        stream = container.add_stream("libopus", rate=RATE)
        stream.bit_rate = 20_000  # type: ignore[union-attr]  # an audio stream
        stream.layout = "mono"  # type: ignore[union-attr]  # an audio stream
        for offset in range(0, len(audio), 960):
            chunk = audio[offset:offset + 960].reshape(1, -1)
            frame = av.AudioFrame.from_ndarray(chunk, format="s16", layout="mono")
            frame.sample_rate = RATE
            frame.pts = offset
            frame.time_base = Fraction(1, RATE)
            container.mux(stream.encode(frame))  # type: ignore[union-attr]  # audio stream
        container.mux(stream.encode(None))  # type: ignore[union-attr]  # an audio stream
    with (TARGET / f"{SOURCE.stem}.sync.csv").open("w", newline="", encoding="utf-8") as sink:
        writer = csv.writer(sink)
        writer.writerow(("turn", "start_ms", "end_ms"))
        writer.writerows(rows)
    print(f"{target}: {target.stat().st_size // 1024} KB, {position * 1000 // RATE} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
