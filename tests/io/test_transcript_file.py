"""Timestamped transcripts in every form read into text, sync points and turns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors.media import (
    InvalidSubtitles,
    InvalidTimestamp,
    TranscriptPastRecording,
    TranscriptTimeBackwards,
    TranscriptWithoutTimes,
)
from app.io.sync_points import SyncPoint, clock, offset_at, time_at
from app.io.timed_transcript import check_within_recording
from app.io.transcript_file import read_transcript_file


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _at(text: str, words: str) -> int:
    return text.index(words)


def test_brackets_at_line_starts(tmp_path: Path) -> None:
    path = _write(tmp_path, "wawancara.txt",
                  "[00:00:05] Pewawancara: Apa kabar?\n"
                  "[00:00:09.5] Informan 3: Baik, terima kasih. 😀 Kantor kami sibuk.\n"
                  "[01:02:03] Pewawancara: Terima kasih.\n")
    read = read_transcript_file(path)
    text = read.source.text
    assert "[" not in text
    assert text.startswith("Pewawancara: Apa kabar?\nInforman 3: Baik")
    assert read.sync_points == (
        SyncPoint(0, 5000),
        SyncPoint(_at(text, "Informan 3"), 9500),
        SyncPoint(_at(text, "Pewawancara: Terima"), 3_723_000),
    )
    assert [turn.speaker for turn in read.source.turns] == ["Pewawancara", "Informan 3",
                                                            "Pewawancara"]
    assert read.timed is not None and read.timed.transcript_format == "brackets"


def test_mark_between_words_keeps_one_space_and_its_place(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "Informan 1: kami mulai [00:01:00] lalu berhenti [01:10]\n")
    read = read_transcript_file(path)
    assert read.source.text == "Informan 1: kami mulai lalu berhenti\n"
    assert read.sync_points == (SyncPoint(_at(read.source.text, "lalu"), 60_000),
                                SyncPoint(len("Informan 1: kami mulai lalu berhenti"), 70_000))


def test_a_line_holding_only_a_time_goes_and_its_time_starts_the_next(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "Judul\n[00:00:03]\nInforman 2: ya\n")
    read = read_transcript_file(path)
    assert read.source.text == "Judul\nInforman 2: ya\n"
    assert read.sync_points == (SyncPoint(6, 3000),)


def test_f4_marks_at_paragraph_ends(tmp_path: Path) -> None:
    path = _write(tmp_path, "f4.txt",
                  "I: Wie war der Tag? #00:00:04-2#\n\nB: Lang und voll. #00:00:11-0#\n")
    read = read_transcript_file(path)
    text = read.source.text
    assert text == "I: Wie war der Tag?\n\nB: Lang und voll.\n"
    assert read.sync_points == (SyncPoint(len("I: Wie war der Tag?"), 4200),
                                SyncPoint(_at(text, "B:") + len("B: Lang und voll."), 11_000))
    assert read.timed is not None and read.timed.transcript_format == "f4"


def test_plain_transcript_has_no_sync_points(tmp_path: Path) -> None:
    read = read_transcript_file(_write(tmp_path, "plain.txt", "Informan 1: tanpa waktu\n"))
    assert read.timed is None and read.sync_points == ()


def test_srt_cues_join_into_turns(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.srt",
                  "1\n00:00:01,000 --> 00:00:03,500\nPewawancara: Sudah berapa lama\ndi sini?\n\n"
                  "2\n00:00:04,000 --> 00:00:06,000\nInforman 4: Lima tahun.\n\n"
                  "3\n00:00:06,000 --> 00:00:08,000\nSebelumnya di Medan.\n\n"
                  "4\n00:00:12,000 --> 00:00:13,250\nSetelah jeda.\n")
    read = read_transcript_file(path)
    text = read.source.text
    assert text == ("Pewawancara: Sudah berapa lama di sini?\n"
                    "Informan 4: Lima tahun. Sebelumnya di Medan.\nSetelah jeda.")
    times = [point.time_ms for point in read.sync_points]
    assert times == sorted(times)
    assert SyncPoint(_at(text, "Informan 4"), 4000) in read.sync_points
    assert SyncPoint(_at(text, "Sebelumnya"), 6000) in read.sync_points
    assert SyncPoint(_at(text, "Setelah"), 12_000) in read.sync_points
    assert read.sync_points[-1] == SyncPoint(len(text), 13_250)
    # The pause after cue 3 leaves its end time; cue 2 runs straight into cue 3.
    assert SyncPoint(_at(text, "\nSetelah"), 8000) in read.sync_points
    assert [turn.speaker for turn in read.source.turns] == ["Pewawancara", "Informan 4"]


def test_webvtt_voices_and_tags(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.vtt",
                  "WEBVTT - wawancara\n\nNOTE dibuat tangan\n\n"
                  "intro\n00:01.000 --> 00:02.000 align:start\n<v Pewawancara>Halo &amp; "
                  "<i>selamat</i> pagi\n\n"
                  "00:02.500 --> 00:04.000\n<v.loud Informan 5>Pagi.\n\n"
                  "00:04.000 --> 00:05.000\n<v Informan 5>Silakan.\n")
    read = read_transcript_file(path)
    assert read.source.text == "Pewawancara: Halo & selamat pagi\nInforman 5: Pagi. Silakan."
    assert [turn.speaker for turn in read.source.turns] == ["Pewawancara", "Informan 5"]
    assert read.sync_points[0] == SyncPoint(0, 1000)


def test_otranscribe_otr(tmp_path: Path) -> None:
    html = ('<p><span class="timestamp" contenteditable="false" data-timestamp="2.5">'
            '00:02</span> Pewawancara: Bagaimana?</p>'
            '<p><span class="timestamp" data-timestamp="65.25">01:05</span>'
            'Informan 6: Baik&nbsp;sekali.<br></p>')
    path = _write(tmp_path, "a.otr", json.dumps({"text": html, "media": "a.mp3",
                                                 "media-time": 70.1}))
    read = read_transcript_file(path)
    text = read.source.text
    assert text == "Pewawancara: Bagaimana?\nInforman 6: Baik sekali."
    assert read.sync_points == (SyncPoint(0, 2500), SyncPoint(_at(text, "Informan"), 65_250))


@pytest.mark.parametrize(("name", "text", "error", "line"), [
    ("back.txt", "[00:00:10] Informan: a\n[00:00:09] Informan: b\n", TranscriptTimeBackwards, 2),
    ("bad.txt", "[00:61:00] Informan: a\n", InvalidTimestamp, 1),
    ("back.srt", "1\n00:00:05,000 --> 00:00:06,000\na\n\n2\n00:00:04,000 --> 00:00:05,000\nb\n",
     TranscriptTimeBackwards, 6),
    ("inverted.srt", "1\n00:00:05,000 --> 00:00:01,000\na\n", TranscriptTimeBackwards, 2),
    ("broken.srt", "1\n00:00:05 --> soon\na\n", InvalidSubtitles, 2),
    ("nohead.vtt", "00:01.000 --> 00:02.000\na\n", InvalidSubtitles, 1),
])
def test_bad_times_are_refused_naming_the_line(tmp_path: Path, name: str, text: str,
                                               error: type[Exception], line: int) -> None:
    path = _write(tmp_path, name, text)
    with pytest.raises(error) as raised:
        read_transcript_file(path)
    assert raised.value.line == line  # type: ignore[attr-defined]  # every error listed has it
    assert str(path) in str(raised.value) and "\n" not in str(raised.value)


def test_files_without_times(tmp_path: Path) -> None:
    with pytest.raises(InvalidSubtitles):
        read_transcript_file(_write(tmp_path, "words.srt", "just words\n"))
    with pytest.raises(TranscriptWithoutTimes):
        read_transcript_file(_write(tmp_path, "a.otr", '{"text": "<p>tanpa</p>"}'))
    with pytest.raises(TranscriptWithoutTimes):
        read_transcript_file(_write(tmp_path, "b.otr", "not json"))


def test_times_past_the_recording_end(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "[00:00:01] Informan: a\n[00:00:12] Informan: b\n")
    timed = read_transcript_file(path).timed
    assert timed is not None
    check_within_recording(timed, 11_500, path=path)  # within a second: rounding
    with pytest.raises(TranscriptPastRecording) as raised:
        check_within_recording(timed, 10_000, path=path)
    assert raised.value.line == 2
    assert "00:00:10" in str(raised.value)


def test_time_at_interpolates_and_offset_at_follows_playback() -> None:
    points = (SyncPoint(10, 1000), SyncPoint(30, 3000))
    assert time_at(points, 0) == 1000
    assert time_at(points, 20) == 2000
    assert time_at(points, 40) == 3000
    assert time_at(points, 40, text_length=50, duration_ms=5000) == 4000
    assert time_at((), 5) is None
    assert offset_at(points, 500) is None
    assert offset_at(points, 2999) == 10
    assert offset_at(points, 3000) == 30
    assert clock(3_723_999) == "01:02:03"
