"""Apply a code to the selected passage: from its shortcut key to one workbench action,
one broadcast on the change hub, one message.

The whole path of a key press: the shortcut's action here, the workbench (one transaction,
its undo step recorded in the core), then the hub, from which each panel redraws what the
``Changes`` name. Nothing between the key and the core.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.core.changes import Changes
from app.core.codes import CodeView
from app.core.ids import CodeId, CoderId, SourceId
from app.core.workbench import Workbench, in_vivo_name
from app.errors import CodeNotCodable, TelaahError
from app.ui.coding.transcript_panel import TranscriptPanel
from app.ui.host.change_hub import ChangeHub
from app.ui.host.passage_names import passage_name

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

    The codes' shortcut keys are actions on ``keys_widget`` (the coding workspace), active
    in the whole window while the transcript has a selection: ``set_codes`` keeps one per
    key, ``enable_keys`` follows the selection.
    """

    message = Signal(str)
    failed = Signal(object)  # TelaahError

    def __init__(self, workbench: Workbench, hub: ChangeHub, transcript: TranscriptPanel,
                 keys_widget: QWidget) -> None:
        super().__init__(keys_widget)
        self._workbench = workbench
        self._hub = hub
        self._transcript = transcript
        self._keys_widget = keys_widget
        self._codes_by_id: dict[CodeId, CodeView] = {}
        self._key_actions: dict[str, QAction] = {}
        self._key_codes: dict[str, CodeId] = {}
        self.last_code: CodeView | None = None

    # --- shortcut keys -----------------------------------------------------------------

    def key_actions(self) -> dict[str, QAction]:
        return dict(self._key_actions)

    def set_codes(self, codes: Sequence[CodeView]) -> None:
        """Keep one action per shortcut key; rebuild only when the keys changed."""
        self._codes_by_id = {code.id: code for code in codes}
        wanted: dict[str, CodeId] = {}
        for code in codes:
            if code.codable and code.shortcut and code.shortcut not in wanted:
                wanted[code.shortcut] = code.id
        if wanted == self._key_codes:
            return
        for action in self._key_actions.values():
            self._keys_widget.removeAction(action)
            action.deleteLater()
        self._key_actions = {}
        enabled = (self._transcript.view.selected_span() is not None
                   and not self._workbench.read_only)
        for key, code_id in wanted.items():
            action = QAction(self._keys_widget)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setEnabled(enabled)
            action.triggered.connect(
                lambda _checked=False, code_id=code_id: self._apply_key(code_id))
            self._keys_widget.addAction(action)
            self._key_actions[key] = action
        self._key_codes = wanted

    def enable_keys(self, has_selection: bool) -> None:
        for action in self._key_actions.values():
            action.setEnabled(has_selection and not self._workbench.read_only)

    def _apply_key(self, code_id: CodeId) -> None:
        code = self._codes_by_id.get(code_id)
        if code is not None:
            self.apply(code)

    # --- applying ----------------------------------------------------------------------

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
        self._hub.publish(changes)
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
        self._hub.publish(changes)
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
