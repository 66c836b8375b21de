"""Recordings become interview sources with their transcript's times; bad recordings and
transcripts whose times run past the recording leave the project unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.project import Project
from app.core.recordings import (
    attach_recording,
    import_recording,
    passage_times,
    read_recording,
    recording_file,
)
from app.core.sources import list_sources, read_source
from app.errors.media import MediaDamaged, TranscriptPastRecording
from tests.media_builders import SENTENCES, convert, speak_turns


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[int, int]]]:
    folder = tmp_path_factory.mktemp("speech")
    return speak_turns(folder / "wawancara.wav", SENTENCES[:2])


def _transcript(folder: Path, spans: list[tuple[int, int]]) -> Path:
    lines = [f"[{start // 60000:02d}:{start // 1000 % 60:02d}.{start % 1000:03d}] "
             f"{'Pewawancara' if index % 2 == 0 else 'Informan 3'}: {sentence}"
             for index, ((start, _), sentence) in enumerate(zip(spans, SENTENCES))]
    path = folder / "wawancara.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_recording_with_timed_transcript(empty_project: Project, tmp_path: Path,
                                         speech: tuple[Path, list[tuple[int, int]]]) -> None:
    wav, spans = speech
    mp3 = convert(wav, tmp_path / "wawancara.mp3", codec="libmp3lame")
    changes = import_recording(empty_project, path=mp3, title="Wawancara 3",
                               transcript=_transcript(tmp_path, spans))
    assert changes.created is not None
    source_id = changes.created
    document = read_source(empty_project, source_id=source_id)
    assert [turn.speaker for turn in document.turns] == ["Pewawancara", "Informan 3"]
    view = read_recording(empty_project, source_id=source_id)
    assert view is not None and view.media_type == "audio" and view.mime == "audio/mpeg"
    assert abs(view.duration_ms - spans[-1][1]) < 200
    assert [point.time_ms for point in view.sync_points] == [spans[0][0], spans[1][0]]
    # The informant's turn is heard from its time on; a passage inside it gets a range.
    turn = document.turns[1]
    assert view.time_at(turn.start) == spans[1][0]
    begin, end = passage_times(empty_project, source_id=source_id, start=turn.start + 5,
                               end=turn.end) or (0, 0)
    assert spans[1][0] < begin < end <= view.duration_ms
    # The bytes kept are the file's bytes, handed to a player as a file.
    played = recording_file(empty_project, source_id=source_id, folder=tmp_path / "cache")
    assert played.read_bytes() == mp3.read_bytes()
    assert recording_file(empty_project, source_id=source_id, folder=tmp_path / "cache") == played


def test_recording_without_transcript_waits_for_one(empty_project: Project,
                                                    speech: tuple[Path, list[tuple[int, int]]]
                                                    ) -> None:
    wav, _ = speech
    changes = import_recording(empty_project, path=wav, title="Belum ditranskripsi")
    assert changes.created is not None
    assert read_source(empty_project, source_id=changes.created).text == ""
    view = read_recording(empty_project, source_id=changes.created)
    assert view is not None and view.sync_points == () and view.time_at(0) is None


def test_bad_input_leaves_the_project_unchanged(empty_project: Project, tmp_path: Path,
                                                speech: tuple[Path, list[tuple[int, int]]]
                                                ) -> None:
    wav, spans = speech
    late = tmp_path / "late.txt"
    late.write_text("[00:00:01] Informan 3: awal\n[00:09:00] Informan 3: terlambat\n",
                    encoding="utf-8")
    with pytest.raises(TranscriptPastRecording) as raised:
        import_recording(empty_project, path=wav, title="Terlambat", transcript=late)
    assert raised.value.line == 2
    cut = tmp_path / "cut.wav"
    cut.write_bytes(wav.read_bytes()[: wav.stat().st_size // 2])
    with pytest.raises(MediaDamaged):
        import_recording(empty_project, path=cut, title="Rusak")
    assert list_sources(empty_project) == []


def test_attach_a_recording_to_a_typed_transcript(demo_project: Project, tmp_path: Path,
                                                  speech: tuple[Path, list[tuple[int, int]]]
                                                  ) -> None:
    wav, _ = speech
    source = list_sources(demo_project)[0]
    before = read_source(demo_project, source_id=source.id).text
    attach_recording(demo_project, source_id=source.id, path=wav)
    view = read_recording(demo_project, source_id=source.id)
    assert view is not None and view.media_type == "audio"
    assert read_source(demo_project, source_id=source.id).text == before
