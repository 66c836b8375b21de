"""Stage 2, data reduction: retrieved segments, condensation, code summaries and memos."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.core.codes import list_codes
from app.core.evidence import Evidence, load_evidence
from app.ui.analysis.reduction_memos import MemoList
from app.ui.analysis.reduction_segments import RetrievedSegments
from app.ui.analysis.reduction_summaries import CodeSummaries
from app.ui.host.analysis_context import AnalysisContext, reload_after_changes

CONTEXT = "ReductionTab"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def condensation_progress(evidence: list[Evidence]) -> tuple[int, int]:
    """(segments with a paraphrase, all segments)."""
    return sum(1 for e in evidence if e.paraphrase.strip()), len(evidence)


class ReductionTab(QWidget):
    def __init__(self, context: AnalysisContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.progress = QLabel(self)
        self.progress.setObjectName("stageProgress")
        self.segments = RetrievedSegments(context, self)
        self.summaries = CodeSummaries(context, self)
        self.memos = MemoList(context, self)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.segments, _tr("Retrieved segments"))
        self.pages.addTab(self.summaries, _tr("Code summaries and coverage"))
        self.pages.addTab(self.memos, _tr("Memos"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.progress)
        layout.addWidget(self.pages, 1)
        self.segments.current_segment.connect(self.memos.set_segment)
        self.refresh = reload_after_changes(self, context.hub, self.reload)
        self.refresh.request()  # now if shown, else when first shown

    def reload(self) -> None:
        evidence = load_evidence(self._context.project)
        codes = list_codes(self._context.project)
        done, total = condensation_progress(evidence)
        self.progress.setText(_tr("Reduction: {done} of {total} segments condensed")
                              .format(done=done, total=total))
        self.segments.set_data(evidence, codes)
        self.summaries.set_data(evidence, codes)
        self.memos.reload(evidence)
