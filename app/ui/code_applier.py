"""Apply a code to the selected passage: one core call, one broadcast, one status message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.core.changes import Changes
from app.core.coders import ensure_coder
from app.core.codes import CodeView
from app.core.project import Project
from app.core.segments import add_segment
from app.errors import CodeNotCodable, TelaahError
from app.ui.change_hub import ChangeHub
from app.ui.transcript_panel import TranscriptPanel

CONTEXT = "CodeApplier"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CodeApplier(QObject):
    """Stores a segment for the current coder at once (``add_segment`` commits).

    ``message`` carries a status-bar line; ``failed`` a TelaahError for the error box.
    The coder row is created on the first segment, so opening a project to read it
    never writes to it.
    """

    message = Signal(str)
    failed = Signal(object)  # TelaahError

    def __init__(
        self,
        project: Project,
        hub: ChangeHub,
        transcript: TranscriptPanel,
        coder_name: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._project = project
        self._hub = hub
        self._transcript = transcript
        self._coder_name = coder_name
        self._coder_id: int | None = None

    @property
    def coder_name(self) -> str:
        return self._coder_name

    def apply(self, code: CodeView) -> Changes | None:
        """Code the selection with ``code``; None (and a gentle message) if nothing was."""
        source_id = self._transcript.source_id
        span = self._transcript.view.selected_span()
        if source_id is None or span is None:
            self.message.emit(_tr("Select a passage in the transcript first."))
            return None
        if not code.codable:
            self.message.emit(self._category_message(code))
            return None
        start, end = span
        try:
            coder_id, coder_changes = self._coder()
            changes = add_segment(self._project, source_id=source_id, code_id=code.id,
                                  coder_id=coder_id, start=start, end=end)
        except CodeNotCodable:
            self.message.emit(self._category_message(code))
            return None
        except TelaahError as error:
            self.failed.emit(error)
            return None
        changes = coder_changes | changes
        self._hub.publish(changes)
        self.message.emit(
            _tr("Segment saved: {code} [{start}–{end}]").format(
                code=code.path, start=start, end=end)
        )
        return changes

    def _coder(self) -> tuple[int, Changes]:
        """The current coder's id, and what creating the coder changed (if it was new)."""
        if self._coder_id is not None:
            return self._coder_id, Changes()
        changes = ensure_coder(self._project, name=self._coder_name)
        assert changes.created is not None
        self._coder_id = changes.created
        return self._coder_id, Changes(coders=changes.coders)

    @staticmethod
    def _category_message(code: CodeView) -> str:
        return _tr("“{code}” is a category; apply one of its codes.").format(code=code.path)
