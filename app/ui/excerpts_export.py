"""Write coded excerpts to Word off the GUI thread, with progress and cancelling."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from app.analysis.excerpt_groups import ExcerptDocument
from app.core.excerpts import ExcerptOptions, export_excerpts
from app.core.project import Project
from app.errors import ExportCancelled, TelaahError
from app.io.export_labels import ExportLabels


class ExcerptExport(QObject):
    """One export job. ``progressed`` (done, total) comes while it runs; then exactly one
    of ``written`` (the document), ``failed`` (a TelaahError) or ``cancelled``, and
    finally ``ended``. Cancelling leaves no file behind."""

    progressed = Signal(int, int)
    written = Signal(object)  # ExcerptDocument
    failed = Signal(object)  # TelaahError
    cancelled = Signal()
    ended = Signal()

    def __init__(self, project: Project, *, path: Path, options: ExcerptOptions,
                 labels: ExportLabels) -> None:
        super().__init__()
        self._project = project
        self._path = path
        self._options = options
        self._labels = labels
        self._cancel = threading.Event()
        self.document: ExcerptDocument | None = None
        self.error: TelaahError | None = None
        self.worker_thread = QThread()
        self.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self._run)

    def start(self) -> None:
        self.worker_thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self) -> None:
        self.worker_thread.wait()

    def _run(self) -> None:
        try:
            self.document = export_excerpts(
                self._project, path=self._path, options=self._options, labels=self._labels,
                progress=self.progressed.emit, cancelled=self._cancel.is_set)
        except ExportCancelled:
            self.cancelled.emit()
        except TelaahError as error:
            self.error = error
            self.failed.emit(error)
        else:
            self.written.emit(self.document)
        finally:
            self.ended.emit()
            self.worker_thread.quit()
