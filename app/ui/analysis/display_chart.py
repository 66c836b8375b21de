"""Code frequencies by informant or by informant group, drawn with QPainter.

Horizontal stacked bars, one per code, one colour per informant (or group), with a legend.
Exports PNG at 300 dpi and SVG (QtSvg's QSvgGenerator ships with PySide6-Essentials).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.chart_files import write_chart_file
from app.core.codes import CodeView
from app.core.evidence import (
    EXCLUDED_STATUSES,
    INFORMANT_TYPE_ORDER,
    Evidence,
    informant_sort_key,
)
from app.ui.analysis.display_matrix import GROUPS, group_label
from app.ui.host.analysis_context import AnalysisContext
from app.ui.widgets.long_work import Job, run_for

CONTEXT = "FrequencyChart"
BY_INFORMANT, BY_GROUP = "informant", "group"
PALETTE = ("#1f6f8b", "#e07a1f", "#3a9d5d", "#c0392b", "#7d5ba6", "#8c6d31", "#d35f9b",
           "#5f6b73", "#b5a100", "#17a2b8", "#2c3e50", "#a0522d")
PRINT_DPI = 300
SCREEN_DPI = 96
ROW_HEIGHT = 26
LABEL_WIDTH = 270
MARGIN = 16


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Series:
    name: str
    color: str
    values: tuple[int, ...]


@dataclass(frozen=True)
class ChartData:
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]

    def totals(self) -> list[int]:
        return [sum(s.values[i] for s in self.series) for i in range(len(self.categories))]


def technique_label(kind: str) -> str:
    return {"observation": _tr("Observation"), "documentation": _tr("Documentation"),
            "interview": _tr("Interview")}.get(kind, kind)


def informant_group_label(informant_type: str) -> str:
    return {"kunci": _tr("Key informants"), "utama": _tr("Main informants"),
            "pendukung": _tr("Supporting informants")}.get(informant_type, informant_type)


def frequency_chart(evidence: Sequence[Evidence], codes: Sequence[CodeView], *, by: str,
                    title: str) -> ChartData:
    """Segments per code (rows, codebook order) split by informant or informant group;
    observation and documentation notes are series of their own."""
    shown = [code for code in codes if code.codable]
    row_of: dict[int, int] = {code.id: number for number, code in enumerate(shown)}
    keys: dict[tuple[int, str], str] = {}
    counts: dict[str, list[int]] = {}
    for segment in evidence:
        if segment.code_id not in row_of or segment.review_status in EXCLUDED_STATUSES:
            continue
        if segment.informant is None:
            order = (9, segment.source_kind)
            name = (technique_label(segment.source_kind) if segment.source_kind != "interview"
                    else _tr("Interview, no informant linked"))
        elif by == BY_GROUP:
            order = (INFORMANT_TYPE_ORDER.index(segment.informant_type)
                     if segment.informant_type in INFORMANT_TYPE_ORDER else 8, "")
            name = informant_group_label(segment.informant_type or "")
        else:
            order = informant_sort_key(segment.informant_type, segment.informant)
            name = segment.informant
        keys.setdefault(order, name)
        counts.setdefault(name, [0] * len(shown))[row_of[segment.code_id]] += 1
    series = tuple(
        Series(name=name, color=PALETTE[number % len(PALETTE)], values=tuple(counts[name]))
        for number, (_order, name) in enumerate(sorted(keys.items()))
    )
    return ChartData(title=title, categories=tuple(code.path for code in shown), series=series)


def chart_size(data: ChartData) -> QSize:
    """The size in points (1/96 inch) that keeps every label readable."""
    return QSize(1000, MARGIN * 2 + 40 + ROW_HEIGHT * max(1, len(data.categories)) + 70)


def paint_chart(painter: QPainter, area: QRectF, data: ChartData) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(area, QColor("#ffffff"))
    # Pixel sizes, not points: the text then scales with the painter alone, the same on
    # screen, in a 300-dpi PNG and in the SVG.
    font = QFont(painter.font())
    font.setPixelSize(12)
    painter.setFont(font)
    metrics = QFontMetrics(font)
    title_font = QFont(font)
    title_font.setPixelSize(16)
    title_font.setBold(True)
    left = area.left() + MARGIN
    top = area.top() + MARGIN
    painter.setFont(title_font)
    painter.setPen(QColor("#202020"))
    painter.drawText(QRectF(left, top, area.width() - 2 * MARGIN, 28),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, data.title)
    painter.setFont(font)
    top += 40
    bar_left = left + LABEL_WIDTH
    bar_width = area.right() - MARGIN - 40 - bar_left
    totals = data.totals()
    peak = max(totals, default=0) or 1
    for row, category in enumerate(data.categories):
        y = top + row * ROW_HEIGHT
        label = metrics.elidedText(category, Qt.TextElideMode.ElideMiddle, LABEL_WIDTH - 8)
        painter.setPen(QColor("#202020"))
        painter.drawText(QRectF(left, y, LABEL_WIDTH - 8, ROW_HEIGHT),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        x = bar_left
        for series in data.series:
            width = bar_width * series.values[row] / peak
            if width > 0:
                painter.fillRect(QRectF(x, y + 4, width, ROW_HEIGHT - 8), QColor(series.color))
            x += width
        painter.drawText(QRectF(x + 4, y, 40, ROW_HEIGHT),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         str(totals[row]))
    axis_bottom = top + ROW_HEIGHT * len(data.categories)
    painter.setPen(QPen(QColor("#808080"), 1))
    painter.drawLine(int(bar_left), int(top), int(bar_left), int(axis_bottom))
    legend_y = axis_bottom + 16
    x = left
    for series in data.series:
        text_width = metrics.horizontalAdvance(series.name)
        if x + 22 + text_width > area.right() - MARGIN:
            x = left
            legend_y += 22
        painter.fillRect(QRectF(x, legend_y + 3, 14, 14), QColor(series.color))
        painter.setPen(QColor("#202020"))
        painter.drawText(QRectF(x + 18, legend_y, text_width + 4, 20),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         series.name)
        x += 18 + text_width + 18
    painter.restore()


def chart_png(data: ChartData, *, dpi: int = PRINT_DPI) -> bytes:
    """The chart as a PNG image of ``dpi`` dots per inch."""
    size = chart_size(data)
    scale = dpi / SCREEN_DPI
    image = QImage(int(size.width() * scale), int(size.height() * scale),
                   QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint_chart(painter, QRectF(0, 0, size.width(), size.height()), data)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes
    return bytes(buffer.data().data())


def chart_svg(data: ChartData) -> bytes:
    """The chart as an SVG drawing."""
    size = chart_size(data)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setResolution(SCREEN_DPI)
    generator.setTitle(data.title)
    painter = QPainter(generator)
    paint_chart(painter, QRectF(0, 0, size.width(), size.height()), data)
    painter.end()
    return bytes(buffer.data().data())


class ChartCanvas(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = ChartData(title="", categories=(), series=())

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.setMinimumSize(chart_size(data))
        self.update()

    def sizeHint(self) -> QSize:
        return chart_size(self.data)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_chart(painter, QRectF(self.rect()), self.data)
        painter.end()


class FrequencyChart(QWidget):
    def __init__(self, context: AnalysisContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._evidence: list[Evidence] = []
        self._codes: list[CodeView] = []
        self.by = QComboBox(self)
        self.by.addItem(_tr("by informant"), BY_INFORMANT)
        self.by.addItem(_tr("by informant group"), BY_GROUP)
        self.group = QComboBox(self)
        for group in GROUPS:
            self.group.addItem(group_label(group), group)
        self.group.setCurrentIndex(1)
        self.png = QPushButton(_tr("Export PNG…"), self)
        self.svg = QPushButton(_tr("Export SVG…"), self)
        self.canvas = ChartCanvas(self)
        scroll = QScrollArea(self)
        scroll.setWidget(self.canvas)
        scroll.setWidgetResizable(True)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(_tr("Code frequencies"), self))
        controls.addWidget(self.by)
        controls.addWidget(QLabel(_tr("Codes"), self))
        controls.addWidget(self.group)
        controls.addStretch(1)
        controls.addWidget(self.png)
        controls.addWidget(self.svg)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addWidget(scroll, 1)
        self.by.currentIndexChanged.connect(self.redraw)
        self.group.currentIndexChanged.connect(self.redraw)
        self.png.clicked.connect(lambda: self._choose(".png"))
        self.svg.clicked.connect(lambda: self._choose(".svg"))

    def set_data(self, evidence: list[Evidence], codes: list[CodeView]) -> None:
        self._evidence, self._codes = evidence, codes
        self.redraw()

    def data(self) -> ChartData:
        return self.canvas.data

    def redraw(self) -> None:
        group = self.group.currentData()
        codes = [c for c in self._codes if group is None or c.group == group]
        title = (_tr("Coded segments per code, by informant") if self.by.currentData() ==
                 BY_INFORMANT else _tr("Coded segments per code, by informant group"))
        self.canvas.set_data(frequency_chart(self._evidence, codes,
                                             by=self.by.currentData(), title=title))

    def _choose(self, suffix: str) -> None:
        kind = _tr("PNG image, 300 dpi") if suffix == ".png" else _tr("SVG drawing")
        path, _filter = QFileDialog.getSaveFileName(
            self, _tr("Export chart"), "frekuensi_kode" + suffix, f"{kind} (*{suffix})")
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> Job[None]:
        """Draw the chart here (Qt paints on the GUI thread), write the file off it."""
        if path.suffix.lower() != ".svg":
            path = path.with_suffix(".png")
        content = chart_svg(self.canvas.data) if path.suffix.lower() == ".svg" \
            else chart_png(self.canvas.data)

        def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> None:
            write_chart_file(path, content)

        return run_for(self, work, on_result=lambda _none: None,
                       report=lambda error: self._context.report(self, error))
