"""Stage 3, data display: matrix, summary grid, co-occurrence, chart, triangulation.

Only the page in front is computed (and the summary grid, whose cells the progress line
counts); another page is computed when it is brought to the front, and passages are read
when a cell is opened or the chart drawn (:mod:`passages_on_demand`). On a 50,000-segment
project computing every page at once took seconds.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.core.codes import list_codes
from app.core.evidence import load_passages
from app.ui.analysis.display_chart import FrequencyChart
from app.ui.analysis.display_cooccurrence import CoOccurrenceView
from app.ui.analysis.display_matrix import CodeMatrixView
from app.ui.analysis.display_summary_grid import SummaryGrid
from app.ui.analysis.matrix_memo import MatrixMemo
from app.ui.analysis.passages_on_demand import PassagesOnDemand
from app.ui.analysis.triangulation_view import TriangulationView
from app.ui.host.analysis_context import AnalysisContext, reload_after_changes

CONTEXT = "DisplayTab"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class DisplayTab(QWidget):
    def __init__(self, context: AnalysisContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.progress = QLabel(self)
        self.progress.setObjectName("stageProgress")
        self.matrix = CodeMatrixView(context, self)
        self.summaries = SummaryGrid(context, self)
        self.co_occurrence = CoOccurrenceView(context, self)
        self.chart = FrequencyChart(context, self)
        self.triangulation = TriangulationView(context, self)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.matrix, _tr("Code × informant matrix"))
        self.pages.addTab(self.summaries, _tr("Summary grid"))
        self.pages.addTab(self.co_occurrence, _tr("Co-occurrence"))
        self.pages.addTab(self.chart, _tr("Chart"))
        self.pages.addTab(self.triangulation, _tr("Triangulation"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.progress)
        layout.addWidget(self.pages, 1)
        self.passages = PassagesOnDemand(lambda: load_passages(context.project))
        self.matrices = MatrixMemo(context.project)  # the matrix page's and the grid's
        self.matrix.matrices = self.summaries.matrices = self.matrices
        self._stale: set[QWidget] = set()
        self.pages.currentChanged.connect(self._page_in_front)
        self.refresh = reload_after_changes(self, context.hub, self.reload)
        self.refresh.request()  # now if shown, else when first shown

    def reload(self) -> None:
        # Passages: overlapping segments of a code in a source count once, as in every
        # display (the matrix, grid and triangulation list the same passages).
        self.passages = PassagesOnDemand(lambda: load_passages(self._context.project))
        self.matrices.clear()
        self._stale = {self.matrix, self.co_occurrence, self.chart, self.triangulation}
        self.summaries.set_evidence(self.passages)  # the progress line counts its cells
        self._page_in_front()
        written, cells = self.summaries.written_count()
        stale = sum(1 for cell in self.summaries.cells().values() if cell.stale)
        text = _tr("Display: {written} of {cells} summary cells written").format(
            written=written, cells=cells)
        if stale:
            text += _tr(" ({stale} may be stale)").format(stale=stale)
        self.progress.setText(text)

    def _page_in_front(self, *_index: int) -> None:
        page = self.pages.currentWidget()
        if page not in self._stale:
            return
        self._stale.discard(page)
        if page is self.matrix:
            self.matrix.set_evidence(self.passages)
        elif page is self.co_occurrence:
            self.co_occurrence.reload()
        elif page is self.chart:
            self.chart.set_data(self.passages.passages(), list_codes(self._context.project))
        elif page is self.triangulation:
            self.triangulation.set_evidence(self.passages)
