"""The draft results chapter as a Word document with real styles the student can restyle.

Per code: a heading, a display table (segments and condensed statements per informant,
key informants first; overlapping segments of a code count once), the conclusion with the
analyst's verdict, Telaah's suggestion shown as a suggestion with the rule that reached it
(in the document's language), and key quotes in the Quote style, each cited as
*(Informan 3, Kepala Bidang, ..., giliran 14)*.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Row

from app.analysis.citation import Citation
from app.analysis.coded_corpus import CorpusInformant
from app.analysis.evidence import Evidence
from app.analysis.results_report import ReportSection, ResultsReport
from app.io.docx_saving import save_document
from app.io.docx_tab_tables import add_word_table
from app.io.export_labels import ExportLabels
from app.io.tab_table_rows import TablePart, TextPart, has_table_rows, split_table_rows
from app.io.verdict_words import rule_text

# The counts column is wide enough for its bold header ("Segments") on one line.
COLUMN_WIDTHS = (Cm(3.4), Cm(2.6), Cm(10.0))

REPORT_WORDS: Mapping[str, Mapping[str, str]] = {
    "id": {
        "title": "Hasil Penelitian dan Pembahasan (draf)",
        "made": "Draf dibuat dengan Telaah pada {date}; periksa dan sunting sebelum dipakai.",
        "questions": "Fokus penelitian",
        "group.indicator": "Kinerja menurut indikator",
        "group.obstacle": "Hambatan",
        "group.effort": "Upaya mengatasi hambatan",
        "display": "Penyajian data",
        "informant": "Informan",
        "segments": "Segmen",
        "statements": "Pernyataan terkondensasi",
        "techniques": ("Wawancara: {interview}; observasi: {observation}; "
                       "dokumentasi: {documentation}."),
        "segment.one": "1 segmen", "segment.many": "{count} segmen",
        "type.kunci": "informan kunci", "type.utama": "informan utama",
        "type.pendukung": "informan pendukung",
        "conclusion": "Kesimpulan",
        "verdict": "Penilaian analis: {verdict}.",
        "suggested": "Saran Telaah dari data: {verdict} ({rule}).",
        "suggested.only": ("Belum ada penilaian analis. Saran Telaah dari data, bukan "
                           "penilaian: {verdict} ({rule})."),
        "no_suggestion": "Telaah belum dapat memberi saran: {rule}.",
        "override": "Penilaian analis berbeda dari saran; alasannya: {reason}",
        "no_statement": "Belum ada pernyataan kesimpulan; tulis di tahap penarikan kesimpulan.",
        "status": "Status: {status}.",
        "quotes": "Kutipan kunci",
        "no_quotes": "Belum ada segmen terkode untuk kode ini.",
        "status.draft": "draf", "status.tentative": "sementara", "status.verified": "terverifikasi",
    },
    "en": {
        "title": "Results and Discussion (draft)",
        "made": "Draft made with Telaah on {date}; check and edit before use.",
        "questions": "Research questions",
        "group.indicator": "Performance by indicator",
        "group.obstacle": "Obstacles",
        "group.effort": "Efforts to overcome the obstacles",
        "display": "Data display",
        "informant": "Informant",
        "segments": "Segments",
        "statements": "Condensed statements",
        "techniques": ("Interviews: {interview}; observation: {observation}; "
                       "documentation: {documentation}."),
        "segment.one": "1 segment", "segment.many": "{count} segments",
        "type.kunci": "key informant", "type.utama": "main informant",
        "type.pendukung": "supporting informant",
        "conclusion": "Conclusion",
        "verdict": "The analyst's verdict: {verdict}.",
        "suggested": "Telaah's suggestion from the data: {verdict} ({rule}).",
        "suggested.only": ("No verdict yet. Telaah's suggestion from the data, not a "
                           "verdict: {verdict} ({rule})."),
        "no_suggestion": "Telaah cannot suggest a verdict yet: {rule}.",
        "override": "The analyst's verdict differs from the suggestion; reason: {reason}",
        "no_statement": "No conclusion written yet; write it at the conclusion stage.",
        "status": "Status: {status}.",
        "quotes": "Key quotes",
        "no_quotes": "No coded segments for this code yet.",
        "status.draft": "draft", "status.tentative": "tentative", "status.verified": "verified",
    },
}


def write_results_report(report: ResultsReport, path: Path, *, language: str = "id",
                         made_on: date | None = None) -> None:
    words = REPORT_WORDS.get(language, REPORT_WORDS["id"])
    labels = ExportLabels(language if language in ("id", "en") else "id")
    document = Document()
    document.add_heading(words["title"], level=0)
    document.add_paragraph(report.title, style="Subtitle")
    document.add_paragraph(words["made"].format(date=(made_on or date.today()).isoformat()),
                           style="Caption")
    if report.research_questions:
        document.add_heading(words["questions"], level=1)
        for question in report.research_questions:
            document.add_paragraph(question, style="List Number")
    current_group = None
    for section in report.sections:
        if section.group != current_group:
            current_group = section.group
            document.add_heading(words[f"group.{section.group}"], level=1)
        _section(document, section, words, labels)
    save_document(document, path)


def _section(document: DocumentObject, section: ReportSection, words: Mapping[str, str],
             labels: ExportLabels) -> None:
    document.add_heading(section.code.rsplit("/", 1)[-1], level=2)
    if section.definition:
        document.add_paragraph(section.definition, style="Caption")
    document.add_heading(words["display"], level=3)
    table = document.add_table(rows=1, cols=3)
    table.style = "Light Grid Accent 1"
    for cell, text in zip(table.rows[0].cells,
                          (words["informant"], words["segments"], words["statements"])):
        cell.text = text
    _repeat_header(table.rows[0])
    for cell in section.cells:
        row = table.add_row().cells
        kind = words.get(f"type.{cell.informant_type}", cell.informant_type)
        row[0].text = f"{cell.informant} ({kind})"
        row[1].text = str(cell.count)
        statements = list(dict.fromkeys(_shorten(s) for s in cell.statements))
        row[2].text = "\n".join(f"• {s}" for s in statements[:4]) or labels("no_data")
        for paragraph in row[2].paragraphs:
            for run in paragraph.runs:
                run.font.size = Pt(9)
    _set_widths(table)
    counts = {kind: _segments(words, count) for kind, count in section.technique_counts.items()}
    document.add_paragraph(words["techniques"].format(**counts), style="Caption")

    document.add_heading(words["conclusion"], level=3)
    document.add_paragraph(section.statement or words["no_statement"])
    if section.verdict:
        paragraph = document.add_paragraph()
        paragraph.add_run(words["verdict"].format(verdict=section.verdict)).bold = True
    suggestion = section.suggestion
    if suggestion is not None:
        rule = rule_text(suggestion, labels.language)
        if suggestion.verdict is None:
            text = words["no_suggestion"].format(rule=rule)
        else:
            key = "suggested" if section.verdict else "suggested.only"
            text = words[key].format(verdict=suggestion.verdict, rule=rule)
        document.add_paragraph().add_run(text).italic = True
    if section.override_reason:
        document.add_paragraph(words["override"].format(reason=section.override_reason))
    document.add_paragraph(words["status"].format(status=words[f"status.{section.status}"]),
                           style="Caption")
    document.add_heading(words["quotes"], level=3)
    if not section.key_quotes:
        document.add_paragraph(words["no_quotes"])
    for quote in section.key_quotes:
        _key_quote(document, quote.text)
        document.add_paragraph(cite(quote, labels), style="Caption")


def _segments(words: Mapping[str, str], count: int) -> str:
    return words["segment.one"] if count == 1 else words["segment.many"].format(count=count)


def _key_quote(document: DocumentObject, text: str) -> None:
    """A quote in quotation marks; rows of a table in it as a Word table."""
    parts = split_table_rows(text) if has_table_rows(text) else [TextPart(text)]
    for index, part in enumerate(parts):
        if isinstance(part, TablePart):
            add_word_table(document, part)
            continue
        opening = "“" if index == 0 else ""
        closing = "”" if index == len(parts) - 1 else ""
        document.add_paragraph(f"{opening}{part.text}{closing}", style="Quote")


def cite(evidence: Evidence, labels: ExportLabels) -> str:
    number = CorpusInformant(label=evidence.informant).number if evidence.informant else None
    citation = Citation(
        source_title=evidence.source, source_kind=evidence.source_kind,
        informant_number=number, role=evidence.informant_role,
        pseudonym=evidence.informant_pseudonym if evidence.informant else "",
        turn=None if evidence.turn_is_paragraph else evidence.turn,
        paragraph=evidence.turn if evidence.turn_is_paragraph else None,
    )
    return labels.citation(citation)


def _repeat_header(row: _Row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _shorten(statement: str, limit: int = 160) -> str:
    """A display cell holds the gist; the full quotes follow as key quotes."""
    if len(statement) <= limit:
        return statement
    return statement[:limit].rsplit(" ", 1)[0] + " …"


def _set_widths(table: Table) -> None:
    """Fixed column widths, in the grid (LibreOffice) and in every cell (Word)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), COLUMN_WIDTHS):
        column.set(qn("w:w"), str(int(width.twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, COLUMN_WIDTHS):
            cell.width = width
