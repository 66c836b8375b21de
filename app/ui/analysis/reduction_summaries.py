"""Per-code summaries written from the paraphrases, with the code's coverage gaps."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.codes import CodeView
from app.core.condensation import coverage
from app.core.evidence import Evidence, informant_sort_key
from app.core.ids import CodeId
from app.errors import EditConflict, TelaahError
from app.ui.host.analysis_context import AnalysisContext
from app.ui.widgets.conflict_dialog import EDIT, KEEP_MINE, KEEP_THEIRS, Resolve, ask_resolution

CONTEXT = "CodeSummaries"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CodeSummaries(QWidget):
    """Pick a code: read its condensed statements, see where it has no data, write its
    summary."""

    def __init__(self, context: AnalysisContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._evidence: list[Evidence] = []
        self.codes = QListWidget(self)
        self.statements = QTextBrowser(self)
        self.coverage = QLabel(self)
        self.coverage.setWordWrap(True)
        self.coverage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QPlainTextEdit(self)
        # The summary as shown when the code was chosen: saving checks nobody changed it.
        self._loaded_summary = ""
        self.resolve: Resolve = lambda parent, conflict: ask_resolution(
            parent, conflict, self._context.translate_error)
        self.summary.setPlaceholderText(_tr("Summary of this code, written from its "
                                            "condensed statements"))
        self.save = QPushButton(_tr("Save summary"), self)
        self.save.setEnabled(False)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(_tr("Condensed statements (the quote where none "
                                          "was written)"), right))
        right_layout.addWidget(self.statements, 3)
        right_layout.addWidget(self.coverage)
        right_layout.addWidget(QLabel(_tr("Code summary"), right))
        right_layout.addWidget(self.summary, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        right_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.codes)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.codes.currentItemChanged.connect(self._show_code)
        self.save.clicked.connect(self.save_summary)

    def set_data(self, evidence: list[Evidence], codes: list[CodeView]) -> None:
        self._evidence = evidence
        chosen = self.current_code_id()
        self.codes.blockSignals(True)
        self.codes.clear()
        counts: dict[int, int] = {}
        for segment in evidence:
            counts[segment.code_id] = counts.get(segment.code_id, 0) + 1
        for code in codes:
            if not code.codable:
                continue
            item = QListWidgetItem(f"{code.path} ({counts.get(code.id, 0)})", self.codes)
            item.setData(Qt.ItemDataRole.UserRole, code.id)
            if code.id == chosen:
                self.codes.setCurrentItem(item)
        self.codes.blockSignals(False)
        if self.codes.currentItem() is None and self.codes.count():
            self.codes.setCurrentRow(0)
        else:
            self._show_code()

    def current_code_id(self) -> CodeId | None:
        item = self.codes.currentItem()
        return None if item is None else CodeId(int(item.data(Qt.ItemDataRole.UserRole)))

    def select_code(self, code_id: int) -> bool:
        for row in range(self.codes.count()):
            if self.codes.item(row).data(Qt.ItemDataRole.UserRole) == code_id:
                self.codes.setCurrentRow(row)
                return True
        return False

    def _show_code(self, *_args: object) -> None:
        code_id = self.current_code_id()
        self.save.setEnabled(code_id is not None)
        if code_id is None:
            self.statements.clear()
            self.coverage.clear()
            self.summary.clear()
            return
        own = sorted((e for e in self._evidence if e.code_id == code_id),
                     key=lambda e: (informant_sort_key(e.informant_type, e.informant),
                                    e.source, e.start))
        lines = []
        for segment in own:
            who = segment.informant or segment.source
            statement = segment.paraphrase or f"“{' '.join(segment.text.split())}”"
            lines.append(f"<p><b>{_escape(who)}</b>: {_escape(statement)}</p>")
        self.statements.setHtml("".join(lines) or f"<p><i>{_escape(_tr('No segments yet.'))}"
                                                  "</i></p>")
        gaps = coverage(self._context.project, code_id=code_id)
        self.coverage.setText(
            _tr("Informants without a segment: {informants}. Sources without a segment: "
                "{sources}.").format(
                informants=", ".join(gaps.informants_without) or _tr("none"),
                sources=", ".join(gaps.sources_without) or _tr("none")))
        self._loaded_summary = self._context.wb.reduction.code_summary(code_id=code_id)
        self.summary.setPlainText(self._loaded_summary)

    def save_summary(self) -> None:
        """Save the summary unless someone else saved another since it was shown; then ask
        (keep mine, keep theirs, or edit with theirs above mine)."""
        code_id = self.current_code_id()
        if code_id is None:
            return
        body = self.summary.toPlainText()
        expected: str | None = self._loaded_summary
        try:
            try:
                changes = self._context.wb.reduction.set_code_summary(
                    code_id=code_id, body=body, expected=expected)
            except EditConflict as conflict:
                answer = self.resolve(self, conflict)
                theirs = self._context.wb.reduction.code_summary(code_id=code_id)
                if answer == KEEP_MINE:
                    changes = self._context.wb.reduction.set_code_summary(
                        code_id=code_id, body=body, expected=theirs)
                else:
                    if answer in (KEEP_THEIRS, EDIT):
                        self._loaded_summary = theirs
                        self.summary.setPlainText(
                            theirs if answer == KEEP_THEIRS else f"{theirs}\n\n{body}")
                    return
        except TelaahError as error:
            self._context.report(self, error)
            return
        self._loaded_summary = body.strip()
        self._context.publish(changes)


def _escape(text: str) -> str:
    return html.escape(text)
