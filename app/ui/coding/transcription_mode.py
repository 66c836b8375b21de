"""Transcription mode: write or correct a transcript while the recording plays.

The transcript is shown with its times as ``[hh:mm:ss.mmm]`` marks. Keys (also on the
buttons): F4 play or pause, F3 back three seconds, F1 slower, F2 faster, Ctrl+T a time
mark at the cursor for where the recording is, Ctrl+1 / Ctrl+2 the interviewer's or the
informant's label at the start of the line. Every change is saved in the data folder a
moment later, so nothing is lost when the window closes; *Apply* makes the text the
source's transcript, keeping coded segments on their words.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.ids import SourceId
from app.core.project import Project
from app.core.recordings import clock, read_recording, recording_file
from app.core.transcript_editing import (
    apply_marked_transcript,
    marked_transcript,
    read_draft,
    save_draft,
)
from app.errors import TelaahError
from app.ui.coding.player_controls import NORMAL_RATE, PlayerControls

CONTEXT = "TranscriptionMode"
AUTOSAVE_MS = 1500
INTERVIEWER_LABEL = "Pewawancara: "
INFORMANT_LABEL = "Informan: "


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class TranscriptionMode(PlayerControls, QDialog):
    """``applied`` carries the Changes once the text became the source's transcript."""

    applied = Signal(object)

    def __init__(self, project: Project, source_id: SourceId, title: str,
                 parent: QWidget | None = None, *,
                 translate: Callable[[str], str] = str) -> None:
        super().__init__(parent)
        self._translate = translate
        self._project = project
        self._source_id = source_id
        self._rate_index = NORMAL_RATE
        self.setWindowTitle(_tr("Transcription mode: {title}").format(title=title))
        recording = read_recording(project, source_id=source_id)
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        if recording is not None:
            self.player.setSource(QUrl.fromLocalFile(str(
                recording_file(project, source_id=source_id))))
        self._duration = recording.duration_ms if recording is not None else 0
        self.editor = QPlainTextEdit(self)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        saved = read_draft(project, source_id=source_id)
        self.restored = saved is not None
        self.editor.setPlainText(saved if saved is not None
                                 else marked_transcript(project, source_id=source_id))
        self.time_label = QLabel(self)
        self.rate_label = QLabel("1×", self)
        self.status = QLabel(_tr("Your unsaved text from last time was restored.")
                             if self.restored else "", self)
        self.status.setWordWrap(True)
        controls = QHBoxLayout()
        for text, keys, slot in ((_tr("Play/pause"), "F4", self.toggle),
                                 (_tr("−3 s"), "F3", self.back),
                                 (_tr("Slower"), "F1", self.slower),
                                 (_tr("Faster"), "F2", self.faster),
                                 (_tr("Time mark"), "Ctrl+T", self.insert_time),
                                 (_tr("Interviewer"), "Ctrl+1",
                                  lambda: self.insert_label(INTERVIEWER_LABEL)),
                                 (_tr("Informant"), "Ctrl+2",
                                  lambda: self.insert_label(INFORMANT_LABEL))):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setToolTip(f"{text} ({keys})")
            action.triggered.connect(slot)
            self.addAction(action)
            button = QToolButton(self)
            button.setDefaultAction(action)
            controls.addWidget(button)
        controls.addWidget(self.rate_label)
        controls.addStretch(1)
        controls.addWidget(self.time_label)
        help_line = QLabel(_tr("F4 play/pause · F3 back 3 s · F1 slower · F2 faster · Ctrl+T "
                               "time mark · Ctrl+1 interviewer · Ctrl+2 informant. Saved "
                               "as you type."), self)
        help_line.setStyleSheet("color: #555")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.apply_button = self.buttons.addButton(
            _tr("Apply to the source"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.editor, 1)
        layout.addWidget(help_line)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self.editor.textChanged.connect(self._autosave.start)
        self.player.positionChanged.connect(self._show_time)
        self.finished.connect(lambda _result: self._on_close())
        self._show_time(0)
        self.resize(820, 600)

    # --- playing -------------------------------------------------------------------------

    def _show_time(self, position: int) -> None:
        self.time_label.setText(f"{clock(position)} / {clock(self._duration)}")

    # --- writing -------------------------------------------------------------------------

    def insert_time(self) -> None:
        """A time mark for where the recording is, at the cursor."""
        position = self.player.position()
        stamp = f"[{clock(position)}.{max(0, position) % 1000:03d}]"
        cursor = self.editor.textCursor()
        before = self.editor.toPlainText()[cursor.position() - 1:cursor.position()]
        cursor.insertText(("" if before in ("", "\n", " ") else " ") + stamp + " ")

    def insert_label(self, label: str) -> None:
        """``label`` at the start of the cursor's line (once)."""
        cursor = self.editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        line = cursor.block().text()
        stamp_end = line.find("] ") + 2 if line.startswith("[") and "] " in line else 0
        if line[stamp_end:].startswith(label):
            return
        cursor.setPosition(cursor.block().position() + stamp_end)
        cursor.insertText(label)

    def save_now(self) -> Path | None:
        try:
            return save_draft(self._project, source_id=self._source_id,
                              text=self.editor.toPlainText())
        except TelaahError as error:
            self.status.setText(error.message(self._translate))
            return None

    def apply(self) -> None:
        try:
            result = apply_marked_transcript(self._project, source_id=self._source_id,
                                             text=self.editor.toPlainText())
        except TelaahError as error:
            self.status.setText(error.message(self._translate))
            return
        self._autosave.stop()
        self.applied.emit(result.changes)
        unplaced = len(result.plan.unplaced)
        self.status.setText(_tr("Applied. {count} coded segments could not be placed and "
                                "carry a memo.").format(count=unplaced) if unplaced
                            else _tr("Applied: the transcript and its times are saved."))

    def _on_close(self) -> None:
        self.player.stop()
        if self._autosave.isActive():
            self._autosave.stop()
            self.save_now()


def open_transcription_mode(window: Any) -> TranscriptionMode | None:
    workspace = window.workspace
    project = window.project
    if project is None or workspace is None or workspace.transcript.document is None:
        return None
    document = workspace.transcript.document
    try:
        dialog = TranscriptionMode(project, document.id, document.title, window,
                                   translate=window.translator)
    except TelaahError as error:
        window.report(error)
        return None

    def applied(changes: object) -> None:
        if window.hub is not None:
            window.hub.publish(changes)
        workspace.transcript.show_source(document.id)

    dialog.applied.connect(applied)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
