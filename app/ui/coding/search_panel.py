"""Project-wide search and code suggestions (issue 7).

Search: exact, whole word, regular expression or fuzzy; hits with context, source and
position; double-click jumps to the text; "code all hits" with a preview and an undo.
Suggestions: passages like a code's example and segments, accepted or dismissed one by one.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.code_suggestions import (
    Suggestion,
    SuggestionCorpus,
    build_suggestion_corpus,
    suggest_for_code,
)
from app.core.evidence import Places, turn_places
from app.core.ids import CodeId, SegmentId, SourceId
from app.core.project import Project
from app.core.search import (
    SearchHit,
    SearchMode,
    search_project,
)
from app.core.search_index import has_search_index, project_search_index
from app.core.undo import UndoEntry
from app.errors import TelaahError
from app.ui.coding.search_coding import preview_hits
from app.ui.coding.search_model import (
    SearchHitModel,
    SuggestionModel,
    codable_combo,
    results_table,
)
from app.ui.coding.search_prepare import prepare_index_when_shown
from app.ui.host.analysis_context import JumpTo, Translate, same_text
from app.ui.host.change_hub import ChangeHub
from app.ui.host.error_messages import show_error
from app.ui.host.feature_dialog import FeatureDialog
from app.ui.widgets.window_size import fit_window
from app.ui.widgets.work_runner import (
    CancelCheck,
    Job,
    Progress,
    ProgressOptions,
    Work,
    run_work,
)

CONTEXT = "SearchPanel"
PreviewHits = Callable[[QWidget, Sequence[SearchHit], str], list[SearchHit] | None]
Found = tuple[list[SearchHit], Places]
_Shown = TypeVar("_Shown")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class SearchPanel(FeatureDialog):
    """``undo_ids`` holds the segments the last "code all hits" created. Searching and
    suggesting run off the GUI thread; ``searched`` and ``suggested`` carry what they found
    once it is shown."""

    searched = Signal(list)
    suggested = Signal(list)

    def __init__(self, project: Project, hub: ChangeHub, coder_name: str, jump_to: JumpTo,
                 parent: QWidget | None = None, *, translate_error: Translate = same_text,
                 preview: PreviewHits = preview_hits) -> None:
        super().__init__(project, hub, coder_name, jump_to, parent,
                         translate_error=translate_error)
        self._preview = preview
        self._corpus: SuggestionCorpus | None = None
        self._generation = 0
        self._dismissed: set[tuple[int, int, int]] = set()
        self.undo_ids: tuple[SegmentId, ...] = ()
        self._batch: UndoEntry | None = None  # the history's step of the last coding
        self.setWindowTitle(_tr("Search"))
        fit_window(self, "search", (1100, 700))

        # --- search page
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(_tr("Words to find"))
        self.mode = QComboBox(self)
        for text, mode in ((_tr("Exact"), SearchMode.EXACT),
                           (_tr("Whole word"), SearchMode.WORD),
                           (_tr("Regular expression"), SearchMode.REGEX),
                           (_tr("Fuzzy (typos, spelling variants)"), SearchMode.FUZZY)):
            self.mode.addItem(text, mode.value)
        self.case_sensitive = QCheckBox(_tr("Match case"), self)
        self.search_button = QPushButton(_tr("Search"), self)
        self.search_button.setDefault(True)
        self.hit_count = QLabel(self)
        self.hit_model = SearchHitModel(self)
        self.hits = results_table(self, self.hit_model, 3)
        self.code_for_hits = codable_combo(self, project)
        self.code_hits_button = QPushButton(_tr("Code all hits…"), self)
        self.undo_button = QPushButton(_tr("Undo coding"), self)
        self.undo_button.setEnabled(False)
        self.jump_button = QPushButton(_tr("Show in text"), self)

        search_page = QWidget(self)
        search_layout = QVBoxLayout(search_page)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.mode)
        row.addWidget(self.case_sensitive)
        row.addWidget(self.search_button)
        search_layout.addLayout(row)
        search_layout.addWidget(self.hit_count)
        search_layout.addWidget(self.hits, 1)
        coding = QHBoxLayout()
        coding.addWidget(self.jump_button)
        coding.addStretch(1)
        coding.addWidget(QLabel(_tr("Code"), self))
        coding.addWidget(self.code_for_hits)
        coding.addWidget(self.code_hits_button)
        coding.addWidget(self.undo_button)
        search_layout.addLayout(coding)

        # --- suggestions page
        self.code_for_suggestions = codable_combo(self, project)
        self.suggest_button = QPushButton(_tr("Suggest passages"), self)
        self.suggestion_model = SuggestionModel(self)
        self.suggestions = results_table(self, self.suggestion_model, 3)
        self.suggestions.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Interactive)
        self.suggestions.setColumnWidth(4, 280)
        self.accept_button = QPushButton(_tr("Code this passage"), self)
        self.dismiss_button = QPushButton(_tr("Dismiss"), self)
        self.suggestion_note = QLabel(_tr(
            "Passages like the code's example and its segments, best first. Nothing is coded "
            "until you click."), self)
        self.suggestion_note.setWordWrap(True)
        suggestion_page = QWidget(self)
        suggestion_layout = QVBoxLayout(suggestion_page)
        row = QHBoxLayout()
        row.addWidget(QLabel(_tr("Code"), self))
        row.addWidget(self.code_for_suggestions, 1)
        row.addWidget(self.suggest_button)
        suggestion_layout.addLayout(row)
        suggestion_layout.addWidget(self.suggestion_note)
        suggestion_layout.addWidget(self.suggestions, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.accept_button)
        row.addWidget(self.dismiss_button)
        suggestion_layout.addLayout(row)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(search_page, _tr("Search"))
        self.tabs.addTab(suggestion_page, _tr("Code suggestions"))
        close_button = QPushButton(_tr("Close"), self)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.query.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.hits.doubleClicked.connect(lambda _index: self.jump_to_hit())
        self.jump_button.clicked.connect(self.jump_to_hit)
        self.code_hits_button.clicked.connect(self.code_all_hits)
        self.undo_button.clicked.connect(self.undo_coding)
        self.suggest_button.clicked.connect(self.suggest)
        self.suggestions.doubleClicked.connect(lambda _index: self.jump_to_suggestion())
        self.accept_button.clicked.connect(self.accept_suggestion)
        self.dismiss_button.clicked.connect(self.dismiss_suggestion)
        close_button.clicked.connect(self.accept)
        hub.changed.connect(self._on_changes)
        self._update_buttons()

    # --- shared ---------------------------------------------------------------------------

    def _report(self, error: TelaahError) -> None:
        show_error(self, error, self._translate)

    def _on_changes(self, changes: Changes) -> None:
        if changes.sources or changes.project:
            self._corpus = None
            self._generation += 1  # (a corpus being built meanwhile is not kept)

    def _update_buttons(self) -> None:
        has_hits = self.hit_model.rowCount() > 0
        self.code_hits_button.setEnabled(has_hits and self.code_for_hits.currentIndex() >= 0)
        self.jump_button.setEnabled(has_hits)
        chosen = self.suggestions.currentIndex().isValid()
        self.accept_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)

    # --- search ---------------------------------------------------------------------------

    def search(self) -> Job[Found]:
        """Search off the GUI thread with the project's kept index (app.core.search_index:
        built in the background after the project opened, again only when a text changed);
        the hits are shown, then ``searched`` carries them ([] after an error or Cancel)."""
        project = self.project
        query, mode = self.query.text(), self.mode.currentData()
        case_sensitive = self.case_sensitive.isChecked()

        def work(progress: Progress, cancelled: CancelCheck) -> Found:
            index = project_search_index(project, progress=progress, cancel=cancelled)
            hits = search_project(project, query=query, mode=mode,
                                  case_sensitive=case_sensitive, index=index)
            return hits, turn_places(project, ((h.source_id, h.start) for h in hits))

        def found(result: Found) -> None:
            hits, places = result
            self.hit_model.set_hits(hits, places)
            self.hit_count.setText(_tr("{count} hits in {sources} sources").format(
                count=len(hits), sources=len({hit.source_id for hit in hits})))
            if hits:
                self.hits.selectRow(0)
            self._update_buttons()
            self.searched.emit(hits)

        return self._run(work, found, self.searched, has_search_index(project), _tr("Search"))

    def _run(self, work: Work[_Shown], shown: Callable[[_Shown], None],
             signal: SignalInstance, cached: bool, title: str) -> Job[_Shown]:
        """Off the GUI thread: a wait cursor when the texts are read already, else a
        progress dialog with Cancel; after an error or Cancel ``signal`` carries []."""
        def failed(error: BaseException) -> None:
            if isinstance(error, TelaahError):
                self._report(error)
            else:
                sys.excepthook(type(error), error, error.__traceback__)
            signal.emit([])

        return run_work(work, on_result=shown, on_error=failed,
                        on_cancelled=lambda: signal.emit([]), parent=self, busy_cursor=cached,
                        dialog=None if cached else ProgressOptions(title,
                                                                   _tr("Reading the texts…")))

    def current_hit(self) -> SearchHit | None:
        index = self.hits.currentIndex()
        return self.hit_model.payload(index.row()) if index.isValid() else None

    def jump_to_hit(self) -> None:
        hit = self.current_hit()
        if hit is not None:
            self._jump_to(hit.source_id, hit.start, hit.end)

    def code_all_hits(self) -> tuple[SegmentId, ...]:
        """Code the hits the person keeps in the preview: one workbench step, which Edit ›
        Undo (or this window's Undo, while it is the last step) takes back as a whole."""
        hits: list[SearchHit] = self.hit_model.payloads()
        code_id = self.code_for_hits.currentData()
        if not hits or code_id is None:
            return ()
        code = self.code_for_hits.currentText().strip()
        chosen = self._preview(self, hits, code)
        if not chosen:
            return ()
        try:
            changes = self.wb.segments.code_hits(
                hits=chosen, code_id=CodeId(code_id),
                name=_tr("Code {count} hits with {code}").format(count=len(chosen), code=code))
        except TelaahError as error:
            self._report(error)
            return ()
        self._batch = self.wb.history.stack.entry_to("undo")
        self.undo_ids = tuple(sorted(changes.segments))
        self.hub.publish(changes)
        self.undo_button.setEnabled(bool(self.undo_ids))
        self.hit_count.setText(_tr("{count} segments coded.").format(count=len(self.undo_ids)))
        return self.undo_ids

    def undo_coding(self) -> Changes:
        """Take the last "code all hits" back, if nothing was done after it."""
        if not self.undo_ids:
            return Changes()
        batch, self._batch = self._batch, None
        self.undo_ids = ()
        self.undo_button.setEnabled(False)
        if batch is None or self.wb.history.stack.entry_to("undo") is not batch:
            self.hit_count.setText(_tr("Other changes came after this coding: take it back "
                                       "with Edit › Undo."))
            return Changes()
        try:
            changes = self.wb.undo()
        except TelaahError as error:
            self._report(error)
            return Changes()
        self.hub.publish(changes)
        self.hit_count.setText(_tr("Coding undone."))
        return changes

    # --- suggestions ----------------------------------------------------------------------

    def suggest(self) -> Job[tuple[SuggestionCorpus, list[Suggestion]]] | None:
        """Suggest passages off the GUI thread; ``suggested`` carries them when shown."""
        code_id = self.code_for_suggestions.currentData()
        if code_id is None:
            self.suggested.emit([])
            return None
        project, corpus, generation = self.project, self._corpus, self._generation
        dismissed = set(self._dismissed)

        def work(_progress: Progress,
                 cancelled: CancelCheck) -> tuple[SuggestionCorpus, list[Suggestion]]:
            built = corpus or build_suggestion_corpus(project, cancel=cancelled)
            return built, suggest_for_code(project, code_id=code_id, dismissed=dismissed,
                                           corpus=built)

        def shown(result: tuple[SuggestionCorpus, list[Suggestion]]) -> None:
            built, suggestions = result
            if generation == self._generation:
                self._corpus = built
            self.suggestion_model.set_suggestions(suggestions)
            if suggestions:
                self.suggestions.selectRow(0)
            self._update_buttons()
            self.suggested.emit(suggestions)

        return self._run(work, shown, self.suggested, corpus is not None,
                         _tr("Code suggestions"))

    def current_suggestion(self) -> Suggestion | None:
        index = self.suggestions.currentIndex()
        return self.suggestion_model.payload(index.row()) if index.isValid() else None

    def jump_to_suggestion(self) -> None:
        suggestion = self.current_suggestion()
        if suggestion is not None:
            self._jump_to(suggestion.source_id, suggestion.start, suggestion.end)

    def _drop_current_suggestion(self) -> None:
        row = self.suggestions.currentIndex().row()
        remaining = [s for number, s in enumerate(self.suggestion_model.payloads())
                     if number != row]
        self.suggestion_model.set_suggestions(remaining)
        if remaining:
            self.suggestions.selectRow(min(row, len(remaining) - 1))
        self._update_buttons()

    def accept_suggestion(self) -> Changes:
        suggestion = self.current_suggestion()
        code_id = self.code_for_suggestions.currentData()
        if suggestion is None or code_id is None:
            return Changes()
        try:
            # A suggestion's source id is a plain int (the analysis layer's search records).
            changes = self.wb.segments.apply(
                source_id=SourceId(suggestion.source_id), code_id=CodeId(code_id),
                start=suggestion.start, end=suggestion.end,
                name=_tr("Apply code {code}").format(
                    code=self.code_for_suggestions.currentText().strip()))
        except TelaahError as error:
            self._report(error)
            return Changes()
        self.hub.publish(changes)
        self._drop_current_suggestion()
        return changes

    def dismiss_suggestion(self) -> None:
        suggestion = self.current_suggestion()
        if suggestion is not None:
            self._dismissed.add((suggestion.source_id, suggestion.start, suggestion.end))
            self._drop_current_suggestion()


def open_search(window: QWidget) -> SearchPanel | None:
    from app.ui.host.team_window import open_feature

    widget = open_feature(window, SearchPanel)
    assert widget is None or isinstance(widget, SearchPanel)
    return widget


def install(window: QWidget) -> None:
    from app.ui.host.team_window import add_menu_action

    action = add_menu_action(window, "edit", _tr("&Search the project…"),
                             lambda: open_search(window))
    action.setShortcut("Ctrl+Shift+F")
    prepare_index_when_shown(window)
