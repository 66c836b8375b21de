"""Intercoder agreement (issue 6): choose what to compare, see every figure with its unit and
formula, and work through the disagreements side by side."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.analysis.agreement import AgreementResult
from app.analysis.agreement_data import DEFAULT_OVERLAP, AgreementSettings
from app.analysis.agreement_disagreements import Disagreement
from app.core.agreement import CONSENSUS_CODER, measure_agreement, resolve_disagreement
from app.core.agreement_coders import comparable_coders, resolved_disagreements
from app.core.agreement_export import export_agreement
from app.core.agreement_reading import count_disagreements, reading_lines, reference_lines
from app.core.evidence import turn_places
from app.core.project import Project
from app.errors import TelaahError
from app.i18n import choose_language
from app.ui.analysis.analysis_context import JumpTo, Translate, same_text
from app.ui.exchange.exchange_progress import run_with_progress
from app.ui.review.agreement_model import (
    STATISTIC_NAMES,
    AgreementFiguresModel,
    DisagreementModel,
    statistic_label,
)
from app.ui.shell.change_hub import ChangeHub
from app.ui.shell.error_messages import show_error
from app.ui.shell.feature_dialog import FeatureDialog
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
        self.resolved: frozenset[str] = frozenset()
        self.disagreement_count = ""
        self.setWindowTitle(_tr("Intercoder agreement"))
        fit_window(self, "agreement", (1400, 820))

        self.coders = QListWidget(self)
        for coder in comparable_coders(project):  # no consensus, no supervisor without coding
            item = QListWidgetItem(f"{coder.name} ({coder.segment_count})", self.coders)
            item.setData(Qt.ItemDataRole.UserRole, coder.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.coders.setMaximumHeight(110)
        self.unit = QComboBox(self)
        self.unit.addItem(_tr("Segment"), "segment")
        self.unit.addItem(_tr("Character"), "character")
        self.unit.addItem(_tr("Presence"), "presence")
        self.overlap = QDoubleSpinBox(self)
        self.overlap.setRange(1, 100)
        self.overlap.setDecimals(0)
        self.overlap.setSuffix(" %")
        self.overlap.setValue(DEFAULT_OVERLAP * 100)
        self.presence_by = QComboBox(self)
        self.presence_by.addItem(_tr("source"), "source")
        self.presence_by.addItem(_tr("informant"), "informant")
        self.all_sources = QCheckBox(_tr("Compare every source"), self)
        self.all_sources.setToolTip(_tr(
            "Compare every source, not only those two coders coded; a coder who coded nothing "
            "in a source then counts as 'not coded' there."))
        self.compute_button = QPushButton(_tr("Compute"), self)

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

        choices = QGroupBox(_tr("What to compare"), self)
        form = QFormLayout(choices)
        form.addRow(_tr("Coders (two or more)"), self.coders)
        form.addRow(_tr("Unit"), self.unit)
        form.addRow(_tr("Segment overlap needed"), self.overlap)
        form.addRow(_tr("Presence per"), self.presence_by)
        form.addRow(self.all_sources)
        form.addRow(self.compute_button)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        choices_column = QWidget(self)
        choices_layout = QVBoxLayout(choices_column)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        choices_layout.addWidget(choices)
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

        self.unit.currentIndexChanged.connect(self._update_choices)
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
        self._check_default_coders()
        self._update_choices()
        self._update_resolve_buttons()
        self.summary.setText(_tr("Choose the coders and press Compute."))

    # --- choices --------------------------------------------------------------------------

    def _check_default_coders(self) -> None:
        """The two coders with the most segments, as a start."""
        counted = sorted(((int(self.coders.item(row).text().rsplit("(", 1)[1].rstrip(")")), row)
                          for row in range(self.coders.count())), reverse=True)
        for _count, row in counted[:2]:
            self.coders.item(row).setCheckState(Qt.CheckState.Checked)

    def set_coders(self, names: list[str]) -> None:
        for row in range(self.coders.count()):
            item = self.coders.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in names else Qt.CheckState.Unchecked)

    def chosen_coders(self) -> tuple[str, ...]:
        return tuple(self.coders.item(row).data(Qt.ItemDataRole.UserRole)
                     for row in range(self.coders.count())
                     if self.coders.item(row).checkState() == Qt.CheckState.Checked)

    def _update_choices(self) -> None:
        unit = self.unit.currentData()
        self.overlap.setEnabled(unit == "segment")
        self.presence_by.setEnabled(unit == "presence")

    def settings(self) -> AgreementSettings:
        return AgreementSettings(
            coders=self.chosen_coders(), unit=self.unit.currentData(),
            overlap=round(self.overlap.value()) / 100,
            presence_by=self.presence_by.currentData(),
            all_sources=self.all_sources.isChecked())

    # --- computing ------------------------------------------------------------------------

    def _report(self, error: TelaahError) -> None:
        show_error(self, error, self._translate)

    def compute(self) -> AgreementResult | None:
        try:
            settings = self.settings()
            result = run_with_progress(
                self, _tr("Intercoder agreement"), _tr("Comparing the coding…"),
                lambda progress, cancel: measure_agreement(
                    self.project, settings=settings, progress=progress, cancel=cancel))
        except TelaahError as error:
            self._report(error)
            return None
        if result is not None:
            self.show_result(result)
        return result

    def show_result(self, result: AgreementResult) -> None:
        self.agreement = result
        coders = result.settings.coders
        translate = self._translate
        current = self.tables.currentIndex()
        while self.tables.count():
            page = self.tables.widget(0)
            self.tables.removeTab(0)
            if page is not None:
                page.deleteLater()
        for table in result.tables:
            model = AgreementFiguresModel(coders, translate, self)
            model.set_table(table, coders)
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(4, 4, 4, 4)
            description = QLabel(table.description(translate), page)
            description.setWordWrap(True)
            description.setObjectName("unit_description")
            view = QTableView(page)
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            view.setWordWrap(False)
            view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
            header = view.horizontalHeader()
            view.resizeColumnsToContents()
            # The figures always fit; the code column takes what is left (paths elide).
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in range(1, model.columnCount()):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            page_layout.addWidget(description)
            page_layout.addWidget(view, 1)
            title = {None: _tr("Figures"), "included": _tr("Uncoded text included"),
                     "excluded": _tr("Uncoded text excluded")}.get(table.uncoded,
                                                                    table.uncoded) or ""
            self.tables.addTab(page, title)
        self.tables.setCurrentIndex(max(0, min(current, self.tables.count() - 1)))
        self.tables.tabBar().setVisible(self.tables.count() > 1)
        summary = _tr("Agreement between {coders}. Sources compared ({count}): {titles}").format(
            coders=", ".join(coders), count=len(result.compared_sources),
            titles=", ".join(s.title for s in result.compared_sources))
        if result.skipped_sources:
            summary += "\n" + _tr("Sources left out ({count}): {titles}").format(
                count=len(result.skipped_sources),
                titles=", ".join(s.title for s in result.skipped_sources))
        self.summary.setText(summary)
        self.reading.setText(self.reading_html(result))
        self.explanation.setHtml(self.explanation_html(result))
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

    def explanation_html(self, result: AgreementResult) -> str:
        translate = self._translate
        parts = [f"<p>{html.escape(table.description(translate))}</p>"
                 for table in result.tables]
        parts.extend(f"<p>{html.escape(translate(note))}</p>" for note in result.notes)
        parts.append(f"<p><b>{html.escape(_tr('Formulas'))}</b></p><ul>")
        formulas = {s.name: s.formula for s in result.tables[0].overall.statistics}
        for name in STATISTIC_NAMES:
            parts.append(f"<li><b>{html.escape(statistic_label(name))}</b>: "
                         f"{html.escape(translate(formulas[name]))}</li>")
        parts.append("</ul>")
        parts.append(f"<p><b>{html.escape(_tr('Interpretation bands'))}</b></p><ul>")
        parts.extend(f"<li>{html.escape(line)}</li>" for line in reference_lines(translate)[1:])
        parts.append("</ul>")
        reasons = sorted({s.reason for table in result.tables
                          for figures in [table.overall, *(r.figures for r in table.rows)]
                          for s in figures.statistics if s.value is None and s.reason})
        if reasons:
            parts.append(f"<p><b>{html.escape(_tr('Not reported (—)'))}</b></p><ul>")
            parts.extend(f"<li>{html.escape(translate(reason))}</li>" for reason in reasons)
            parts.append("</ul>")
        return "".join(parts)

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
            changes = resolve_disagreement(self.project, disagreement=row,
                                           resolution=resolution, accept=accept)
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

    # --- reading and export ---------------------------------------------------------------

    def reading_html(self, result: AgreementResult) -> str:
        """Every pooled figure with its band and source, then why % and κ can differ."""
        lines = reading_lines(result, self._translate, self.language())
        head, *figures, note = lines
        rows: list[tuple[str, list[str]]] = [("", [])]
        for line in figures:
            if line.endswith(":"):  # a table's title: its figures on a line of their own
                rows.append((f"<u>{html.escape(line)}</u> ", []))
            else:
                rows[-1][1].append(html.escape(line.strip()))
        shown = "<br>".join(title + " · ".join(row) for title, row in rows if row)
        return (f"<b>{html.escape(head)}</b><br>{shown}<br><i>{html.escape(note)}</i>")

    def language(self) -> str:
        return str(getattr(self.parentWidget(), "language", None) or choose_language())

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

    def export(self, path: Path) -> bool:
        """Tables, unit, formulas, reading with sources, sources compared; says where."""
        if self.agreement is None:
            return False
        try:
            export_agreement(self.agreement, path, translate=self._translate,
                             language=self.language(), resolved=self.resolved)
        except TelaahError as error:
            self._report(error)
            return False
        self.saved_label.setText(_tr("Saved to {path}").format(path=path))
        self.saved_label.setToolTip(str(path))
        return True


def open_agreement(window: QWidget) -> AgreementView | None:
    from app.ui.shell.team_window import open_feature

    widget = open_feature(window, AgreementView)
    assert widget is None or isinstance(widget, AgreementView)
    return widget


def install(window: QWidget) -> None:
    from app.ui.shell.team_window import add_menu_action

    add_menu_action(window, "review", _tr("Intercoder &agreement…"),
                    lambda: open_agreement(window))
