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


def test_the_demo_study_has_a_synchronised_recording(demo_project: Project) -> None:
    from app.core.lookup import lookup_source

    source_id = lookup_source(demo_project, title="I4_pendamping").id
    view = read_recording(demo_project, source_id=source_id)
    assert view is not None and view.mime == "audio/ogg" and view.duration_ms > 30_000
    turns = read_source(demo_project, source_id=source_id).turns
    # Each of the first four turns starts at its point; the fourth ends near the end.
    assert [view.time_at(turn.start) for turn in turns[:4]] == sorted(
        view.time_at(turn.start) or 0 for turn in turns[:4])
    assert view.time_at(turns[0].start) == 0
    assert view.passage_times(turns[3].start, turns[3].end) is not None
    times = [point.time_ms for point in view.sync_points]
    assert times == sorted(times) and times[-1] <= view.duration_ms
    # Only the first four turns are recorded: later turns have no time, not a made-up one.
    assert view.time_at(turns[17].start + 5) is None
    assert view.passage_times(turns[17].start, turns[17].end) is None


def test_sync_points_are_checked(demo_project: Project) -> None:
    from app.core.lookup import lookup_source
    from app.core.recordings import SyncPoint, set_sync_points
    from app.errors import InvalidValue, OffsetsOutOfRange

    source_id = lookup_source(demo_project, title="I4_pendamping").id
    before = read_recording(demo_project, source_id=source_id)
    with pytest.raises(InvalidValue):
        set_sync_points(demo_project, source_id=source_id,
                        points=[SyncPoint(0, 5000), SyncPoint(10, 1000)])
    with pytest.raises(OffsetsOutOfRange):
        set_sync_points(demo_project, source_id=source_id, points=[SyncPoint(10**9, 0)])
    assert read_recording(demo_project, source_id=source_id) == before


def test_citations_of_a_recorded_interview_carry_the_time(demo_project: Project) -> None:
    from app.analysis.citation import cite
    from app.core.coded_corpus import load_coded_corpus
    from app.core.lookup import lookup_source
    from app.io.export_labels import ExportLabels

    source_id = lookup_source(demo_project, title="I4_pendamping").id
    turns = read_source(demo_project, source_id=source_id).turns
    view = read_recording(demo_project, source_id=source_id)
    assert view is not None
    corpus = load_coded_corpus(demo_project)
    source = next(item for item in corpus.sources if item.id == source_id)
    informant = next(item for item in corpus.informants if item.label == "I4")
    citation = cite(source, informant, turns[3].start + 40)
    expected = view.time_at(turns[3].start + 40) or 0
    assert citation.time == f"00:00:{expected // 1000:02d}"
    text = ExportLabels("id").citation(citation)
    assert text.startswith("(Informan 4") and text.endswith(f", {citation.time})")
    # A turn the recording does not reach is cited without a time.
    assert cite(source, informant, turns[17].start + 5).time is None
    # A typed transcript without a recording is cited as before.
    other = next(item for item in corpus.sources if item.title == "I3_kepala_bidang")
    assert cite(other, None, 100).time is None


def test_citations_say_a_transcript_is_machine_made(demo_project: Project) -> None:
    from app.analysis.citation import cite
    from app.core.coded_corpus import load_coded_corpus
    from app.core.lookup import lookup_source
    from app.core.transcription import mark_checked
    from app.io.export_labels import ExportLabels

    source_id = lookup_source(demo_project, title="I4_pendamping").id
    mark_checked(demo_project, source_id=source_id, checked=False)
    source = next(item for item in load_coded_corpus(demo_project).sources
                  if item.id == source_id)
    text = ExportLabels("id").citation(cite(source, None, 500))
    assert text.endswith(", transkrip mesin belum diperiksa)")
    mark_checked(demo_project, source_id=source_id)
    source = next(item for item in load_coded_corpus(demo_project).sources
                  if item.id == source_id)
    assert "mesin" not in ExportLabels("en").citation(cite(source, None, 500))


def test_citations_carry_the_time_range_of_a_coded_passage(demo_project: Project,
                                                           tmp_path: Path) -> None:
    from docx import Document

    from app.analysis.citation import cite
    from app.core.coded_corpus import load_coded_corpus
    from app.core.codes import list_codes
    from app.core.coding_by_name import code_span
    from app.core.excerpts import ExcerptOptions, export_excerpts
    from app.core.lookup import lookup_source
    from app.io.export_labels import ExportLabels
    from app.io.sync_points import clock

    source_id = lookup_source(demo_project, title="I4_pendamping").id
    document = read_source(demo_project, source_id=source_id)
    turns = document.turns
    view = read_recording(demo_project, source_id=source_id)
    assert view is not None
    start, end = turns[1].start + 10, turns[2].start + 30
    begin, finish = view.passage_times(start, end) or (0, 0)
    assert clock(begin) != clock(finish)
    expected = f"{clock(begin)}\u2013{clock(finish)}"
    corpus = load_coded_corpus(demo_project)
    source = next(item for item in corpus.sources if item.id == source_id)
    informant = next(item for item in corpus.informants if item.label == "I4")
    citation = cite(source, informant, start, end=end)
    assert citation.time == expected
    assert ExportLabels("en").citation(citation).endswith(f", {expected})")
    # Past what the recording reaches the range stops there; unreached text has none.
    assert cite(source, informant, turns[17].start, end=turns[17].end).time is None
    # The Word excerpts cite the coded passage with its range.
    code = next(item for item in list_codes(demo_project) if item.codable)
    code_span(demo_project, source="I4_pendamping", code=code.path, coder="Uji",
              start=start, end=end)
    path = tmp_path / "kutipan.docx"
    export_excerpts(demo_project, path=path, options=ExcerptOptions(),
                    labels=ExportLabels("id"))
    texts = [paragraph.text for paragraph in Document(str(path)).paragraphs]
    at = texts.index(document.text[start:end])
    assert texts[at + 1].startswith("(Informan 4") and texts[at + 1].endswith(
        f", {expected})")
