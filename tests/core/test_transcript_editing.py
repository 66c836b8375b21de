"""Transcription mode's core: the transcript with its times as text, and back, keeping
coded segments on their words."""

from __future__ import annotations

import pytest

from app.core.lookup import lookup_code, lookup_coder, lookup_source
from app.core.project import Project
from app.core.recordings import read_recording
from app.core.segments import add_segment, list_segments
from app.core.sources import read_source
from app.core.transcript_editing import apply_marked_transcript, marked_transcript
from app.errors.media import TranscriptPastRecording, TranscriptTimeBackwards


def _source(project: Project) -> int:
    return lookup_source(project, title="I4_pendamping").id


def test_unchanged_marked_text_gives_back_text_and_times(demo_project: Project) -> None:
    source_id = _source(demo_project)
    before = read_recording(demo_project, source_id=source_id)
    text = read_source(demo_project, source_id=source_id).text
    marked = marked_transcript(demo_project, source_id=source_id)
    assert "[00:00:00.000] Pewawancara:" in marked
    apply_marked_transcript(demo_project, source_id=source_id, text=marked)
    assert read_source(demo_project, source_id=source_id).text == text
    after = read_recording(demo_project, source_id=source_id)
    assert after is not None and before is not None
    assert after.sync_points == before.sync_points


def test_corrections_keep_segments_and_new_times_count(demo_project: Project) -> None:
    source_id = _source(demo_project)
    text = read_source(demo_project, source_id=source_id).text
    start = text.index("Tugas pokoknya")
    code_id = lookup_code(demo_project, key="Kinerja/Kualitas").id
    segment = add_segment(demo_project, source_id=source_id, code_id=code_id, start=start,
                          end=start + len("Tugas pokoknya ya mendampingi UMKM binaan"),
                          coder_id=lookup_coder(demo_project, name="Annisa").id)
    marked = marked_transcript(demo_project, source_id=source_id)
    corrected = marked.replace("Selamat siang, Pak Fajar.",
                               "Selamat siang, Pak Fajar, [00:00:02.500] apa kabar?")
    apply_marked_transcript(demo_project, source_id=source_id, text=corrected)
    new_text = read_source(demo_project, source_id=source_id).text
    assert "Pak Fajar, apa kabar?" in new_text and "[00:" not in new_text
    moved = next(item for item in list_segments(demo_project, source_id=source_id)
                 if item.id == segment.created)
    assert new_text[moved.start:moved.end] == "Tugas pokoknya ya mendampingi UMKM binaan"
    view = read_recording(demo_project, source_id=source_id)
    assert view is not None and not view.machine_made
    assert view.time_at(new_text.index("apa kabar?")) == 2500


@pytest.mark.parametrize(("stamp", "error"), [("[00:00:30.000]", TranscriptTimeBackwards),
                                              ("[00:59:00]", TranscriptPastRecording)])
def test_bad_times_change_nothing(demo_project: Project, stamp: str,
                                 error: type[Exception]) -> None:
    source_id = _source(demo_project)
    text = read_source(demo_project, source_id=source_id).text
    marked = marked_transcript(demo_project, source_id=source_id)
    broken = (marked + f"\n{stamp} Informan: tambahan" if error is TranscriptPastRecording
              else marked.replace("Selamat siang", f"{stamp} Selamat siang", 1))
    with pytest.raises(error):
        apply_marked_transcript(demo_project, source_id=source_id, text=broken)
    assert read_source(demo_project, source_id=source_id).text == text
