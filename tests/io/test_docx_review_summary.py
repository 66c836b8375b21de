"""The Word review summary, re-read with python-docx: head, groups, thread, layout."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from app.core.coders import ensure_coder
from app.core.project import Project
from app.core.review import comment_on_segment, review_segment
from app.core.review_export import write_review_summary_file
from app.core.segment_filters import segments_matching
from app.core.segments import update_segment
from app.ui.review.review_summary_export import summary_labels


def test_the_summary_says_who_what_where_and_the_thread(
        demo_project: Project, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    supervisor = ensure_coder(demo_project, name="Dr. Sari", role="supervisor").created
    annisa = ensure_coder(demo_project, name="Annisa").created
    bima = ensure_coder(demo_project, name="Bima").created
    first = segments_matching(demo_project, coder="Annisa")[0]
    other = segments_matching(demo_project, coder="Bima")[0]
    review_segment(demo_project, segment_id=first.id, reviewer_id=supervisor,
                   verdict="needs_revision", comment="Potong sampai akhir kalimat kedua.")
    comment_on_segment(demo_project, segment_id=first.id, author_id=annisa,
                       body="Baik, Bu, saya perbaiki.")
    update_segment(demo_project, segment_id=first.id, actor_id=annisa, start=first.start,
                   end=first.end - 5)
    review_segment(demo_project, segment_id=other.id, reviewer_id=supervisor,
                   verdict="rejected", comment="Bukan indikator ini.")
    assert bima is not None
    target = tmp_path / "ringkasan.docx"
    write_review_summary_file(demo_project, target, labels=summary_labels(),
                              supervisor="Dr. Sari", made_on=date(2026, 12, 5))
    document = Document(str(target))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == "Review summary"
    assert "Supervisor: Dr. Sari" in paragraphs and "Date: 2026-12-05" in paragraphs
    assert "Coders: Annisa, Bima" in paragraphs
    assert any(p.startswith("Project: ") and len(p) > len("Project: ") for p in paragraphs)
    # Grouped by coder, then code.
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings.index("Coder: Annisa") < headings.index("Coder: Bima")
    assert headings[headings.index("Coder: Annisa") + 1] == first.code
    entry_table = document.tables[1]
    header = [cell.text for cell in entry_table.rows[0].cells]
    assert header == ["Quote", "Source and turn", "Status", "Comments (thread)"]
    quote, where, status, thread = (cell for cell in entry_table.rows[1].cells)
    assert " ".join(first.text[:30].split()) in quote.text
    assert first.source in where.text and "turn" in where.text
    assert status.text == "Revised"
    lines = [p.text for p in thread.paragraphs]
    assert lines[0].startswith("Dr. Sari (supervisor, ") and lines[0].endswith(
        " — Needs revision: Potong sampai akhir kalimat kedua.")
    assert lines[1].startswith("↳ Annisa (coder, ") and "Baik, Bu, saya perbaiki." in lines[1]
    assert thread.paragraphs[1].paragraph_format.left_indent is not None  # a reply, set in
    assert "— Revised" in lines[2] and "it was:" in lines[2]
    assert not any(line.startswith("•") for line in lines)
    # Layout: fixed widths, a repeated header row, rows kept on one page.
    for table in document.tables:
        layout = table._tbl.tblPr.find(qn("w:tblLayout"))
        assert layout is not None and layout.get(qn("w:type")) == "fixed"
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)
    code_column = document.tables[0].columns[0].width
    longest_code = max(len(word) for row in document.tables[0].rows[1:]
                       for word in row.cells[0].text.replace("/", " ").split())
    # 10 pt text is under 0.25 cm a character: the code column holds the longest word.
    assert code_column.cm > longest_code * 0.25
