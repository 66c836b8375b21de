"""Revising a transcript on the demo study: segments follow their words or are flagged."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from app.analysis.reanchoring import PlacementStatus
from app.core.project import Project
from app.core.segments import list_segments
from app.core.source_revision import (
    UNPLACED_MEMO_TITLE,
    list_unanchored_segments,
    plan_source_revision,
    revise_source,
)
from app.core.sources import list_sources
from app.errors import FileEmpty, NotFound
from app.models import Memo, Source

TITLE = "I1_kepala_dinas"


def _source(project: Project) -> tuple[int, str]:
    with project.reading() as session:
        source = session.scalar(select(Source).where(Source.title == TITLE))
        return source.id, source.text


def _corrected(text: str) -> tuple[str, str, str]:
    """A corrected version: a heading added, a paragraph moved, another deleted, a typo fixed."""
    paragraphs = text.split("\n")
    moved_index = next(i for i, p in enumerate(paragraphs) if "belum maksimal" in p)
    deleted_index = next(i for i, p in enumerate(paragraphs) if "e-kinerja" in p)
    moved, deleted = paragraphs[moved_index], paragraphs[deleted_index]
    kept = [p for i, p in enumerate(paragraphs) if i not in (moved_index, deleted_index)]
    kept.insert(len(kept) - 2, moved)
    new = "TRANSKRIP (revisi 2)\n\n" + "\n".join(kept)
    return new.replace("Kota Bengkulu", "Kota  Bengkulu", 1), moved, deleted


def test_revision_keeps_segments_on_their_words(demo_project: Project) -> None:
    source_id, old = _source(demo_project)
    new, _moved, deleted = _corrected(old)
    before = {s.id: s for s in list_segments(demo_project, source_id=source_id)}

    result = revise_source(demo_project, source_id=source_id, text=new)

    plan = result.plan
    assert len(plan.placements) == len(before)
    assert plan.count(PlacementStatus.MOVED) >= 1 and plan.count(PlacementStatus.SHIFTED) >= 1
    after = {s.id: s for s in list_segments(demo_project, source_id=source_id)}
    assert set(after) == set(before)  # nothing dropped
    for placement in plan.placements:
        segment = after[placement.segment_id]
        assert new[segment.start : segment.end] == segment.text or (
            placement.status is PlacementStatus.UNPLACED)
        if placement.status in (PlacementStatus.SHIFTED, PlacementStatus.MOVED,
                                PlacementStatus.UNCHANGED):
            assert segment.text == before[placement.segment_id].text
    deleted_start = old.index(deleted)
    for placement in plan.placements:
        inside_deleted = deleted_start <= placement.old_start and (
            placement.old_end <= deleted_start + len(deleted))
        if inside_deleted:
            assert placement.status is PlacementStatus.UNPLACED
    assert result.changes.sources == {source_id}


def test_unplaced_segments_are_kept_flagged_and_listed(demo_project: Project) -> None:
    source_id, old = _source(demo_project)
    new, _moved, deleted = _corrected(old)
    result = revise_source(demo_project, source_id=source_id, text=new)
    unplaced = {p.segment_id: p for p in result.plan.unplaced}
    assert unplaced

    listed = list_unanchored_segments(demo_project, source_id=source_id)

    assert {row.segment_id for row in listed} == set(unplaced)
    for row in listed:
        assert row.snapshot == unplaced[row.segment_id].old_text  # the coded words survive
        assert row.snapshot in deleted or row.snapshot not in new
    with demo_project.reading() as session:
        memos = session.execute(
            select(Memo.id, Memo.segment_id, Memo.body)
            .where(Memo.title == UNPLACED_MEMO_TITLE)).all()
    assert {memo.segment_id for memo in memos} == set(unplaced)
    assert result.changes.memos == {memo.id for memo in memos}
    for memo in memos:  # where it was, as a reader finds it: a turn, never offsets
        assert re.search(r"old position: giliran / turn \d+;", memo.body), memo.body
        assert not re.search(r"\[\d+, \d+\)", memo.body)


def test_the_plan_changes_nothing(demo_project: Project) -> None:
    source_id, old = _source(demo_project)
    new, _moved, _deleted = _corrected(old)

    plan = plan_source_revision(demo_project, source_id=source_id, text=new)

    assert plan.new_length == len(new) and plan.old_length == len(old)
    assert _source(demo_project)[1] == old
    assert list_unanchored_segments(demo_project) == []


def test_revision_from_a_file_updates_the_source(demo_project: Project, tmp_path: Path) -> None:
    source_id, old = _source(demo_project)
    corrected = tmp_path / "I1_koreksi.txt"
    corrected.write_bytes(("\ufeff" + old.replace("Dek.", "Dik.")).replace("\n", "\r\n").encode())

    revise_source(demo_project, source_id=source_id, path=corrected)

    with demo_project.reading() as session:
        source = session.get_one(Source, source_id)
        assert source.text == old.replace("Dek.", "Dik.")
        assert source.char_count == len(source.text)
        assert source.file_name == "I1_koreksi.txt"
        assert source.turns  # recomputed speaker turns
        text = source.text
    assert all(s.text == text[s.start : s.end]
               for s in list_segments(demo_project, source_id=source_id)
               if "Dik." not in s.text)


def test_bad_revisions_change_nothing(demo_project: Project) -> None:
    source_id, old = _source(demo_project)

    with pytest.raises(FileEmpty) as empty:
        revise_source(demo_project, source_id=source_id, text="  \n ")
    title = next(s.title for s in list_sources(demo_project) if s.id == source_id)
    assert empty.value.message().startswith(f"{title}: ")  # its title, not "source 1"
    with pytest.raises(NotFound):
        revise_source(demo_project, source_id=9999, text="teks")

    assert _source(demo_project)[1] == old


def _recorded(project: Project) -> tuple[int, str]:
    from app.core.lookup import lookup_source
    from app.core.transcript_editing import marked_transcript

    source_id = lookup_source(project, title="I4_pendamping").id
    return source_id, marked_transcript(project, source_id=source_id)


def test_a_timed_corrected_transcript_brings_its_sync_points(demo_project: Project,
                                                              tmp_path: Path) -> None:
    from app.core.recordings import read_recording
    from app.core.sources import read_source
    from app.io.sync_points import clock_precise

    source_id, marked = _recorded(demo_project)
    before = read_recording(demo_project, source_id=source_id)
    assert before is not None and len(before.sync_points) >= 4
    # The third mark is set 1.5 s later; a note is added before the first turn.
    old_mark = f"[{clock_precise(before.sync_points[2].time_ms)}]"
    later = before.sync_points[2].time_ms + 1500
    assert marked.count(old_mark) == 1 and later < before.sync_points[3].time_ms
    new_mark = f"[{clock_precise(later)}]"
    corrected = tmp_path / "I4_revisi.txt"
    corrected.write_text("Catatan: rekaman diperiksa ulang.\n"
                         + marked.replace(old_mark, new_mark), encoding="utf-8")
    segments = {s.id: s.text for s in list_segments(demo_project, source_id=source_id)}
    revise_source(demo_project, source_id=source_id, path=corrected)
    after = read_recording(demo_project, source_id=source_id)
    assert after is not None
    text = read_source(demo_project, source_id=source_id).text
    assert "[" not in text  # the marks became times, not words
    shift = len("Catatan: rekaman diperiksa ulang.\n")
    assert [p.offset for p in after.sync_points] == [p.offset + shift
                                                     for p in before.sync_points]
    times = [p.time_ms for p in after.sync_points]
    assert times[2] == later and times[:2] == [p.time_ms for p in before.sync_points[:2]]
    # The segments stay on their words.
    assert {s.id: text[s.start:s.end] for s in list_segments(
        demo_project, source_id=source_id)} == segments


def test_an_untimed_correction_moves_the_sync_points_with_their_words(
        demo_project: Project, tmp_path: Path) -> None:
    from app.core.recordings import read_recording
    from app.core.sources import read_source

    source_id, _ = _recorded(demo_project)
    before = read_recording(demo_project, source_id=source_id)
    old_text = read_source(demo_project, source_id=source_id).text
    assert before is not None
    corrected = tmp_path / "I4_revisi.txt"
    corrected.write_text("Catatan pewawancara di awal.\n\n" + old_text, encoding="utf-8")
    revise_source(demo_project, source_id=source_id, path=corrected)
    after = read_recording(demo_project, source_id=source_id)
    new_text = read_source(demo_project, source_id=source_id).text
    assert after is not None and after.sync_points
    assert [p.time_ms for p in after.sync_points] == [p.time_ms for p in before.sync_points]
    for old, new in zip(before.sync_points, after.sync_points):
        assert new_text[new.offset:new.offset + 30] == old_text[old.offset:old.offset + 30]


def test_a_timed_correction_past_the_recording_changes_nothing(demo_project: Project,
                                                                tmp_path: Path) -> None:
    from app.core.recordings import read_recording
    from app.core.sources import read_source
    from app.errors.media import TranscriptPastRecording

    source_id, marked = _recorded(demo_project)
    before = (read_recording(demo_project, source_id=source_id),
              read_source(demo_project, source_id=source_id).text)
    corrected = tmp_path / "I4_terlambat.txt"
    corrected.write_text(marked + "\n[02:00:00.000] Informan 4: terlambat.\n",
                         encoding="utf-8")
    with pytest.raises(TranscriptPastRecording):
        revise_source(demo_project, source_id=source_id, path=corrected)
    assert (read_recording(demo_project, source_id=source_id),
            read_source(demo_project, source_id=source_id).text) == before
