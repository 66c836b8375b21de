"""Retrieved segments: filters, "A with B" / "A but not B" queries, and paraphrases."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.codes import CodeView
from app.core.evidence import (
    Evidence,
    SegmentFilter,
    coded_with,
    filter_segments,
    informant_sort_key,
)
from app.core.ids import SegmentId
from app.core.vocabulary import INFORMANT_TYPES, REVIEW_STATUSES, SOURCE_KINDS
from app.errors import TelaahError
from app.errors.conflicts import EditConflict
from app.ui.host.analysis_context import AnalysisContext
from app.ui.host.analysis_segments import (
    SegmentTableModel,
    review_status_label,
    segment_table,
    source_kind_label,
)
from app.ui.widgets.conflict_dialog import EDIT, KEEP_MINE, KEEP_THEIRS, Resolve, ask_resolution

CONTEXT = "RetrievedSegments"
ALL = "all"
WITH, WITHOUT = "with", "without"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def informant_type_label(informant_type: str) -> str:
    return {"kunci": _tr("key informant"), "utama": _tr("main informant"),
            "pendukung": _tr("supporting informant")}.get(informant_type, informant_type)


def codes_under(codes: Sequence[CodeView], code_id: int) -> set[int]:
    """The code and all its descendants (a category selects its codes)."""
    chosen = {code_id}
    for code in codes:  # depth-first order: parents come first
        if code.parent_id in chosen:
            chosen.add(code.id)
    return chosen


def query_segments(
    evidence: Sequence[Evidence], *, codes_a: Iterable[int] | None, query: str,
    codes_b: Iterable[int] | None, where: SegmentFilter,
) -> list[Evidence]:
    """Apply the overlap query (over all evidence) and then the filters."""
    if query in (WITH, WITHOUT) and codes_a is not None and codes_b is not None:
        list_b = set(codes_b)
        ids: set[int] = set()
        for code_a in set(codes_a):
            with_b = {s.id for b in list_b if b != code_a
                      for s in coded_with(evidence, code_a, b)}
            if query == WITH:
                ids.update(with_b)
            else:
                ids.update(s.id for s in evidence
                           if s.code_id == code_a and s.id not in with_b)
        evidence = [segment for segment in evidence if segment.id in ids]
    elif codes_a is not None:
        where = SegmentFilter(**{**where.__dict__, "code_ids": set(codes_a)})
    return filter_segments(evidence, where)


class RetrievedSegments(QWidget):
    """Emits ``current_segment`` (an Evidence or None) when the selected row changes."""

    current_segment = Signal(object)

    def __init__(self, context: AnalysisContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._evidence: list[Evidence] = []
        self._codes: list[CodeView] = []
        # How a conflict with someone else's statement is settled; tests answer here.
        self.resolve: Resolve = lambda parent, conflict: ask_resolution(
            parent, conflict, self._context.translate_error)
        self.model = SegmentTableModel(self)
        self.view = segment_table(self, self.model)
        self.code_a = QComboBox(self)
        self.query = QComboBox(self)
        self.query.addItem(_tr("matching the filters"), ALL)
        self.query.addItem(_tr("overlapping a segment of"), WITH)
        self.query.addItem(_tr("but not overlapping a segment of"), WITHOUT)
        self.code_b = QComboBox(self)
        self.informant = QComboBox(self)
        self.informant_type = QComboBox(self)
        self.source_kind = QComboBox(self)
        self.coder = QComboBox(self)
        self.status = QComboBox(self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(_tr("Words in the quote or paraphrase"))
        self.text.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        for combo in (self.code_a, self.code_b):
            combo.setMinimumContentsLength(22)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for combo in (self.informant, self.informant_type, self.source_kind, self.coder,
                      self.status):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label.setWordWrap(True)
        self._fill_fixed_choices()

        first_row = QHBoxLayout()
        first_row.addWidget(QLabel(_tr("Code"), self))
        first_row.addWidget(self.code_a)
        first_row.addWidget(self.query)
        first_row.addWidget(self.code_b)
        first_row.addSpacing(12)
        first_row.addWidget(QLabel(_tr("Text"), self))
        first_row.addWidget(self.text, 1)
        second_row = QHBoxLayout()
        for label, combo in (
            (_tr("Informant"), self.informant), (_tr("Type"), self.informant_type),
            (_tr("Technique"), self.source_kind), (_tr("Coder"), self.coder),
            (_tr("Review"), self.status),
        ):
            second_row.addWidget(QLabel(label, self))
            second_row.addWidget(combo)
            second_row.addSpacing(8)
        second_row.addWidget(self.count_label, 1)
        filters = QVBoxLayout()
        filters.addLayout(first_row)
        filters.addLayout(second_row)

        self.paraphrase = QPlainTextEdit(self)
        self.paraphrase.setPlaceholderText(
            _tr("The condensed statement of the selected segment, in your words"))
        self.paraphrase.setFixedHeight(56)
        self.save_paraphrase = QPushButton(_tr("Save paraphrase"), self)
        self.save_paraphrase.setEnabled(False)
        editor = QHBoxLayout()
        editor.addWidget(QLabel(_tr("Paraphrase"), self))
        editor.addWidget(self.paraphrase, 1)
        editor.addWidget(self.save_paraphrase, 0, Qt.AlignmentFlag.AlignTop)
        hint = QLabel(_tr("Double-click a segment to read it in its transcript; "
                          "press F2 to edit its paraphrase in the table."), self)
        hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(editor)
        layout.addWidget(hint)

        for combo in (self.code_a, self.query, self.code_b, self.informant, self.informant_type,
                      self.source_kind, self.coder, self.status):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.text.textChanged.connect(self.apply_filters)
        self.view.doubleClicked.connect(self._jump)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.paraphrase_edited.connect(self._store_paraphrase)
        self.save_paraphrase.clicked.connect(self._save_current_paraphrase)

    # --- contents -------------------------------------------------------------------------

    def set_data(self, evidence: list[Evidence], codes: list[CodeView]) -> None:
        self._evidence = evidence
        if [c.id for c in codes] != [c.id for c in self._codes]:
            self._codes = codes
            self._refill(self.code_a, [(c.path, c.id) for c in codes], _tr("any code"))
            self._refill(self.code_b, [(c.path, c.id) for c in codes], _tr("(choose a code)"))
        informants = sorted({(e.informant_type, e.informant) for e in evidence if e.informant},
                            key=lambda pair: informant_sort_key(*pair))
        self._refill(self.informant, [(label, label) for _type, label in informants],
                     _tr("any informant"))
        coders = sorted({e.coder for e in evidence})
        self._refill(self.coder, [(name, name) for name in coders], _tr("any coder"))
        self.apply_filters()

    def _fill_fixed_choices(self) -> None:
        self._refill(self.informant_type,
                     [(informant_type_label(t), t) for t in INFORMANT_TYPES], _tr("any type"))
        self._refill(self.source_kind,
                     [(source_kind_label(k), k) for k in SOURCE_KINDS], _tr("any technique"))
        self._refill(self.status,
                     [(review_status_label(s), s) for s in REVIEW_STATUSES], _tr("any status"))

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, object]], anything: str) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(anything, None)
        for text, value in items:
            combo.addItem(text, value)
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(0, found))
        combo.blockSignals(False)

    def apply_filters(self) -> None:
        def one(combo: QComboBox) -> set[str] | None:
            value = combo.currentData()
            return None if value is None else {str(value)}

        code_a = self.code_a.currentData()
        code_b = self.code_b.currentData()
        query = self.query.currentData()
        self.code_b.setEnabled(query != ALL)
        where = SegmentFilter(
            informants=one(self.informant), informant_types=one(self.informant_type),
            source_kinds=one(self.source_kind), coders=one(self.coder),
            review_statuses=one(self.status), text=self.text.text().strip() or None,
        )
        if query != ALL and (code_a is None or code_b is None):
            shown: list[Evidence] = []
            self.count_label.setText(_tr("Choose both codes for this query."))
        else:
            shown = query_segments(
                self._evidence,
                codes_a=codes_under(self._codes, code_a) if code_a is not None else None,
                query=query,
                codes_b=codes_under(self._codes, code_b) if code_b is not None else None,
                where=where,
            )
            self.count_label.setText(_tr("{shown} of {total} segments").format(
                shown=len(shown), total=len(self._evidence)))
        self.model.set_segments(shown)
        self._on_selection()

    # --- actions --------------------------------------------------------------------------

    def selected_segment(self) -> Evidence | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.segment(rows[0].row()) if rows else None

    def _on_selection(self, *_args: QItemSelection) -> None:
        segment = self.selected_segment()
        self.save_paraphrase.setEnabled(segment is not None)
        self.paraphrase.setEnabled(segment is not None)
        self.paraphrase.setPlainText(segment.paraphrase if segment else "")
        self.current_segment.emit(segment)

    def _jump(self, index: QModelIndex) -> None:
        if index.column() == SegmentTableModel.PARAPHRASE and (
                self.view.editTriggers() & self.view.EditTrigger.DoubleClicked):
            return
        segment = self.model.segment(index.row())
        if segment is not None:
            self._context.jump_to(segment.source_id, segment.start, segment.end)

    def _save_current_paraphrase(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            index = self.model.index(rows[0].row(), SegmentTableModel.PARAPHRASE)
            self.model.setData(index, self.paraphrase.toPlainText())

    def _store_paraphrase(self, segment_id: int, paraphrase: str) -> None:
        """Save a statement unless someone else saved another since it was shown; then ask
        (keep mine, keep theirs, or edit with theirs above mine)."""
        reduction = self._context.wb.reduction
        shown = next((e.paraphrase for e in self._evidence if e.id == segment_id), None)
        try:
            try:
                changes = reduction.set_paraphrase(
                    segment_id=SegmentId(segment_id), paraphrase=paraphrase, expected=shown)
            except EditConflict as conflict:
                answer = self.resolve(self, conflict)
                theirs = reduction.paraphrase(segment_id=SegmentId(segment_id))
                if answer == KEEP_MINE:  # over theirs, as it is stored now
                    changes = reduction.set_paraphrase(
                        segment_id=SegmentId(segment_id), paraphrase=paraphrase,
                        expected=theirs)
                else:
                    kept = {KEEP_THEIRS: theirs, EDIT: f"{theirs}\n\n{paraphrase}"}
                    if answer in kept:
                        self._evidence = [_with_paraphrase(e, theirs) if e.id == segment_id
                                          else e for e in self._evidence]
                        row = next((number for number in range(self.model.rowCount())
                                    if (shown_row := self.model.segment(number)) is not None
                                    and shown_row.id == segment_id), None)
                        if row is not None:
                            self.model.show_paraphrase(row, theirs)
                        self.paraphrase.setPlainText(kept[answer])
                    return
        except TelaahError as error:
            self._context.report(self, error)
            return
        self._evidence = [
            _with_paraphrase(e, paraphrase) if e.id == segment_id else e for e in self._evidence
        ]
        self._context.publish(changes)


def _with_paraphrase(segment: Evidence, paraphrase: str) -> Evidence:
    return replace(segment, paraphrase=paraphrase)
