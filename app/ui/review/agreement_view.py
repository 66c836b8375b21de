"""Intercoder agreement (issue 6): choose what to compare, see every figure with its unit and
formula, and work through the disagreements side by side."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.agreement import (
    CONSENSUS_CODER,
    AgreementResult,
    AgreementSettings,
    Disagreement,
    measure_agreement,
)
from app.core.agreement_coders import comparable_coders, resolved_disagreements
from app.core.agreement_export import export_agreement
from app.core.agreement_reading import count_disagreements
from app.core.evidence import turn_places
from app.core.project import Project
from app.errors import TelaahError
from app.i18n import choose_language
from app.ui.host.analysis_context import JumpTo, Translate, same_text
from app.ui.host.change_hub import ChangeHub
from app.ui.host.error_messages import show_error
from app.ui.host.feature_dialog import FeatureDialog
from app.ui.host.window_api import WindowHost
from app.ui.review.agreement_choices import AgreementChoices
from app.ui.review.agreement_model import DisagreementModel
from app.ui.review.agreement_results import (
    explanation_html,
    figures_page,
    reading_html,
    summary_text,
)
from app.ui.widgets.long_work import Job, ProgressOptions, run_for
from app.ui.widgets.window_size import fit_window

CONTEXT = "AgreementView"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class AgreementView(FeatureDialog):
    """``result`` holds the last computed agreement (None before the first run)."""

    def __init__(self, project: Project, hub: ChangeHub, coder_name: str, jump_to: JumpTo,
                 parent: QWidget | None = None, *,
                 translate_error: Translate = same_text) -> None:
        super().__init__(project, hub, coder_name, jump_to, parent,
                         translate_error=translate_error)
        self.agreement: AgreementResult | None = None
        self.computing: Job[AgreementResult] | None = None
        self.resolved: frozenset[str] = frozenset()
        self.disagreement_count = ""
        self.setWindowTitle(_tr("Intercoder agreement"))
        fit_window(self, "agreement", (1400, 820))

        self.choices = AgreementChoices(comparable_coders(project), self)
        # The choices' parts, as the window's own (tests and the keyboard reach them here).
        self.coders, self.unit = self.choices.coders, self.choices.unit
        self.overlap, self.presence_by = self.choices.overlap, self.choices.presence_by
        self.all_sources = self.choices.all_sources
        self.compute_button = self.choices.compute_button

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tables = QTabWidget(self)
        self.reading = QLabel(self)  # how to read κ and α, with the bands' sources
        self.reading.setWordWrap(True)
        self.reading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reading.setObjectName("reading")
        self.explanation = QTextBrowser(self)

        self.disagreement_model = DisagreementModel(self)
        self.disagreements = QTableView(self)
        self.disagreements.setModel(self.disagreement_model)
        self.disagreements.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.disagreements.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.disagreements.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.disagreements.setWordWrap(True)
        self.disagreements.verticalHeader().setVisible(False)
        rows = self.disagreements.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 3 + 8)
        self.disagreements.horizontalHeader().setStretchLastSection(True)
        self.jump_button = QPushButton(_tr("Show in text"), self)
        self.accept_coder = QComboBox(self)
        self.accept_button = QPushButton(_tr("Accept this version"), self)
        self.merge_button = QPushButton(_tr("Merge"), self)
        self.keep_both_button = QPushButton(_tr("Keep both"), self)
        self.resolve_note = QLabel(_tr(
            "Resolving writes the consensus version as segments of coder '{coder}'; the "
            "coders' own segments stay as they are.").format(coder=CONSENSUS_CODER), self)
        self.resolve_note.setWordWrap(True)

        choices_column = QWidget(self)
        choices_layout = QVBoxLayout(choices_column)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        choices_layout.addWidget(self.choices)
        choices_layout.addStretch(1)

        figures_page = QWidget(self)
        figures_layout = QVBoxLayout(figures_page)
        figures_layout.setContentsMargins(0, 0, 0, 0)
        figures_layout.addWidget(self.tables, 3)
        figures_layout.addWidget(self.reading)
        figures_layout.addWidget(QLabel(_tr("What was compared, and how"), figures_page))
        figures_layout.addWidget(self.explanation, 2)

        disagreement_page = QWidget(self)
        disagreement_layout = QVBoxLayout(disagreement_page)
        disagreement_layout.setContentsMargins(0, 0, 0, 0)
        disagreement_layout.addWidget(self.disagreements, 1)
        resolve = QHBoxLayout()
        resolve.addWidget(self.jump_button)
        resolve.addStretch(1)
        resolve.addWidget(self.accept_coder)
        resolve.addWidget(self.accept_button)
        resolve.addWidget(self.merge_button)
        resolve.addWidget(self.keep_both_button)
        disagreement_layout.addLayout(resolve)
        disagreement_layout.addWidget(self.resolve_note)

        self.pages = QTabWidget(self)
        self.pages.addTab(figures_page, _tr("Figures"))
        self.pages.addTab(disagreement_page, _tr("Disagreements"))
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.pages, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(choices_column)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 1080])
        close_button = QPushButton(_tr("Close"), self)
        self.export_docx_button = QPushButton(_tr("Export .docx…"), self)
        self.export_xlsx_button = QPushButton(_tr("Export .xlsx…"), self)
        self.saved_label = QLabel(self)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for button in (close_button, self.export_docx_button, self.export_xlsx_button,
                       self.compute_button, self.jump_button, self.accept_button,
                       self.merge_button, self.keep_both_button):
            button.setAutoDefault(False)  # Enter never resolves or closes by surprise
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_docx_button)
        bottom.addWidget(self.export_xlsx_button)
        bottom.addWidget(self.saved_label, 1)
        bottom.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.compute_button.clicked.connect(self.compute)
        self.jump_button.clicked.connect(self.jump_to_current)
        self.disagreements.doubleClicked.connect(lambda _index: self.jump_to_current())
        self.disagreements.selectionModel().currentRowChanged.connect(
            lambda *_args: self._update_resolve_buttons())
        self.accept_button.clicked.connect(
            lambda: self.resolve("accept", self.accept_coder.currentText()))
        self.merge_button.clicked.connect(lambda: self.resolve("merge"))
        self.keep_both_button.clicked.connect(lambda: self.resolve("keep_both"))
        close_button.clicked.connect(self.accept)
        self.export_docx_button.clicked.connect(lambda: self._choose_export(".docx"))
        self.export_xlsx_button.clicked.connect(lambda: self._choose_export(".xlsx"))
        self._update_resolve_buttons()
        self.summary.setText(_tr("Choose the coders and press Compute."))

    # --- choices --------------------------------------------------------------------------

    def set_coders(self, names: list[str]) -> None:
        self.choices.set_coders(names)

    def chosen_coders(self) -> tuple[str, ...]:
        return self.choices.chosen_coders()

    def settings(self) -> AgreementSettings:
        return self.choices.settings()

    # --- computing ------------------------------------------------------------------------

    def _report(self, error: TelaahError) -> None:
        show_error(self, error, self._translate)

    def compute(self) -> Job[AgreementResult] | None:
        """Compare the chosen coding off the GUI thread (with progress and Cancel); the
        result is shown once the job is done. None when the choices are not valid."""
        try:
            settings = self.settings()
        except TelaahError as error:
            self._report(error)
            return None
        project = self.project

        def work(progress: Callable[[int, int], None],
                 cancelled: Callable[[], bool]) -> AgreementResult:
            return measure_agreement(project, settings=settings, progress=progress,
                                     cancel=cancelled)

        self.computing = run_for(self, work, on_result=self.show_result, report=self._report,
                                 progress=ProgressOptions(_tr("Intercoder agreement"),
                                                          _tr("Comparing the coding…")))
        return self.computing

    def done(self, result: int) -> None:
        if self.computing is not None:  # closing stops a comparison still running
            self.computing.cancel()
        super().done(result)

    def show_result(self, result: AgreementResult) -> None:
        self.agreement = result
        coders = result.settings.coders
        current = self.tables.currentIndex()
        while self.tables.count():
            page = self.tables.widget(0)
            self.tables.removeTab(0)
            if page is not None:
                page.deleteLater()
        for table in result.tables:
            self.tables.addTab(*figures_page(table, coders, self._translate, self))
        self.tables.setCurrentIndex(max(0, min(current, self.tables.count() - 1)))
        self.tables.tabBar().setVisible(self.tables.count() > 1)
        self.summary.setText(summary_text(result))
        self.reading.setText(reading_html(result, self._translate, self.language()))
        self.explanation.setHtml(explanation_html(result, self._translate))
        try:
            places = turn_places(self.project, ((d.source_id, d.start)
                                                for d in result.disagreements))
            self.resolved = resolved_disagreements(self.project)
        except TelaahError as error:
            self._report(error)
            places = {}
        self.disagreement_model.set_disagreements(
            [d for d in result.disagreements if d.key not in self.resolved], coders, places)
        header = self.disagreements.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(3, 3 + len(coders)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._count_disagreements()
        self.accept_coder.clear()
        self.accept_coder.addItems(list(coders))
        self._update_resolve_buttons()

    # --- disagreements --------------------------------------------------------------------

    def current_disagreement(self) -> Disagreement | None:
        index = self.disagreements.currentIndex()
        return self.disagreement_model.payload(index.row()) if index.isValid() else None

    def _update_resolve_buttons(self) -> None:
        chosen = self.current_disagreement() is not None
        for widget in (self.jump_button, self.accept_coder, self.accept_button,
                       self.merge_button, self.keep_both_button):
            widget.setEnabled(chosen)
        for button in (self.export_docx_button, self.export_xlsx_button):
            button.setEnabled(self.agreement is not None)

    def jump_to_current(self) -> None:
        row = self.current_disagreement()
        if row is not None:
            self._jump_to(row.source_id, row.start, row.end)

    def resolve(self, resolution: str, accept: str | None = None) -> bool:
        row = self.current_disagreement()
        if row is None:
            return False
        try:
            changes = self.wb.agreement.resolve(disagreement=row, resolution=resolution,
                                                accept=accept)
        except TelaahError as error:
            self._report(error)
            return False
        self.hub.publish(changes)
        # The row is settled: off the open list, still counted (the coders' figures and
        # disagreements do not change; the consensus is a separate coder).
        self.resolved = self.resolved | {row.key}
        remaining = [d for d in self.disagreement_model.payloads() if d.key != row.key]
        self.disagreement_model.set_disagreements(remaining, self.disagreement_model.coders,
                                                  self.disagreement_model.places)
        self._count_disagreements()
        self._update_resolve_buttons()
        return True

    def _count_disagreements(self) -> None:
        """The same count as ``telaah agreement``: all of them, how many are resolved."""
        if self.agreement is None:
            return
        count = count_disagreements(self.agreement, self.resolved)
        self.pages.setTabText(1, _tr("Disagreements ({count})").format(count=count.total)
                              if not count.resolved else
                              _tr("Disagreements ({open} open of {count})").format(
                                  open=count.open, count=count.total))
        self.disagreement_count = count.text(self._translate)
        self.pages.setTabToolTip(1, self.disagreement_count)

    # --- export -------------------------------------------------------------------------

    def language(self) -> str:
        window = self.parentWidget()
        return (window.language if isinstance(window, WindowHost) else None) \
            or choose_language()

    def _choose_export(self, suffix: str) -> None:
        if self.agreement is None:
            return
        kinds = {".docx": _tr("Word document (*.docx)"), ".xlsx": _tr("Excel workbook (*.xlsx)")}
        path, _filter = QFileDialog.getSaveFileName(
            self, _tr("Export agreement"), f"kesepakatan_koder{suffix}", kinds[suffix])
        if path:
            target = Path(path)
            if target.suffix.lower() != suffix:
                target = target.with_name(target.name + suffix)
            self.export(target)

    def export(self, path: Path) -> Job[None] | None:
        """Tables, unit, formulas, reading with sources, sources compared, written off the
        GUI thread; says where once written. None before anything was computed."""
        result = self.agreement
        if result is None:
            return None
        translate, language, resolved = self._translate, self.language(), self.resolved

        def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> None:
            export_agreement(result, path, translate=translate, language=language,
                             resolved=resolved)

        def written(_none: None) -> None:
            self.saved_label.setText(_tr("Saved to {path}").format(path=path))
            self.saved_label.setToolTip(str(path))

        return run_for(self, work, on_result=written, report=self._report,
                       progress=ProgressOptions(_tr("Export agreement"),
                                                _tr("Writing the agreement tables…"),
                                                cancellable=False))


def open_agreement(window: QWidget) -> AgreementView | None:
    from app.ui.host.team_window import open_feature

    widget = open_feature(window, AgreementView)
    assert widget is None or isinstance(widget, AgreementView)
    return widget


def install(window: QWidget) -> None:
    from app.ui.host.team_window import add_menu_action

    add_menu_action(window, "review", _tr("Intercoder &agreement…"),
                    lambda: open_agreement(window))
