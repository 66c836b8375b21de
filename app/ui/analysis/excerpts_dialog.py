"""Coded excerpts to Word (issue 5): choose, preview, and export with a progress dialog."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.coders import list_coders
from app.core.codes import list_codes
from app.core.excerpts import (
    CodeSubject,
    ExcerptDocument,
    ExcerptOptions,
    InformantSubject,
    Subject,
    TablePart,
    TextPart,
    excerpt_document,
    export_excerpts,
    has_table_rows,
    split_table_rows,
)
from app.core.export_labels import ExportLabels
from app.core.informants import list_informants
from app.core.pseudonymising import Pseudonymiser, export_mask
from app.errors import TelaahError
from app.ui.host.analysis_context import AnalysisContext
from app.ui.widgets.long_work import Job, ProgressOptions, run_for
from app.ui.widgets.replacement_list import pseudonymise_check_box, show_replacements
from app.ui.widgets.window_size import fit_window

CONTEXT = "ExcerptsDialog"
PREVIEW_EXCERPTS_PER_GROUP = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def subject_heading(subject: Subject, labels: ExportLabels) -> str:
    """A section or group heading as the Word document writes it."""
    if isinstance(subject, CodeSubject):
        return subject.path
    if isinstance(subject, InformantSubject):
        if subject.who:
            return labels("informant_heading", number=subject.number, label=subject.label,
                          role=subject.who)
        return labels("informant_heading.no_role", number=subject.number, label=subject.label)
    return labels("source_heading", technique=labels.term("technique", subject.kind),
                  title=subject.title)


def preview_html(document: ExcerptDocument, labels: ExportLabels) -> str:
    """Headings with their counts and the first excerpts of each group, as rich text."""
    parts = [f"<h2>{html.escape(labels('excerpts.title'))}</h2>"]
    if not document.sections:
        parts.append(f"<p><i>{html.escape(labels('no_excerpts'))}</i></p>")
    for section in document.sections:
        parts.append(f"<h3>{html.escape(subject_heading(section.subject, labels))} "
                     f"<small>({html.escape(labels('excerpt_count', count=section.excerpt_count))})"
                     "</small></h3>")
        if isinstance(section.subject, CodeSubject) and section.subject.definition:
            parts.append(f"<p><i>{html.escape(section.subject.definition)}</i></p>")
        for group in section.groups:
            parts.append(f"<h4>{html.escape(subject_heading(group.subject, labels))} "
                         f"({len(group.excerpts)})</h4>")
            for excerpt in group.excerpts[:PREVIEW_EXCERPTS_PER_GROUP]:
                parts.append(
                    f"<blockquote>“{excerpt_html(excerpt.text)}” "
                    f"{html.escape(labels.citation(excerpt.citation))}</blockquote>")
            hidden = len(group.excerpts) - PREVIEW_EXCERPTS_PER_GROUP
            if hidden > 0:
                more = _tr("… and {count} more in the document").format(count=hidden)
                parts.append(f"<p><small>{html.escape(more)}</small></p>")
    return "".join(parts)


def excerpt_html(text: str) -> str:
    """An excerpt as rich text: its lines kept, rows of a table in it as a table."""
    parts = split_table_rows(text) if has_table_rows(text) else [TextPart(text)]
    shown = []
    for part in parts:
        if isinstance(part, TablePart):
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row)
                           + "</tr>" for row in part.rows)
            shown.append(f'<table border="1" cellspacing="0" cellpadding="3">{rows}</table>')
        else:
            shown.append(html.escape(part.text).replace("\n", "<br>"))
    return "".join(shown)


def _checkable_list(parent: QWidget, items: list[tuple[str, str]]) -> QListWidget:
    widget = QListWidget(parent)
    for text, key in items:
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
    return widget


def checked_keys(widget: QListWidget) -> tuple[str, ...]:
    return tuple(
        widget.item(row).data(Qt.ItemDataRole.UserRole) for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    )


def check_keys(widget: QListWidget, keys: set[str]) -> None:
    for row in range(widget.count()):
        item = widget.item(row)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in keys
                           else Qt.CheckState.Unchecked)


class ExcerptsDialog(QDialog):
    """Nothing ticked in a list means everything in it.

    ``export_ended`` (the job) fires on the GUI thread once an export has ended;
    ``written`` is then the document written (None when it failed or was cancelled).
    """

    export_ended = Signal(object)  # the Job of app.ui.widgets.work_runner

    def __init__(self, context: AnalysisContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._labels = ExportLabels(context.language)
        self.document: ExcerptDocument | None = None
        self.replacements_box: QMessageBox | None = None
        self.written: ExcerptDocument | None = None
        self._jobs: list[Job[tuple[ExcerptDocument, Pseudonymiser | None]]] = []
        self.setWindowTitle(_tr("Coded excerpts to Word"))
        fit_window(self, "excerpts", (1100, 720))
        project = context.project
        self.codes = _checkable_list(self, [
            ("    " * code.depth + code.name, code.path) for code in list_codes(project)])
        self.informants = _checkable_list(self, [
            (f"{i.label} — {i.role}" if i.role else i.label, i.label)
            for i in list_informants(project)])
        self.coders = _checkable_list(self, [(c.name, c.name) for c in list_coders(project)])
        self.group_by = QComboBox(self)
        self.group_by.addItem(_tr("code, then informant"), "code")
        self.group_by.addItem(_tr("informant, then code"), "informant")
        self.pseudonymise = pseudonymise_check_box(self)
        self.with_coder = QCheckBox(_tr("Name the coder of each excerpt"), self)
        self.with_memo = QCheckBox(_tr("Add segment memos"), self)
        self.preview_button = QPushButton(_tr("Preview"), self)
        self.export_button = QPushButton(_tr("Export .docx…"), self)
        self.close_button = QPushButton(_tr("Close"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.preview_view = QTextBrowser(self)

        choices = QWidget(self)
        choices_layout = QVBoxLayout(choices)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        for title, widget in ((_tr("Codes (a code includes its sub-codes)"), self.codes),
                              (_tr("Informants"), self.informants),
                              (_tr("Coders"), self.coders)):
            box = QGroupBox(title, choices)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(widget)
            choices_layout.addWidget(box, 2 if widget is self.codes else 1)
        options = QFormLayout()
        options.addRow(_tr("Group by"), self.group_by)
        options.addRow(self.pseudonymise)
        options.addRow(self.with_coder)
        options.addRow(self.with_memo)
        choices_layout.addLayout(options)
        hint = QLabel(_tr("Nothing ticked in a list means all of it."), choices)
        hint.setWordWrap(True)
        choices_layout.addWidget(hint)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.preview_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(choices)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 720])
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.preview_button.clicked.connect(self.preview)
        self.export_button.clicked.connect(self._choose_export)
        self.close_button.clicked.connect(self.accept)

    def options(self) -> ExcerptOptions:
        return ExcerptOptions(
            codes=checked_keys(self.codes), informants=checked_keys(self.informants),
            coders=checked_keys(self.coders), group_by=self.group_by.currentData(),
            pseudonymise=self.pseudonymise.isChecked(), with_coder=self.with_coder.isChecked(),
            with_memo=self.with_memo.isChecked())

    def preview(self) -> ExcerptDocument | None:
        try:
            document = excerpt_document(self._context.project, options=self.options(),
                                        labels=self._labels)
        except TelaahError as error:
            self._context.report(self, error)
            return None
        self.document = document
        total = sum(section.excerpt_count for section in document.sections)
        self.summary.setText(_tr("{sections} sections, {excerpts} excerpts").format(
            sections=len(document.sections), excerpts=total))
        self.preview_view.setHtml(preview_html(document, self._labels))
        return document

    def _choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _tr("Export coded excerpts"), "kutipan_terkode.docx",
            _tr("Word document (*.docx)"))
        if path:
            target = Path(path)
            self.export(target if target.suffix.lower() == ".docx"
                        else target.with_name(target.name + ".docx"))

    def export(self, path: Path) -> Job[tuple[ExcerptDocument, Pseudonymiser | None]]:
        """Start writing the document off the GUI thread, with a progress dialog whose
        Cancel leaves no file behind. The returned job says when it has ended."""
        project, labels, options = self._context.project, self._labels, self.options()
        self.written = None

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]
                 ) -> tuple[ExcerptDocument, Pseudonymiser | None]:
            mask = export_mask(project, labels=labels, mode=options.name_mode) \
                if options.pseudonymise else None
            document = export_excerpts(project, path=path, options=options, labels=labels,
                                       progress=progress, cancelled=cancelled, mask=mask)
            return document, mask

        def written(result: tuple[ExcerptDocument, Pseudonymiser | None]) -> None:
            self.written, mask = result
            self.summary.setText(_tr("Written: {path}").format(path=str(path)))
            if mask is not None:
                self.replacements_box = show_replacements(self, mask.replacements())

        def ended() -> None:
            self._jobs = [other for other in self._jobs if not other.done]
            self.export_ended.emit(job)

        job = run_for(self, work, on_result=written,
                      report=lambda error: self._context.report(self, error),
                      progress=ProgressOptions(_tr("Export coded excerpts"),
                                               _tr("Writing the excerpts…"), minimum_ms=300),
                      on_finished=ended)
        self._jobs.append(job)
        return job

    def done(self, result: int) -> None:
        for job in self._jobs:  # a writer still running stops; it leaves no file
            job.cancel()
        super().done(result)
