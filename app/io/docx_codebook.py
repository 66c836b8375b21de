"""Write a codebook to .docx: one heading per code with its definition, criteria, example.

Top-level codes are "Heading 1", their children "Heading 2" (deeper codes "Heading 3");
each code lists its group, definition, inclusion and exclusion criteria and an example
(quoted in Word's "Quote" style). Empty fields are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from app.io.codebook_entry import CodebookEntry
from app.io.docx_paragraphs import (
    ParagraphWriter,
    TextRun,
    ensure_paragraph_style,
    new_document,
    save_document,
)
from app.io.export_labels import ExportLabels

NOTE_STYLE = "Telaah Note"
MAX_HEADING_LEVEL = 3


def write_codebook_docx(roots: Sequence[CodebookEntry], path: Path, *, labels: ExportLabels,
                        title: str = "", made_on: date | None = None) -> None:
    word = new_document()
    word.core_properties.title = labels("codebook.title")
    word.core_properties.author = "Telaah"
    ensure_paragraph_style(word, NOTE_STYLE, style_id="TelaahNote", size=9, color="595959")
    writer = ParagraphWriter(word)
    writer.paragraph("Title", labels("codebook.title"))
    if title:
        writer.paragraph(None, [TextRun(title, bold=True)])
    writer.paragraph(NOTE_STYLE, labels("made_on", date=(made_on or date.today()).isoformat()))
    for root in roots:
        _entry(writer, root, 1, labels)
    save_document(word, path)


def _entry(writer: ParagraphWriter, entry: CodebookEntry, level: int,
           labels: ExportLabels) -> None:
    writer.paragraph(f"Heading {min(level, MAX_HEADING_LEVEL)}", entry.name)
    facts = [labels("codebook.group") + ": " + labels.term("group", entry.group)]
    if not entry.codable:
        facts.append(labels("codebook.category"))
    if entry.shortcut:
        facts.append(labels("codebook.shortcut") + ": " + entry.shortcut)
    writer.paragraph(NOTE_STYLE, " · ".join(facts))
    for key, text in (("definition", entry.definition), ("inclusion", entry.inclusion),
                      ("exclusion", entry.exclusion)):
        if text.strip():
            writer.paragraph(None, [TextRun(labels(key) + ": ", bold=True), TextRun(text)])
    if entry.name_en or entry.definition_en:
        english = " — ".join(part for part in (entry.name_en, entry.definition_en) if part)
        writer.paragraph(None, [TextRun(labels("codebook.definition_en") + ": ", bold=True),
                                TextRun(english)])
    if entry.verdict_scale:
        writer.paragraph(None, [TextRun(labels("codebook.verdict_scale") + ": ", bold=True),
                                TextRun(" · ".join(entry.verdict_scale))])
    if entry.example.strip():
        writer.paragraph(None, [TextRun(labels("example") + ":", bold=True)],
                         keep_with_next=True)
        writer.paragraph("Quote", entry.example)
    for child in entry.children:
        _entry(writer, child, level + 1, labels)
