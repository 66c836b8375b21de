"""Recordings in the workbench: File ▸ Import recording…, File ▸ Transcribe recording…, and
the player bar above the transcript of a source that has a recording.

Installed as a window extension (:mod:`app.ui.shell.extensions`). Importing and
transcribing run off the GUI thread through :func:`app.ui.widgets.work_runner.run_work`;
transcription shows its progress, the time left and a Cancel button.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.recordings import import_recording, read_recording
from app.errors import TelaahError
from app.ui.coding.transcribe_dialog import open_transcribe_dialog
from app.ui.host.team_window import add_menu_action
from app.ui.widgets.work_runner import Job, run_work

if TYPE_CHECKING:  # Qt Multimedia is loaded only where a recording is played
    from app.ui.coding.recording_bar import RecordingBar

CONTEXT = "RecordingActions"
RECORDING_PATTERNS = "*.wav *.mp3 *.m4a *.ogg *.oga *.opus *.mp4"
TRANSCRIPT_PATTERNS = "*.txt *.docx *.srt *.vtt *.otr *.html *.htm"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def install(window: Any) -> None:
    # File menu entries before its closing Quit group, enabled while a project is open.
    add_menu_action(window, "file", _tr("Import re&cording…"),
                    lambda: open_import_dialog(window), separated=True)
    add_menu_action(window, "file", _tr("Transcribe recordin&g…"),
                    lambda: open_transcribe_dialog(window))
    add_menu_action(window, "file", _tr("Tr&anscription mode…"),
                    lambda: _transcription_mode(window))
    window.project_shown.connect(lambda _project: attach_bar(window))
    attach_bar(window)


def _transcription_mode(window: Any) -> object:
    try:
        from app.ui.coding.transcription_mode import open_transcription_mode
    except ImportError:  # a build without Qt Multimedia
        window.show_message(_tr("Playing recordings needs Qt Multimedia, which this "
                                "installation of Telaah lacks."))
        return None
    return open_transcription_mode(window)


BAR_NAME = "recordingBar"


def recording_bar(window: Any) -> RecordingBar | None:
    """The player bar of the window's transcript, once a recorded source was shown."""
    workspace = window.workspace
    if workspace is None:
        return None
    found = workspace.transcript.findChild(QWidget, BAR_NAME)
    return found  # type: ignore[no-any-return]  # the only widget of that name is the bar


def attach_bar(window: Any) -> RecordingBar | None:
    """Follow the shown source: a source with a recording gets the player bar above its
    transcript. Qt Multimedia is loaded only then, so opening a project without
    recordings costs nothing."""
    workspace = window.workspace
    if workspace is None:
        return None
    panel = workspace.transcript
    if panel.property("followsRecordings"):
        return recording_bar(window)
    panel.setProperty("followsRecordings", True)

    def follow() -> None:
        project, document = window.project, panel.document
        bar = recording_bar(window)
        try:
            if bar is None:
                if (project is None or document is None
                        or read_recording(project, source_id=document.id) is None):
                    return
                bar = _new_bar(window, panel)
                if bar is None:
                    return
            if project is not None:
                bar.show_source(project, document)
        except TelaahError as error:
            if bar is not None:
                bar.show_recording(None, None)
            window.report(error)

    # The panel replaces the view's text exactly when it shows another source (or none).
    panel.view.textChanged.connect(follow)
    follow()
    return recording_bar(window)


def _new_bar(window: Any, panel: Any) -> RecordingBar | None:
    try:
        from app.ui.coding.recording_bar import RecordingBar
    except ImportError:  # a build without Qt Multimedia: no player, and it says so
        window.show_message(_tr("Playing recordings needs Qt Multimedia, which this "
                                "installation of Telaah lacks."))
        return None
    bar = RecordingBar(panel.view, panel)
    bar.setObjectName(BAR_NAME)
    bar.workbench = window.workbench
    panel.layout().insertWidget(1, bar)
    bar.checked.connect(lambda changes: window.hub and window.hub.publish(changes))
    return bar


# --- importing ----------------------------------------------------------------------------


class ImportRecordingDialog(QDialog):
    """A recording, its transcript if there is one, and the source's title."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Import a recording"))
        self.recording = QLineEdit(self)
        self.transcript = QLineEdit(self)
        self.transcript.setPlaceholderText(_tr("none: transcribe it later"))
        self.title = QLineEdit(self)
        form = QFormLayout()
        form.addRow(_tr("Recording (WAV, MP3, M4A, OGG, MP4)"),
                    self._with_browse(self.recording, self._choose_recording))
        form.addRow(_tr("Transcript (optional)"),
                    self._with_browse(self.transcript, self._choose_transcript))
        form.addRow(_tr("Title"), self.title)
        note = QLabel(_tr("Times in the transcript ([hh:mm:ss], #hh:mm:ss-d#, SRT, WebVTT, "
                          "oTranscribe) link its words to the recording."), self)
        note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #A00000")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            _tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _with_browse(self, line: QLineEdit, choose: Any) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(line, 1)
        button = QPushButton(_tr("Browse…"), box)
        button.clicked.connect(choose)
        row.addWidget(button)
        return box

    def _choose_recording(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _tr("Import a recording"), "",
            _tr("Recordings ({patterns});;All files (*)").format(patterns=RECORDING_PATTERNS))
        if path:
            self.recording.setText(path)
            if not self.title.text().strip():
                self.title.setText(Path(path).stem)

    def _choose_transcript(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _tr("Transcript of the recording"), "",
            _tr("Transcripts ({patterns});;All files (*)").format(
                patterns=TRANSCRIPT_PATTERNS))
        if path:
            self.transcript.setText(path)

    def show_error(self, error: TelaahError, translate: Any) -> None:
        self.error.setText(error.message(translate))


def open_import_dialog(window: Any) -> ImportRecordingDialog | None:
    if window.project is None:
        return None
    dialog = ImportRecordingDialog(window)
    dialog.import_button.clicked.connect(lambda: import_from_dialog(window, dialog))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def import_from_dialog(window: Any, dialog: ImportRecordingDialog) -> Job[Changes] | None:
    project, hub = window.project, window.hub
    recording = dialog.recording.text().strip()
    if project is None or hub is None or not recording:
        return None
    transcript = dialog.transcript.text().strip()
    title = dialog.title.text().strip() or Path(recording).stem
    dialog.import_button.setEnabled(False)

    def imported(changes: Changes) -> None:
        hub.publish(changes)
        dialog.accept()
        window.show_message(_tr("Recording imported as {title}.").format(title=title))
        if changes.created is not None and window.workspace is not None:
            window.workspace.show_span(changes.created, 0, 0)

    def failed(error: BaseException) -> None:
        dialog.import_button.setEnabled(True)
        if isinstance(error, TelaahError):
            dialog.show_error(error, window.translator)
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    return run_work(
        lambda _progress, _cancelled: import_recording(
            project, path=Path(recording), title=title,
            transcript=Path(transcript) if transcript else None),
        on_result=imported, on_error=failed, busy_cursor=True, parent=window)
