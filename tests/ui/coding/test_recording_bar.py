"""The recording plays beside its transcript (offscreen, Qt Multimedia's FFmpeg back end):
a click on a turn's number plays from that turn's time, the turn being heard is outlined,
a passage plays its range and stops."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot

from app.core.project import Project
from app.core.recordings import import_recording, read_recording, recording_file
from app.core.sources import read_source
from app.ui.coding.recording_bar import RecordingBar
from app.ui.coding.text_offsets import TextOffsets
from app.ui.coding.transcript_view import PLAYING_COLOR, TranscriptView
from tests.media_builders import SENTENCES, convert, speak_turns


@pytest.fixture
def bar(qtbot: QtBot, empty_project: Project, tmp_path: Path) -> RecordingBar:
    wav, spans = speak_turns(tmp_path / "wawancara.wav", SENTENCES, pause_ms=1500)
    mp3 = convert(wav, tmp_path / "wawancara.mp3", codec="libmp3lame")
    transcript = tmp_path / "wawancara.srt"
    speakers = ("Pewawancara", "Informan 3", "Pewawancara")
    cues = [f"{index + 1}\n00:00:{start // 1000:02d},{start % 1000:03d} --> "
            f"00:00:{end // 1000:02d},{end % 1000:03d}\n{speaker}: {sentence}\n"
            for index, ((start, end), speaker, sentence)
            in enumerate(zip(spans, speakers, SENTENCES))]
    transcript.write_text("\n".join(cues), encoding="utf-8")
    source_id = import_recording(empty_project, path=mp3, title="Wawancara",
                                 transcript=transcript).created
    assert source_id is not None
    document = read_source(empty_project, source_id=source_id)
    recording = read_recording(empty_project, source_id=source_id)
    view = TranscriptView()
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show_text(document.text, document.turns, [])
    recording_bar = RecordingBar(view)
    qtbot.addWidget(recording_bar)
    recording_bar.show_recording(recording, recording_file(
        empty_project, source_id=source_id, folder=tmp_path / "cache"),
        text=document.text, turns=document.turns)
    recording_bar.spans = spans  # type: ignore[attr-defined]  # the sentences' times
    return recording_bar


def _wait_until_loaded(qtbot: QtBot, bar: RecordingBar) -> None:
    qtbot.waitUntil(lambda: bar.player.mediaStatus() in (
        QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia),
        timeout=10_000)


def test_clicking_a_turn_plays_from_its_time(qtbot: QtBot, bar: RecordingBar) -> None:
    _wait_until_loaded(qtbot, bar)
    view = bar._view
    turns = read_turns(bar)
    second = turns[1]
    cursor = view.textCursor()
    cursor.setPosition(TextOffsets(view.toPlainText()).to_utf16(second.start))
    y = view.cursorRect(cursor).center().y()
    qtbot.mouseClick(view.gutter, Qt.MouseButton.LeftButton, pos=QPoint(10, y))
    start_ms = bar.spans[1][0]  # type: ignore[attr-defined]  # set by the fixture
    qtbot.waitUntil(lambda: bar.player.playbackState()
                    == QMediaPlayer.PlaybackState.PlayingState, timeout=5000)
    qtbot.waitUntil(lambda: bar.player.position() > start_ms, timeout=5000)
    assert bar.player.position() < start_ms + 1500
    # The turn being heard is outlined in the transcript.
    qtbot.waitUntil(lambda: bar.span_heard_at(bar.player.position()) == (second.start,
                                                                          second.end))
    marks = [selection for selection in view.extraSelections()
             if selection.format.underlineColor() == PLAYING_COLOR]
    assert len(marks) == 1
    bar.player.pause()


def test_a_passage_plays_its_range_and_stops(qtbot: QtBot, bar: RecordingBar) -> None:
    _wait_until_loaded(qtbot, bar)
    first = read_turns(bar)[0]
    assert bar.play_span(first.start, first.end)
    end_ms = bar.spans[0][1]  # type: ignore[attr-defined]  # set by the fixture
    qtbot.waitUntil(lambda: bar.player.playbackState()
                    == QMediaPlayer.PlaybackState.PausedState, timeout=15_000)
    assert end_ms - 300 <= bar.player.position() <= end_ms + 800
    assert bar.time_label.text().startswith("00:00:0")


def test_back_three_seconds_and_rates(qtbot: QtBot, bar: RecordingBar) -> None:
    _wait_until_loaded(qtbot, bar)
    bar.player.setPosition(5000)
    qtbot.waitUntil(lambda: bar.player.position() >= 5000 - 50, timeout=5000)
    bar.back()
    qtbot.waitUntil(lambda: abs(bar.player.position() - 2000) < 300, timeout=5000)
    bar.slower()
    assert bar.player.playbackRate() == pytest.approx(0.9)
    bar.faster()
    bar.faster()
    assert bar.player.playbackRate() == pytest.approx(1.1)


def test_no_recording_hides_the_bar(qtbot: QtBot, bar: RecordingBar) -> None:
    _wait_until_loaded(qtbot, bar)
    bar.show_recording(None, None)
    assert not bar.isVisible() and bar.recording is None


def read_turns(bar: RecordingBar) -> tuple:  # type: ignore[type-arg]  # TurnView tuple
    return bar._turns


def test_a_video_shows_its_picture(qtbot: QtBot, empty_project: Project,
                                   tmp_path: Path) -> None:
    wav, _ = speak_turns(tmp_path / "video.wav", SENTENCES[:1])
    mp4 = convert(wav, tmp_path / "video.mp4", codec="aac", video=True)
    source_id = import_recording(empty_project, path=mp4, title="Video").created
    assert source_id is not None
    view = TranscriptView()
    qtbot.addWidget(view)
    video_bar = RecordingBar(view)
    qtbot.addWidget(video_bar)
    recording = read_recording(empty_project, source_id=source_id)
    assert recording is not None and recording.media_type == "video"
    video_bar.show_recording(recording, recording_file(empty_project, source_id=source_id,
                                                       folder=tmp_path / "cache"))
    assert not video_bar.video.isHidden()
    _wait_until_loaded(qtbot, video_bar)
    assert video_bar.player.hasVideo()
    video_bar.show_recording(None, None)
    assert video_bar.video.isHidden()
