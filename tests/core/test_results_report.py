"""The draft results chapter: key quotes for every code with evidence, suggestions as such."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt

from app.core.coders import ensure_coder
from app.core.codes import import_codebook, list_codes
from app.core.project import Project
from app.core.report import build_results_report
from app.core.segments import add_segment
from app.core.sources import import_sources
from app.io.docx_report import COLUMN_WIDTHS, REPORT_WORDS, write_results_report
from app.resources import default_codebook

TEXT = "Pewawancara: Bagaimana?\nInforman: Ya, begitu.\n"


def _one_short_segment_per_code(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "baru.telaah", title="Baru")
    import_codebook(project, path=default_codebook())
    transcript = tmp_path / "I1_wawancara.txt"
    transcript.write_text(TEXT, encoding="utf-8")
    source = import_sources(project, paths=[transcript]).created
    coder = ensure_coder(project, name="Annisa").created
    assert source is not None and coder is not None
    start = TEXT.index("Ya, begitu.")
    for code in list_codes(project):
        if code.codable:
            add_segment(project, source_id=source, code_id=code.id, coder_id=coder,
                        start=start, end=start + len("Ya, begitu."))
    return project


def test_every_code_with_evidence_gets_its_key_quotes(tmp_path: Path) -> None:
    with _one_short_segment_per_code(tmp_path) as project:
        report = build_results_report(project)
    assert len(report.sections) == 18
    assert all(section.key_quotes for section in report.sections)
    target = tmp_path / "bab4.docx"
    write_results_report(report, target)
    text = [p.text for p in Document(str(target)).paragraphs]
    assert REPORT_WORDS["id"]["no_quotes"] not in text
    assert text.count("“Ya, begitu.”") == 18


def test_the_english_chapter_words_the_suggestion_as_a_suggestion(tmp_path: Path,
                                                                  demo_project: Project) -> None:
    target = tmp_path / "chapter.docx"
    write_results_report(build_results_report(demo_project), target, language="en")
    document = Document(str(target))
    paragraphs = document.paragraphs
    assert not any(p.text.startswith("Verdict:") for p in paragraphs)
    suggestion = next(p for p in paragraphs if p.text.startswith("No verdict yet."))
    assert all(run.italic and not run.bold for run in suggestion.runs)
    assert "belum maksimal (performance rule: net score \u22120.72" in suggestion.text
    assert any("confirmation rule: confirmed by" in p.text and "terkonfirmasi kuat" in p.text
               for p in paragraphs)
    first_column = [row.cells[0].text for row in document.tables[0].rows[1:]]
    assert first_column[0] == "I1 (key informant)"  # one informant: singular
    assert "I5 (supporting informant)" in first_column
    assert any(p.text == "Interviews: 31 segments; observation: 2 segments; documentation: "
               "1 segment." for p in paragraphs)


def test_no_header_of_the_display_table_breaks_inside_a_word() -> None:
    """A bold 11 pt header word is at most 0.62 em a letter wide in the fonts Word and
    LibreOffice use; the cell keeps 0.19 cm of padding on either side."""
    for words in REPORT_WORDS.values():
        for header, width in zip((words["informant"], words["segments"], words["statements"]),
                                 COLUMN_WIDTHS, strict=True):
            longest = max(header.split(), key=len)
            needed = Pt(11 * 0.62 * len(longest)) + Cm(0.38)
            assert needed <= width, header


def test_a_link_to_any_segment_of_a_passage_makes_it_a_key_quote(demo_project: Project) -> None:
    from app.core.conclusions import conclusions_for_codes, link_evidence, save_conclusion

    view = conclusions_for_codes(demo_project)[0]
    passage = next(e for e in view.evidence if len(e.segment_ids) > 1
                   and e.valence == "negative")
    created = save_conclusion(demo_project, code_id=view.code_id, statement="Belum maksimal.")
    assert created.created is not None
    link_evidence(demo_project, conclusion_id=created.created,
                  segment_id=passage.segment_ids[-1], role="supporting")

    section = next(s for s in build_results_report(demo_project).sections
                   if s.code == view.target)
    assert section.key_quotes[0].segment_ids == passage.segment_ids
