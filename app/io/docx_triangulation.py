"""Write a triangulation matrix to .docx: A4 landscape, one table, header rows repeated.

The source layout has two header rows: informant types (key, main, supporting) spanning
their informants, then one column per informant; the code and summary columns span both
rows. Every page repeats the header. Cells use a small "Telaah Matrix" style (7.5 pt) so
ten columns stay readable on A4; the conclusion cell is tinted by judgement.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Pt, RGBColor
from docx.table import Table, _Cell, _Row

from app.analysis.triangulation_matrix import MatrixRow, TriangulationMatrix
from app.io.docx_paragraphs import (
    A4_HEIGHT,
    clean_text,
    ensure_paragraph_style,
    new_document,
    save_document,
)
from app.io.export_labels import ExportLabels
from app.io.triangulation_text import (
    cell_headline,
    cell_tally,
    code_title,
    column_title,
    conclusion_detail,
    judgement_line,
    matrix_title,
    quote_text,
    short_citations,
    summary_column_title,
    summary_text,
)

MATRIX_STYLE = "Telaah Matrix"
MARGIN_MM = 12
CODE_WIDTH_MM = 24
SUMMARY_WIDTH_MM = {"shared": 24, "differences": 24, "agreement": 40, "conclusion": 36}
HEADER_FILL = "D9E2F3"
JUDGEMENT_FILLS = {
    "converge": "E2EFDA",
    "partial": "FFF2CC",
    "diverge": "F8CBAD",
    "silent": "EDEDED",
}
_GRAY = RGBColor(0x59, 0x59, 0x59)


def write_triangulation_docx(matrix: TriangulationMatrix, path: Path, *,
                             labels: ExportLabels, made_on: date | None = None) -> None:
    word = new_document(landscape=True, margin_mm=MARGIN_MM)
    word.core_properties.title = matrix_title(matrix, labels)
    word.core_properties.author = "Telaah"
    ensure_paragraph_style(word, MATRIX_STYLE, style_id="TelaahMatrix", size=7.5,
                           space_after=2)
    word.add_paragraph(matrix_title(matrix, labels), style="Heading 1")
    intro = word.add_paragraph(style=MATRIX_STYLE)
    if matrix.title:
        intro.add_run(clean_text(matrix.title)).bold = True
        intro.add_run(" — ")
    intro.add_run(labels("matrix.legend") + " "
                  + labels("made_on", date=(made_on or date.today()).isoformat()))
    _matrix_table(word, matrix, labels)
    save_document(word, path)


def _matrix_table(word: DocumentObject, matrix: TriangulationMatrix,
                  labels: ExportLabels) -> None:
    grouped = matrix.layout == "source"
    header_rows = 2 if grouped else 1
    column_count = 1 + len(matrix.columns) + len(matrix.summary_columns)
    table = word.add_table(rows=header_rows + len(matrix.rows), cols=column_count)
    table.style = word.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = _column_widths(matrix)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid, which LibreOffice follows
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    for index in range(header_rows):
        _repeat_as_header(table.rows[index])
    _header(table, matrix, labels, grouped)
    for offset, row in enumerate(matrix.rows):
        _body_row(table.rows[header_rows + offset], row, matrix, labels)


def _column_widths(matrix: TriangulationMatrix) -> list[Length]:
    usable_mm = A4_HEIGHT.mm - 2 * MARGIN_MM
    summary = [SUMMARY_WIDTH_MM[key] for key in matrix.summary_columns]
    evidence_mm = (usable_mm - CODE_WIDTH_MM - sum(summary)) / max(len(matrix.columns), 1)
    widths_mm = [CODE_WIDTH_MM] + [evidence_mm] * len(matrix.columns) + summary
    return [Mm(width) for width in widths_mm]


def _header(table: Table, matrix: TriangulationMatrix, labels: ExportLabels,
            grouped: bool) -> None:
    top = table.rows[0].cells
    bottom = table.rows[1 if grouped else 0].cells
    titles = ([labels("column.code")]
              + [column_title(column, labels) for column in matrix.columns]
              + [summary_column_title(key, labels) for key in matrix.summary_columns])
    spanning = {0} | set(range(1 + len(matrix.columns), len(titles)))
    for index, title in enumerate(titles):
        cell = bottom[index]
        if grouped and index in spanning:
            cell = top[index].merge(bottom[index])
        _write(cell, [(title, True)])
        _shade(cell, HEADER_FILL)
    if not grouped:
        return
    start = 1
    while start <= len(matrix.columns):
        group = matrix.columns[start - 1].group
        end = start
        while end < len(matrix.columns) and matrix.columns[end].group == group:
            end += 1
        cell = top[start] if end == start else top[start].merge(top[end])
        _write(cell, [(labels.term("informant_type", group or "none"), True)])
        _shade(cell, HEADER_FILL)
        start = end + 1


def _body_row(table_row: _Row, row: MatrixRow, matrix: TriangulationMatrix,
              labels: ExportLabels) -> None:
    cells = table_row.cells
    short = short_citations(matrix)
    name, group = code_title(row, labels).split("\n", 1)
    _write(cells[0], [(name, True), (group, False)])
    for index, cell in enumerate(row.cells, start=1):
        lines = [(cell_headline(cell, labels), cell.count > 0)]
        if cell.count:
            lines.append((cell_tally(cell, labels), False))
        lines += [(quote_text(quote, labels, short=short), False) for quote in cell.quotes]
        _write(cells[index], lines, empty=cell.count == 0)
    first_summary = 1 + len(row.cells)
    for offset, key in enumerate(matrix.summary_columns):
        target = cells[first_summary + offset]
        if key == "conclusion":
            detail = conclusion_detail(row, labels).split("\n")
            _write(target, [(judgement_line(row, labels), True),
                            *((line, False) for line in detail)])
            _shade(target, JUDGEMENT_FILLS.get(row.judgement, "FFFFFF"))
        else:
            _write(target, [(line, False) for line in summary_text(row, key, labels).split("\n")])


def _write(cell: _Cell, lines: list[tuple[str, bool]], *, empty: bool = False) -> None:
    """Fill ``cell`` with one paragraph per line, bold where asked."""
    for index, (text, bold) in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        paragraph.style = MATRIX_STYLE
        run = paragraph.add_run(clean_text(text))
        run.bold = bold
        if empty:
            run.italic = True
            run.font.color.rgb = _GRAY
            run.font.size = Pt(7.5)


def _repeat_as_header(row: _Row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)
