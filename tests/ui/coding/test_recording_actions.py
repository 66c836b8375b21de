"""Recordings in the main window: import one with its transcript through the dialog, the
player bar appears for it (and not for typed transcripts), and transcription runs in the
background to a machine-made draft."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.recordings import read_recording
from app.core.sources import read_source
from app.ui.coding.recording_actions import attach_bar, open_import_dialog, recording_bar
from app.ui.coding.transcribe_dialog import open_transcribe_dialog
from app.ui.shell.main_window import MainWindow
from tests.core.test_transcription import MODEL, word_error_rate
from tests.media_builders import SENTENCES, speak_turns
from tests.ui.conftest import keep_shot


def test_import_then_transcribe_in_the_window(qtbot: QtBot, window: MainWindow,
                                              tmp_path: Path) -> None:
    workspace = window.workspace
    assert workspace is not None and window.project is not None
    # The first interview has no recording: no player yet (Qt Multimedia not even loaded).
    assert attach_bar(window) is None
    assert recording_bar(window) is None
    wav, _ = speak_turns(tmp_path / "rekaman.wav", SENTENCES[:2], pause_ms=2000)
    dialog = open_import_dialog(window)
    assert dialog is not None
    dialog.recording.setText(str(wav))
    dialog.title.setText("Rekaman 1")
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: workspace.transcript.document is not None
                    and workspace.transcript.document.title == "Rekaman 1", timeout=10_000)
    bar = recording_bar(window)
    assert bar is not None and bar.isVisible() and bar.recording is not None
    assert bar.time_label.text().endswith(" / 00:00:06") or "00:00:0" in bar.time_label.text()
    source_id = workspace.transcript.source_id
    assert source_id is not None

    transcribe = open_transcribe_dialog(window)
    assert transcribe is not None
    assert "stays on this computer" in " ".join(
        label.text() for label in transcribe.findChildren(type(transcribe.status)))
    transcribe._fill_models(str(MODEL))  # as "Model folder…" does
    transcribe.language.setCurrentIndex(transcribe.language.findData("en"))
    transcribe.start_button.click()
    qtbot.waitUntil(lambda: bool(read_source(window.project, source_id=source_id).text),
                    timeout=120_000)
    qtbot.waitUntil(lambda: bool(workspace.transcript.view.toPlainText()), timeout=10_000)
    text = workspace.transcript.view.toPlainText()
    assert word_error_rate(" ".join(SENTENCES[:2]), text) <= 0.35, text
    recording = read_recording(window.project, source_id=source_id)
    assert recording is not None and recording.machine_made and recording.sync_points
    qtbot.waitUntil(lambda: bar.draft_label.isVisible(), timeout=5000)
    # The source list marks the draft until it is checked.
    from app.core.sources import list_sources

    listed = next(view for view in list_sources(window.project) if view.id == source_id)
    assert listed.machine_made
    qtbot.waitUntil(lambda: workspace.sources.select_source(source_id), timeout=5000)
    index = workspace.sources.view.currentIndex()
    assert index.data().endswith("(draft)")
    keep_shot(window, "recording-transcribed.png")
    assert bar.workbench is workspace.workbench  # its action goes through the window's
    bar.checked_button.click()
    assert not bar.draft_label.isVisible()
    checked = read_recording(window.project, source_id=source_id)
    assert checked is not None and not checked.machine_made
    # Another source without a recording: the bar goes.
    workspace.show_first_interview()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=5000)


def test_a_bad_recording_keeps_the_dialog_open_with_one_line(qtbot: QtBot, window: MainWindow,
                                                             tmp_path: Path) -> None:
    empty = tmp_path / "kosong.mp3"
    empty.write_bytes(b"")
    dialog = open_import_dialog(window)
    assert dialog is not None
    dialog.recording.setText(str(empty))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10_000)
    assert "kosong.mp3" in dialog.error.text() and "\n" not in dialog.error.text()
    assert dialog.isVisible()
    dialog.reject()


def test_without_qt_multimedia_a_recorded_source_says_it_cannot_play(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from app.core.lookup import lookup_source

    workspace = window.workspace
    assert workspace is not None and window.project is not None
    # As in an installation without Qt Multimedia: importing the player bar fails.
    monkeypatch.setitem(sys.modules, "app.ui.coding.recording_bar", None)
    workspace.transcript.show_source(lookup_source(window.project, title="I4_pendamping").id)
    assert attach_bar(window) is None and recording_bar(window) is None
    assert "needs Qt Multimedia" in window.statusBar().currentMessage()
