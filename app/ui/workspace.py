"""The coding workspace of one open project: sources, transcript and codebook side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSplitter, QWidget

from app.core.codes import CodeView
from app.core.project import Project
from app.errors import TelaahError
from app.ui.change_hub import ChangeHub
from app.ui.code_applier import CodeApplier
from app.ui.codebook_panel import CodebookPanel
from app.ui.source_panel import SourcePanel
from app.ui.transcript_panel import TranscriptPanel

PANEL_WIDTHS = (290, 690, 420)


class Workspace(QSplitter):
    """Wires the panels to one ChangeHub and one CodeApplier.

    ``message`` carries status-bar text, ``failed`` a TelaahError for the error box.
    The code shortcut keys are window-wide actions, enabled while the transcript has a
    selection.
    """

    message = Signal(str)
    failed = Signal(object)  # TelaahError

    def __init__(self, project: Project, coder_name: str, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.project = project
        self.hub = ChangeHub(self)
        self.sources = SourcePanel(project, self.hub, self)
        self.transcript = TranscriptPanel(project, self.hub, self)
        self.codebook = CodebookPanel(project, self.hub, self)
        self.applier = CodeApplier(project, self.hub, self.transcript, coder_name, self)
        self.setChildrenCollapsible(False)
        for position, stretch in enumerate((0, 1, 0)):
            self.setStretchFactor(position, stretch)
        self.setSizes(list(PANEL_WIDTHS))
        self._codes_by_id: dict[int, CodeView] = {}
        self._shortcut_actions: dict[str, QAction] = {}
        self._shortcut_map: dict[str, int] = {}

        self.sources.source_selected.connect(self._show_source)
        self.codebook.code_chosen.connect(self.applier.apply)
        self.transcript.view.code_chosen.connect(self.applier.apply)
        self.applier.message.connect(self.message)
        self.applier.failed.connect(self.failed)
        self.codebook.codes_loaded.connect(self._update_shortcuts)
        self.transcript.view.copyAvailable.connect(self._enable_shortcuts)
        self._update_shortcuts(self.codebook.codes())

    def show_first_interview(self) -> bool:
        """Open the first interview (or any first source); False in an empty project."""
        source_id = self.sources.first_source_id("interview") or self.sources.first_source_id()
        return source_id is not None and self.sources.select_source(source_id)

    def shortcut_actions(self) -> dict[str, QAction]:
        return dict(self._shortcut_actions)

    def _show_source(self, source_id: int) -> None:
        try:
            self.transcript.show_source(source_id)
        except TelaahError as error:
            self.transcript.clear()
            self.failed.emit(error)

    def _update_shortcuts(self, codes: list[CodeView]) -> None:
        """Keep one action per shortcut key; rebuild only when the keys changed."""
        self._codes_by_id = {code.id: code for code in codes}
        wanted: dict[str, int] = {}
        for code in codes:
            if code.codable and code.shortcut and code.shortcut not in wanted:
                wanted[code.shortcut] = code.id
        if wanted == self._shortcut_map:
            return
        for action in self._shortcut_actions.values():
            self.removeAction(action)
            action.deleteLater()
        self._shortcut_actions = {}
        enabled = self.transcript.view.selected_span() is not None
        for key, code_id in wanted.items():
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setEnabled(enabled)
            action.triggered.connect(lambda _checked=False, code_id=code_id: self._apply(code_id))
            self.addAction(action)
            self._shortcut_actions[key] = action
        self._shortcut_map = wanted

    def _enable_shortcuts(self, has_selection: bool) -> None:
        for action in self._shortcut_actions.values():
            action.setEnabled(has_selection)

    def _apply(self, code_id: int) -> None:
        code = self._codes_by_id.get(code_id)
        if code is not None:
            self.applier.apply(code)
