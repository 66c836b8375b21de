"""Apply a code to the selected passage: one undoable core call, one broadcast, one message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.core import undo
from app.core.changes import Changes
from app.core.coders import ensure_coder
from app.core.codes import CodeView, list_codes
from app.core.project import Project
from app.core.undo import UndoEntry
from app.errors import CodeNotCodable, TelaahError
from app.ui.coding.passage_names import passage_name
from app.ui.coding.transcript_panel import TranscriptPanel
from app.ui.shell.change_hub import ChangeHub
from app.ui.shell.edit_history import EditHistory

CONTEXT = "CodeApplier"
IN_VIVO_CATEGORY = "In vivo"
IN_VIVO_NAME_LENGTH = 60


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def read_only_message() -> str:
    return _tr("This project is open read-only: nothing can be coded here.")


def in_vivo_name(text: str) -> str:
    """A code name from a quote: its words on one line, cut at a word near 60 characters."""
    words = " ".join(text.split()).strip(" .,;:!?\"'“”‘’()")
    if len(words) <= IN_VIVO_NAME_LENGTH:
        return words
    cut = words[:IN_VIVO_NAME_LENGTH].rsplit(" ", 1)[0]
    return cut + "…"


class CodeApplier(QObject):
    """Stores a segment for the current coder at once (``add_segment`` commits).

    ``message`` carries a status-bar line; ``failed`` a TelaahError for the error box.
    The coder row is created on the first segment, so opening a project to read it
    never writes to it. ``last_code`` is what "code again" applies.
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
        *,
        history: EditHistory | None = None,
    ) -> None:
        super().__init__(parent)
        self._project = project
        self._hub = hub
        self._transcript = transcript
        self._coder_name = coder_name
        self._coder_id: int | None = None
        self.history = history or EditHistory(hub, self)
        self.last_code: CodeView | None = None

    @property
    def coder_name(self) -> str:
        return self._coder_name

    def apply(self, code: CodeView) -> Changes | None:
        """Code the selection with ``code``; None (and a gentle message) if nothing was."""
        source_id = self._transcript.source_id
        span = self._transcript.view.selected_span()
        if self._project.read_only:
            self.message.emit(read_only_message())
            return None
        if source_id is None or span is None:
            self.message.emit(_tr("Select a passage in the transcript first."))
            return None
        if not code.codable:
            self.message.emit(self._category_message(code))
            return None
        start, end = span
        passage = passage_name(self._transcript.view.place_of(start),
                               self._transcript.view.selected_text())
        try:
            coder_id, coder_changes = self._coder()
            changes, entry = undo.apply_code(
                self._project, name=_tr("Apply code {code}").format(code=code.name),
                source_id=source_id, code_id=code.id, coder_id=coder_id, start=start, end=end)
        except CodeNotCodable:
            self.message.emit(self._category_message(code))
            return None
        except TelaahError as error:
            self.failed.emit(error)
            return None
        changes = coder_changes | changes
        self.history.perform(lambda: (changes, entry))
        self.last_code = code
        self.message.emit(_tr("Segment saved: {code}, {passage}").format(
            code=code.path, passage=passage))
        return changes

    def code_again(self) -> Changes | None:
        if self.last_code is None:
            self.message.emit(_tr("No code applied yet in this session."))
            return None
        return self.apply(self.last_code)

    def code_in_vivo(self, category_id: int | None = None) -> Changes | None:
        """A new code named after the selected words, under ``category_id`` or “In vivo”."""
        source_id = self._transcript.source_id
        span = self._transcript.view.selected_span()
        if self._project.read_only:
            self.message.emit(read_only_message())
            return None
        if source_id is None or span is None:
            self.message.emit(_tr("Select a passage in the transcript first."))
            return None
        start, end = span
        name = in_vivo_name(self._transcript.view.selected_text())
        if not name:
            self.message.emit(_tr("Select a passage in the transcript first."))
            return None
        entries: list[UndoEntry] = []
        total = Changes()
        try:
            coder_id, total = self._coder()
            parent = category_id if category_id is not None else self._in_vivo_category(
                entries)
            existing = next((c for c in list_codes(self._project)
                             if c.parent_id == parent and c.name.lower() == name.lower()), None)
            code_id: int
            if existing is not None:
                code_id = existing.id
            else:
                added, entry = undo.add_code(self._project, name="", code_name=name,
                                             parent_id=parent)
                entries.append(entry)
                total |= added
                assert added.created is not None
                code_id = added.created
            applied, entry = undo.apply_code(self._project, name="", source_id=source_id,
                                             code_id=code_id, coder_id=coder_id,
                                             start=start, end=end)
            entries.append(entry)
            total |= applied
        except TelaahError as error:
            for done in reversed(entries):
                total |= done.undo()
            self._hub.publish(total)
            self.failed.emit(error)
            return None
        combined = undo.combine(_tr("In-vivo code {code}").format(code=name), entries)
        self.history.perform(lambda: (total, combined))
        self.last_code = next((c for c in list_codes(self._project) if c.id == code_id), None)
        self.message.emit(_tr("New in-vivo code “{code}” applied.").format(code=name))
        return total

    def _in_vivo_category(self, entries: list[UndoEntry]) -> int:
        found = next((c for c in list_codes(self._project)
                      if c.parent_id is None and c.name == IN_VIVO_CATEGORY), None)
        if found is not None:
            return found.id
        changes, entry = undo.add_code(self._project, name="", code_name=IN_VIVO_CATEGORY,
                                       codable=False)
        entries.append(entry)
        assert changes.created is not None
        return changes.created

    def coder_id(self) -> int:
        return self._coder()[0]

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
