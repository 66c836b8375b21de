"""One conclusion: statement, verdict beside the suggestion, evidence links, checks."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.conclusion_terms import CONCLUSION_STATUSES, TACTICS
from app.core.conclusions import ConclusionView, conclusion_of_code
from app.core.ids import CodeId, SegmentId
from app.errors import TelaahError
from app.errors.conflicts import EditConflict
from app.ui.analysis.conclusion_evidence import ConclusionEvidenceModel
from app.ui.analysis.conclusion_texts import (
    checks_lines,
    rule_text,
    status_text,
    tactic_text,
    warning_text,
)
from app.ui.host.analysis_context import AnalysisContext
from app.ui.widgets.conflict_dialog import (
    EDIT,
    KEEP_MINE,
    KEEP_THEIRS,
    Resolve,
    ask_resolution,
)

CONTEXT = "ConclusionEditor"
NO_VERDICT = ""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ConclusionEditor(QWidget):
    """Edits the conclusion of one code; ``saved`` fires after a successful save."""

    saved = Signal()

    def __init__(self, context: AnalysisContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._view: ConclusionView | None = None
        # What the fields were filled from: a save sends only what differs from it.
        self._loaded: ConclusionView | None = None
        self._dirty = False
        self.resolve: Resolve = lambda parent, conflict: ask_resolution(
            parent, conflict, self._context.translate_error)
        self.target = QLabel(self)
        self.target.setWordWrap(True)
        self.statement = QPlainTextEdit(self)
        self.statement.setPlaceholderText(_tr("The conclusion for this indicator, in a "
                                              "sentence or two"))
        self.statement.setFixedHeight(64)
        self.verdict = QComboBox(self)
        self.verdict.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.verdict.setMinimumContentsLength(16)
        self.suggestion = QLabel(self)
        self.suggestion.setWordWrap(True)
        self.use_suggestion = QPushButton(_tr("Use suggestion"), self)
        self.override_reason = QLineEdit(self)
        self.override_reason.setPlaceholderText(
            _tr("Required when your verdict differs from the suggestion"))
        self.status = QComboBox(self)
        for status in CONCLUSION_STATUSES:
            self.status.addItem(status_text(status), status)
        self.tactics = {tactic: QCheckBox(tactic_text(tactic), self) for tactic in TACTICS}
        self.checks = QLabel(self)
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.TextFormat.RichText)
        self.checks.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.save_button = QPushButton(_tr("Save conclusion"), self)
        self.save_button.setDefault(True)

        self.evidence_model = ConclusionEvidenceModel(self)
        self.evidence = QTableView(self)
        self.evidence.setModel(self.evidence_model)
        self.evidence.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # whole in the tooltip
        self.evidence.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.evidence.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.evidence.verticalHeader().setVisible(False)
        self.evidence.setAlternatingRowColors(True)
        header = self.evidence.horizontalHeader()
        # Fit the short columns to the rows in view: measuring the first 1,000 rows (Qt's
        # default) asked the model for ~100,000 cells on a group project's evidence list.
        header.setResizeContentsPrecision(0)
        for column in range(ConclusionEvidenceModel.QUOTE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ConclusionEvidenceModel.QUOTE,
                                    QHeaderView.ResizeMode.Stretch)
        self.mark_supporting = QPushButton(_tr("Supporting"), self)
        self.mark_contradicting = QPushButton(_tr("Contradicting"), self)
        self.unlink = QPushButton(_tr("Unlink"), self)

        verdict_row = QHBoxLayout()
        verdict_row.addWidget(self.verdict)
        verdict_row.addWidget(self.use_suggestion)
        verdict_row.addStretch(1)
        verdict_row.addWidget(QLabel(_tr("Status"), self))
        verdict_row.addWidget(self.status)
        form = QFormLayout()
        form.addRow(self.target)
        form.addRow(_tr("Statement"), self.statement)
        form.addRow(_tr("Verdict"), verdict_row)
        form.addRow(_tr("Suggested"), self.suggestion)
        form.addRow(_tr("Override reason"), self.override_reason)

        checks_box = QGroupBox(_tr("Verification checks"), self)
        checks_layout = QVBoxLayout(checks_box)
        checks_layout.addWidget(self.checks)
        tactics_box = QGroupBox(_tr("Tactics (Miles && Huberman)"), self)
        tactics_layout = QVBoxLayout(tactics_box)
        for box in self.tactics.values():
            tactics_layout.addWidget(box)
        tactics_layout.addStretch(1)
        boxes = QHBoxLayout()
        boxes.addWidget(checks_box, 3)
        boxes.addWidget(tactics_box, 2)

        link_row = QHBoxLayout()
        link_row.addWidget(QLabel(_tr("Evidence — mark the selected segments as:"), self))
        link_row.addWidget(self.mark_supporting)
        link_row.addWidget(self.mark_contradicting)
        link_row.addWidget(self.unlink)
        link_row.addStretch(1)
        link_row.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(boxes)
        layout.addLayout(link_row)
        layout.addWidget(self.evidence, 1)

        self.statement.textChanged.connect(self._mark_dirty)
        self.override_reason.textEdited.connect(self._mark_dirty)
        self.verdict.activated.connect(self._mark_dirty)
        self.verdict.currentIndexChanged.connect(self._show_override_need)
        self.status.activated.connect(self._mark_dirty)
        for box in self.tactics.values():
            box.clicked.connect(self._mark_dirty)
        self.use_suggestion.clicked.connect(self._use_suggestion)
        self.save_button.clicked.connect(self.save)
        self.mark_supporting.clicked.connect(lambda: self.link_selected("supporting"))
        self.mark_contradicting.clicked.connect(lambda: self.link_selected("contradicting"))
        self.unlink.clicked.connect(lambda: self.link_selected(None))
        self.evidence.doubleClicked.connect(self._jump)
        self.setEnabled(False)

    # --- showing --------------------------------------------------------------------------

    def show_conclusion(self, view: ConclusionView | None, scale: tuple[str, ...]) -> None:
        """Show ``view``; unsaved edits of the same conclusion are kept."""
        same = (self._view is not None and view is not None
                and self._view.code_id == view.code_id)
        keep_edits = same and self._dirty
        self._view = view
        self.setEnabled(view is not None)
        if view is None:
            return
        self.target.setText(f"<b>{html.escape(view.target)}</b>")
        suggested = view.suggestion.verdict if view.suggestion else None
        self.suggestion.setText(
            _tr("{verdict} — {rule}").format(
                verdict=suggested or _tr("none"),
                rule=rule_text(view.suggestion, self._context.language)))
        self.use_suggestion.setEnabled(suggested is not None)
        self._show_checks(view)
        links = {i: "supporting" for i in view.supporting}
        links.update({i: "contradicting" for i in view.contradicting})
        self.evidence_model.set_evidence(view.evidence, links)
        if keep_edits:
            return
        self.verdict.blockSignals(True)
        self.verdict.clear()
        self.verdict.addItem(_tr("(no verdict yet)"), NO_VERDICT)
        for word in scale:
            self.verdict.addItem(word, word)
        self.verdict.setCurrentIndex(max(0, self.verdict.findData(view.verdict or NO_VERDICT)))
        self.verdict.blockSignals(False)
        self.statement.blockSignals(True)
        self.statement.setPlainText(view.statement)
        self.statement.blockSignals(False)
        self.override_reason.setText(view.override_reason)
        self.status.setCurrentIndex(max(0, self.status.findData(view.status)))
        for tactic, box in self.tactics.items():
            box.setChecked(bool(view.tactics.get(tactic)))
        self._loaded = view
        self._dirty = False
        self._show_override_need()

    def _show_checks(self, view: ConclusionView) -> None:
        lines = [html.escape(line) for line in checks_lines(view.checks)]
        count = view.checks.informant_count
        warnings = ["<span style='color:#9a3412'>⚠ "
                    f"{html.escape(warning_text(key, count))}</span>"
                    for key in view.checks.warnings]
        self.checks.setText("<br>".join(lines + warnings))

    def _show_override_need(self, *_args: object) -> None:
        view = self._view
        suggested = view.suggestion.verdict if view and view.suggestion else None
        chosen = self.verdict.currentData()
        differs = bool(chosen) and suggested is not None and chosen != suggested
        self.override_reason.setStyleSheet("border: 1px solid #c0392b;" if differs and not
                                           self.override_reason.text().strip() else "")

    def _mark_dirty(self, *_args: object) -> None:
        self._dirty = True
        self._show_override_need()

    def _use_suggestion(self) -> None:
        view = self._view
        if view and view.suggestion and view.suggestion.verdict:
            self.verdict.setCurrentIndex(self.verdict.findData(view.suggestion.verdict))
            self._mark_dirty()

    # --- saving ---------------------------------------------------------------------------

    def edits(self) -> tuple[dict[str, object], dict[str, bool], dict[str, object]]:
        """(changed fields, changed tactics, the loaded values of the changed fields):
        only what the user changed since the editor was filled is ever sent."""
        loaded = self._loaded
        assert loaded is not None
        now: dict[str, object] = {
            "statement": self.statement.toPlainText().strip(),
            "verdict": self.verdict.currentData() or None,
            "override_reason": self.override_reason.text().strip(),
            "status": self.status.currentData()}
        before: dict[str, object] = {
            "statement": loaded.statement.strip(), "verdict": loaded.verdict,
            "override_reason": loaded.override_reason.strip(), "status": loaded.status}
        changed = {key: value for key, value in now.items() if value != before[key]}
        if changed.get("verdict", "") is None:  # "(no verdict yet)" clears nothing
            del changed["verdict"]
        tactics = {tactic: box.isChecked() for tactic, box in self.tactics.items()
                   if box.isChecked() != bool(loaded.tactics.get(tactic))}
        return changed, tactics, {key: before[key] for key in changed}

    def save(self) -> bool:
        view = self._view
        if view is None or view.code_id is None or self._loaded is None:
            return False
        changed, tactics, expected = self.edits()
        while True:
            if not changed and not tactics:
                self._dirty = False
                return True
            try:
                changes = self._context.wb.conclusions.save(
                    code_id=view.code_id, tactics=tactics or None,
                    # changed holds only the str keywords statement/verdict/reason/status.
                    expected=expected, **changed)  # type: ignore[arg-type]
            except EditConflict as conflict:
                choice = self.resolve(self, conflict)
                if choice == KEEP_MINE:  # send again without checking those fields
                    expected = {key: value for key, value in expected.items()
                                if key not in conflict.conflicting}
                    continue
                if choice == KEEP_THEIRS:  # their value stays; send the rest
                    changed = {key: value for key, value in changed.items()
                               if key not in conflict.conflicting}
                    expected = {key: value for key, value in expected.items()
                                if key in changed}
                    continue
                if choice == EDIT:
                    self._edit_over_theirs(view.code_id, changed, tactics)
                return False
            except TelaahError as error:
                self._context.report(self, error)
                return False
            break
        self._dirty = False
        self._context.publish(changes)
        self.saved.emit()
        return True

    def _edit_over_theirs(self, code_id: CodeId, changed: dict[str, object],
                          tactics: dict[str, bool]) -> None:
        """Show the conclusion as it is now (theirs) with the user's own changes put back
        into the fields they changed, ready to be merged by hand and saved again."""
        fresh = conclusion_of_code(self._context.project, code_id=code_id)
        self._dirty = False
        self.show_conclusion(fresh, fresh.scale)
        if "statement" in changed:
            self.statement.setPlainText(str(changed["statement"]))
        if "override_reason" in changed:
            self.override_reason.setText(str(changed["override_reason"]))
        if "verdict" in changed:
            self.verdict.setCurrentIndex(max(0, self.verdict.findData(changed["verdict"])))
        if "status" in changed:
            self.status.setCurrentIndex(max(0, self.status.findData(changed["status"])))
        for tactic, on in tactics.items():
            self.tactics[tactic].setChecked(on)
        self._mark_dirty()

    def link_selected(self, role: str | None) -> bool:
        view = self._view
        if view is None or view.code_id is None:
            return False
        rows = sorted({index.row() for index in self.evidence.selectionModel().selectedRows()})
        segments = [self.evidence_model.segment(row) for row in rows]
        segment_ids = [segment.id for segment in segments if segment is not None]
        if not segment_ids:
            return False
        try:
            # The first link creates the conclusion, in the same transaction.
            changes = self._context.wb.conclusions.link_evidence(
                code_id=view.code_id, conclusion_id=view.conclusion_id,
                segment_ids=[SegmentId(segment_id) for segment_id in segment_ids], role=role)
        except TelaahError as error:
            self._context.report(self, error)
            return False
        self._context.publish(changes | Changes(codes=frozenset({view.code_id})))
        return True

    def _jump(self, index: QModelIndex) -> None:
        segment = self.evidence_model.segment(index.row())
        if segment is not None:
            self._context.jump_to(segment.source_id, segment.start, segment.end)
