"""Agreement results as a Word document for the thesis appendix."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from app.io.agreement_document import AgreementDocument, Cell, FigureTable
from app.io.docx_saving import save_document
from app.io.docx_table_layout import lay_out
from app.io.export_labels import decimal_text, percent_text

CODE_WIDTH = 7.0
USABLE_WIDTH = 24.5


def cell_text(value: Cell, column: int, table: FigureTable, language: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and column in table.percent_columns:
        return percent_text(value, 1, language)
    if isinstance(value, float) and column in table.decimal_columns:
        return decimal_text(value, 3, language)
    return str(value)


def write_agreement_docx(document: AgreementDocument, path: Path) -> None:
    word = Document()
    section = word.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2))
    word.styles["Normal"].font.size = Pt(10)
    word.add_heading(document.title, level=1)
    for label, value in document.facts:
        paragraph = word.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(value)
    for table in document.tables:
        word.add_heading(table.title, level=2)
        word.add_paragraph(table.description)
        grid = word.add_table(rows=1, cols=len(table.header))
        grid.style = "Light Grid Accent 1"
        for cell, text in zip(grid.rows[0].cells, table.header, strict=True):
            cell.text = text
        for row in table.rows:
            cells = grid.add_row().cells
            for column, (cell, figure) in enumerate(zip(cells, row, strict=True)):
                cell.text = cell_text(figure, column, table, document.language)
        rest = (USABLE_WIDTH - CODE_WIDTH) / max(1, len(table.header) - 1)
        lay_out(grid, table.widths_cm or [CODE_WIDTH] + [rest] * (len(table.header) - 1))
    word.add_heading(document.reading[0], level=2)
    for line in document.reading[1:]:
        word.add_paragraph(line.strip())
    word.add_heading(document.formulas_heading, level=2)
    for name, formula in document.formulas:
        paragraph = word.add_paragraph(style="List Bullet")
        paragraph.add_run(f"{name}: ").bold = True
        paragraph.add_run(formula)
    for note in document.notes:
        word.add_paragraph(note)
    word.add_paragraph(document.disagreements)
    word.add_heading(document.references[0], level=2)
    for reference in document.references[1:]:
        word.add_paragraph(reference)
    save_document(word, path)
