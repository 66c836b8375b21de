"""Transcription mode on the demo's recorded interview: keys write labels and time marks,
the text is autosaved, Apply makes it the source's transcript with its times."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot

from app.core.lookup import lookup_source
from app.core.project import Project
from app.core.recordings import read_recording
from app.core.sources import read_source
from app.core.transcript_editing import draft_file
from app.ui.coding.transcription_mode import INFORMANT_LABEL, TranscriptionMode


def _dialog(qtbot: QtBot, project: Project) -> TranscriptionMode:
    source_id = lookup_source(project, title="I4_pendamping").id
    dialog = TranscriptionMode(project, source_id, "I4_pendamping")
    qtbot.addWidget(dialog)
    return dialog


def test_write_autosave_and_apply(qtbot: QtBot, demo_project: Project) -> None:
    dialog = _dialog(qtbot, demo_project)
    source_id = lookup_source(demo_project, title="I4_pendamping").id
    text = dialog.editor.toPlainText()
    assert text.count("[00:00:") >= 4 and not dialog.restored
    # A new line at the end with a label and a time mark from the player's position.
    cursor = dialog.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("\nterima kasih banyak")
    dialog.editor.setTextCursor(cursor)
    dialog.insert_label(INFORMANT_LABEL)
    dialog.insert_label(INFORMANT_LABEL)  # once only
    qtbot.waitUntil(lambda: dialog.player.mediaStatus() in (
        QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia),
        timeout=10_000)
    dialog.player.setPosition(63_000)
    qtbot.waitUntil(lambda: dialog.player.position() >= 62_900, timeout=5000)
    cursor = dialog.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    dialog.editor.setTextCursor(cursor)
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    dialog.editor.setTextCursor(cursor)
    dialog.insert_time()
    last = dialog.editor.toPlainText().splitlines()[-1]
    assert last.startswith("[00:01:03.") and last.endswith("Informan: terima kasih banyak")
    # Autosaved: a new window restores the text.
    path = draft_file(demo_project, source_id=source_id)
    qtbot.waitUntil(path.is_file, timeout=5000)
    again = _dialog(qtbot, demo_project)
    assert again.restored and again.editor.toPlainText() == dialog.editor.toPlainText()
    again.reject()
    with qtbot.waitSignal(dialog.applied):
        dialog.apply()
    source = read_source(demo_project, source_id=source_id)
    assert source.text.endswith("Informan: terima kasih banyak") and "[00:" not in source.text
    assert source.turns[-1].speaker == "Informan"
    view = read_recording(demo_project, source_id=source_id)
    assert view is not None
    assert 63_000 <= (view.time_at(source.turns[-1].start) or 0) <= 63_600
    assert not path.exists()


def test_bad_times_are_one_line_in_the_window(qtbot: QtBot, demo_project: Project) -> None:
    dialog = _dialog(qtbot, demo_project)
    before = read_source(demo_project, source_id=lookup_source(
        demo_project, title="I4_pendamping").id).text
    dialog.editor.setPlainText("[00:00:09] Informan: dua\n[00:00:01] Informan: satu\n")
    dialog.apply()
    assert "line 2" in dialog.status.text() and "\n" not in dialog.status.text()
    assert read_source(demo_project, source_id=lookup_source(
        demo_project, title="I4_pendamping").id).text == before
