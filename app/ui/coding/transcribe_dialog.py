"""File ▸ Transcribe recording…: which model and language, then the draft transcript made
in the background with progress, the time left and Cancel. Says that the recording stays
on this computer; the only network use is the Download button, for a model named with its
size."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.ids import SourceId
from app.core.transcription import (
    KNOWN_MODELS,
    DraftTranscript,
    available_models,
    download_model,
    models_folder,
    transcribe_source,
)
from app.errors import TelaahError
from app.ui.widgets.work_runner import Job, ProgressOptions, run_work

# The same context as the other recording actions: one group of messages to translate.
CONTEXT = "RecordingActions"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# --- transcribing -------------------------------------------------------------------------


class TranscribeDialog(QDialog):
    """Which model and language; says that nothing leaves the computer."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Transcribe a recording"))
        heading = QLabel(_tr("Draft transcript of {title}").format(title=title), self)
        heading.setStyleSheet("font-weight: bold")
        self.model = QComboBox(self)
        self.model.setPlaceholderText(_tr("No model yet: choose a folder or download one"))
        self._fill_models()
        choose = QPushButton(_tr("Model folder…"), self)
        choose.clicked.connect(self._choose_folder)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model, 1)
        model_row.addWidget(choose)
        self.download_choice = QComboBox(self)
        for name, size in KNOWN_MODELS.items():
            self.download_choice.addItem(
                _tr("{name} ({size} MB)").format(name=name, size=size), name)
        self.download_button = QPushButton(_tr("Download"), self)
        download_row = QHBoxLayout()
        download_row.addWidget(self.download_choice, 1)
        download_row.addWidget(self.download_button)
        self.language = QComboBox(self)
        for label, code in ((_tr("Guess from the recording"), ""), (_tr("Indonesian"), "id"),
                            (_tr("English"), "en")):
            self.language.addItem(label, code)
        form = QFormLayout()
        form.addRow(_tr("Model"), model_row)
        form.addRow(_tr("Download a model"), download_row)
        form.addRow(_tr("Language"), self.language)
        privacy = QLabel(_tr(
            "The recording stays on this computer: Telaah transcribes it here and sends "
            "nothing anywhere. Only the Download button connects to the internet, to fetch "
            "the model you chose, into {folder}.").format(folder=models_folder()), self)
        privacy.setWordWrap(True)
        draft = QLabel(_tr("The result is a draft, split into paragraphs at pauses and marked "
                           "machine-made until you have corrected it; add speaker labels "
                           "yourself."), self)
        draft.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = self.buttons.addButton(
            _tr("Transcribe"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setEnabled(self.model.count() > 0)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        for widget in (privacy, draft, self.status):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.resize(600, self.sizeHint().height())

    def _fill_models(self, chosen: str | None = None) -> None:
        self.model.clear()
        for name in available_models():
            self.model.addItem(name, name)
        if chosen:
            if self.model.findData(chosen) < 0:
                self.model.addItem(chosen, chosen)
            self.model.setCurrentIndex(self.model.findData(chosen))
        if hasattr(self, "start_button"):
            self.start_button.setEnabled(self.model.count() > 0)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _tr("Folder of a Whisper model"))
        if folder:
            self._fill_models(folder)

    def model_choice(self) -> str | None:
        value = self.model.currentData()
        return str(value) if value else None

    def language_choice(self) -> str | None:
        value = self.language.currentData()
        return str(value) if value else None


def open_transcribe_dialog(window: Any) -> TranscribeDialog | None:
    workspace = window.workspace
    if window.project is None or workspace is None:
        return None
    document = workspace.transcript.document
    if document is None:
        window.show_message(_tr("Choose the source whose recording to transcribe."))
        return None
    dialog = TranscribeDialog(document.title, window)
    dialog.start_button.clicked.connect(lambda: transcribe_from_dialog(window, dialog,
                                                                       document.id))
    dialog.download_button.clicked.connect(lambda: download_from_dialog(window, dialog))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def download_from_dialog(window: Any, dialog: TranscribeDialog) -> Job[Path]:
    name = str(dialog.download_choice.currentData())
    dialog.download_button.setEnabled(False)
    dialog.status.setText(_tr("Downloading {name}…").format(name=name))

    def done(folder: Path) -> None:
        dialog.download_button.setEnabled(True)
        dialog._fill_models(name)  # noqa: SLF001 - the dialog's own helper
        dialog.status.setText(_tr("Model {name} is ready.").format(name=name))

    def failed(error: BaseException) -> None:
        dialog.download_button.setEnabled(True)
        dialog.status.setText(error.message(window.translator)
                              if isinstance(error, TelaahError) else str(error))

    return run_work(lambda _progress, _cancelled: download_model(name), on_result=done,
                    on_error=failed, busy_cursor=True, parent=window)


def transcribe_from_dialog(window: Any, dialog: TranscribeDialog,
                           source_id: SourceId) -> Job[tuple[Changes, DraftTranscript]] | None:
    project, hub = window.project, window.hub
    if project is None or hub is None:
        return None
    model, language = dialog.model_choice(), dialog.language_choice()
    dialog.accept()
    label = _tr("Transcribing on this computer…")
    began = time.monotonic()
    job: Job[tuple[Changes, DraftTranscript]]

    def progressed(done: int, total: int) -> None:
        progress = job.progress_dialog
        if progress is None or not total or done <= 0:
            return
        left = (time.monotonic() - began) * (total - done) / done
        progress.setLabelText(label + "\n" + _tr("About {seconds} s left").format(
            seconds=max(0, round(left))))

    def finished(result: tuple[Changes, DraftTranscript]) -> None:
        changes, draft = result
        hub.publish(changes)
        workspace = window.workspace
        if workspace is not None and workspace.transcript.source_id == source_id:
            workspace.transcript.show_source(source_id)
        window.show_message(_tr("Draft transcript ready: {words} words in {seconds} s. It is "
                                "marked machine-made until you correct it.").format(
            words=len(draft.text.split()), seconds=round(draft.seconds_taken)))

    def failed(error: BaseException) -> None:
        if isinstance(error, TelaahError):
            window.report(error)
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    job = run_work(
        lambda progress, cancelled: transcribe_source(
            project, source_id=source_id, model=model, language=language,
            progress=progress, cancelled=cancelled),
        on_result=finished, on_error=failed, on_progress=progressed,
        on_cancelled=lambda: window.show_message(
            _tr("Transcription cancelled; nothing was changed.")),
        dialog=ProgressOptions(title=_tr("Transcribe a recording"), label=label,
                               minimum_ms=0),
        parent=window)
    return job

