"""Apply a code to the selected passage: one workbench action, one broadcast, one message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.core.changes import Changes
from app.core.codes import CodeView
from app.core.ids import CodeId, CoderId, SourceId
from app.core.workbench import Workbench, in_vivo_name
from app.errors import CodeNotCodable, TelaahError
from app.ui.coding.passage_names import passage_name
from app.ui.coding.transcript_panel import TranscriptPanel
from app.ui.shell.edit_history import EditHistory

CONTEXT = "CodeApplier"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def read_only_message() -> str:
    return _tr("This project is open read-only: nothing can be coded here.")


class CodeApplier(QObject):
    """Stores a segment for the current coder at once (one workbench transaction).

    ``message`` carries a status-bar line; ``failed`` a TelaahError for the error box.
    The coder row is created on the first segment (in that segment's transaction), so
    opening a project to read it never writes to it. ``last_code`` is what "code again"
    applies.
    """

    message = Signal(str)
    failed = Signal(object)  # TelaahError

    def __init__(self, workbench: Workbench, history: EditHistory, transcript: TranscriptPanel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workbench = workbench
        self._transcript = transcript
        self.history = history
        self.last_code: CodeView | None = None

    @property
    def coder_name(self) -> str:
        return self._workbench.coder_name

    def apply(self, code: CodeView) -> Changes | None:
        """Code the selection with ``code``; None (and a gentle message) if nothing was."""
        source_id = self._transcript.source_id
        view = self._transcript.view
        span = view.selected_span()
        if self._workbench.read_only:
            self.message.emit(read_only_message())
            return None
        if source_id is None or span is None:
            self.message.emit(_tr("Select a passage in the transcript first."))
            return None
        if not code.codable:
            self.message.emit(self._category_message(code))
            return None
        start, end = span
        passage = passage_name(view.place_of(start), view.selected_text())
        try:
            changes = self._workbench.segments.apply(
                source_id=SourceId(source_id), code_id=code.id, start=start, end=end,
                name=_tr("Apply code {code}").format(code=code.name))
        except CodeNotCodable:
            self.message.emit(self._category_message(code))
            return None
        except TelaahError as error:
            self.failed.emit(error)
            return None
        self.history.done(changes)
        self.last_code = code
        self.message.emit(_tr("Segment saved: {code}, {passage}").format(
            code=code.path, passage=passage))
        return changes

    def code_again(self) -> Changes | None:
        if self.last_code is None:
            self.message.emit(_tr("No code applied yet in this session."))
            return None
        return self.apply(self.last_code)

    def code_in_vivo(self, category_id: CodeId | None = None) -> Changes | None:
        """A new code named after the selected words, under ``category_id`` or “In vivo”:
        the category, the code and the segment in one transaction, undone as one."""
        source_id = self._transcript.source_id
        span = self._transcript.view.selected_span()
        if self._workbench.read_only:
            self.message.emit(read_only_message())
            return None
        text = self._transcript.view.selected_text()
        name = in_vivo_name(text)
        if source_id is None or span is None or not name:
            self.message.emit(_tr("Select a passage in the transcript first."))
            return None
        start, end = span
        try:
            changes = self._workbench.segments.code_in_vivo(
                source_id=SourceId(source_id), start=start, end=end, text=text,
                category_id=category_id,
                name=_tr("In-vivo code {code}").format(code=name))
        except TelaahError as error:  # nothing was stored: one transaction
            self.failed.emit(error)
            return None
        self.history.done(changes)
        fresh = changes.fresh
        segment = next((view for view in fresh.segments), None) if fresh else None
        codebook = fresh.codebook if fresh and fresh.codebook is not None else ()
        self.last_code = next((c for c in codebook if segment and c.id == segment.code_id),
                              None)
        self.message.emit(_tr("New in-vivo code “{code}” applied.").format(code=name))
        return changes

    def coder_id(self) -> CoderId:
        return self._workbench.coder_id()

    @staticmethod
    def _category_message(code: CodeView) -> str:
        return _tr("“{code}” is a category; apply one of its codes.").format(code=code.path)
