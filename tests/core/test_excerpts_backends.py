"""Coded excerpts read from each backend (SQLite and PostgreSQL) give the same Word document:
the loader reads its segments and turns as the driver returns them."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from app.core.coders import ensure_coder
from app.core.codes import import_codebook, list_codes
from app.core.excerpts import ExcerptOptions, export_excerpts
from app.core.informants import import_informants
from app.core.project import Project
from app.core.segments import add_segment
from app.core.sources import import_sources
from app.ids import CodeId, CoderId, SourceId
from app.io.export_labels import ExportLabels
from app.resources import default_codebook, sample_study

TRANSCRIPT = (
    "Wawancara dengan I3\n\n"
    "Pewawancara: Bagaimana pelatihan tahun ini?\n\n"
    "Informan: Pelatihan sudah berjalan & hasilnya <cukup> baik.\n\n"
    "Pewawancara: Apa hambatannya?\n\n"
    "Informan: Anggaran terlambat cair, jadi jadwal mundur.\n"
)


def test_the_same_document_from_every_backend(backend_project: Project, tmp_path: Path) -> None:
    project = backend_project
    import_codebook(project, path=default_codebook())
    import_informants(project, path=sample_study() / "informants.csv")
    path = tmp_path / "I3_wawancara.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    source_id = SourceId(import_sources(project, paths=[path], informant="I3").created or 0)
    annisa = CoderId(ensure_coder(project, name="Annisa").created or 0)
    bima = CoderId(ensure_coder(project, name="Bima").created or 0)
    code = next(code for code in list_codes(project) if code.codable)
    quote = "Pelatihan sudah berjalan & hasilnya <cukup> baik."
    late = "Anggaran terlambat cair"
    start = TRANSCRIPT.index(quote)
    add_segment(project, source_id=source_id, code_id=CodeId(code.id), coder_id=annisa,
                start=start, end=start + len(quote), valence="positive")
    # Two coders on overlapping spans: one passage, naming both.
    late_start = TRANSCRIPT.index(late)
    add_segment(project, source_id=source_id, code_id=CodeId(code.id), coder_id=annisa,
                start=late_start, end=late_start + len(late), memo="dana")
    add_segment(project, source_id=source_id, code_id=CodeId(code.id), coder_id=bima,
                start=late_start + 9, end=late_start + len(late) + 12)

    output = tmp_path / "kutipan.docx"
    document = export_excerpts(project, path=output, options=ExcerptOptions(with_memo=True),
                               labels=ExportLabels("id"))

    assert document.excerpt_count == 2
    body = [(paragraph.style.name, paragraph.text)
            for paragraph in Document(str(output)).paragraphs
            if paragraph.style.name in ("Quote", "Telaah Citation", "Telaah Note")]
    who = "(Informan 3, Bambang Sutrisno, Kepala Bidang Pemberdayaan Usaha Mikro, I3_wawancara"
    assert body[-6:] == [
        ("Quote", quote),
        ("Telaah Citation", f"{who}, giliran 2)"),
        ("Quote", TRANSCRIPT[late_start:late_start + len(late) + 12]),
        ("Telaah Citation", f"{who}, giliran 4)"),
        ("Telaah Note", "Pengode: Annisa, Bima"),
        ("Telaah Note", "Memo: dana"),
    ]
