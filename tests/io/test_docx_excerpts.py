"""The excerpts .docx, re-read with python-docx: styles, order, citations, TOC, safety."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from app.analysis.coded_corpus import CorpusSegment
from app.analysis.excerpt_groups import ExcerptSelection, build_excerpt_document
from app.errors import ExportCancelled
from app.io.docx_excerpts import write_excerpts_docx
from app.io.export_labels import ExportLabels
from tests.analysis.corpus_builders import corpus, segment

GOOD = "Kualitasnya baik sekali."
LATE = "Tapi waktu sering terlambat."


def _document(**options):  # type: ignore[no-untyped-def]
    segments = [
        segment(2, 10, GOOD, segment_id=1, memo="Memo satu"),
        segment(2, 10, GOOD, coder="Bima", segment_id=2),
        segment(3, 10, LATE, "negative", segment_id=3),
        segment(2, 60, "Pegawai datang tepat waktu.", segment_id=4),
    ]
    return build_excerpt_document(corpus(segments), **options)


def _paragraphs(path: Path) -> list[tuple[str, str]]:
    return [(paragraph.style.name, paragraph.text) for paragraph in Document(str(path)).paragraphs]


def test_structure_styles_and_citations(tmp_path: Path) -> None:
    path = tmp_path / "kutipan.docx"
    write_excerpts_docx(_document(with_coder=True, with_memo=True), path,
                        labels=ExportLabels("id"))
    paragraphs = _paragraphs(path)
    assert paragraphs[0] == ("Title", "Kutipan Terkode")
    headings = [(style, text) for style, text in paragraphs if style.startswith("Heading")]
    assert headings == [
        ("Heading 1", "Kinerja/Kualitas"),
        ("Heading 2", "Informan 1 (I1) — Ratna Kusumawati, Kepala Dinas"),
        ("Heading 2", "Observasi: obs_kantor"),
        ("Heading 1", "Kinerja/Waktu"),
        ("Heading 2", "Informan 1 (I1) — Ratna Kusumawati, Kepala Dinas"),
    ]
    quotes = [text for style, text in paragraphs if style == "Quote"]
    assert quotes == [GOOD, "Pegawai datang tepat waktu.", LATE]
    citations = [text for style, text in paragraphs if style == "Telaah Citation"]
    assert citations == [
        "(Informan 1, Ratna Kusumawati, Kepala Dinas, I1_kadis, giliran 2)",
        "(Observasi, obs_kantor, paragraf 2)",
        "(Informan 1, Ratna Kusumawati, Kepala Dinas, I1_kadis, giliran 2)",
    ]
    notes = [text for style, text in paragraphs if style == "Telaah Note"]
    assert "Pengode: Annisa, Bima" in notes and "Memo: Memo satu" in notes
    assert "Definisi: Mutu kerja." in notes


def test_table_of_contents_is_a_word_field_listing_the_sections(tmp_path: Path) -> None:
    path = tmp_path / "kutipan.docx"
    write_excerpts_docx(_document(), path, labels=ExportLabels("id"))
    document = Document(str(path))
    body = document.element.body
    instructions = [node.text for node in body.iter(qn("w:instrText"))]
    assert len(instructions) == 1 and instructions[0].strip().startswith("TOC \\o")
    kinds = [node.get(qn("w:fldCharType")) for node in body.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"]
    entries = [p.text for p in document.paragraphs if p.style.name == "toc 1"]
    assert entries == ["Kinerja/Kualitas", "Kinerja/Waktu"]


def test_english_labels(tmp_path: Path) -> None:
    path = tmp_path / "excerpts.docx"
    write_excerpts_docx(_document(group_by="informant"), path, labels=ExportLabels("en"))
    paragraphs = _paragraphs(path)
    assert paragraphs[0] == ("Title", "Coded Excerpts")
    assert ("Heading 1", "Informant 1 (I1) — Ratna Kusumawati, Kepala Dinas") in paragraphs
    citation = "(Informant 1, Ratna Kusumawati, Kepala Dinas, I1_kadis, turn 2)"
    assert ("Telaah Citation", citation) in paragraphs
    assert any(text == "Grouped by informant, then by code." for _, text in paragraphs)


def test_awkward_text_survives(tmp_path: Path) -> None:
    text = "Baris satu\nbaris\tdua \x0b😀 e\u0301 "
    odd = CorpusSegment(id=9, code_id=2, source_id=10, start=40, end=60, text=text)
    document = build_excerpt_document(corpus([odd]))
    path = tmp_path / "odd.docx"
    write_excerpts_docx(document, path, labels=ExportLabels("id"))
    quote = next(p for p in Document(str(path)).paragraphs if p.style.name == "Quote")
    assert quote.text == "Baris satu\nbaris\tdua 😀 e\u0301 "


def test_empty_selection_says_so(tmp_path: Path) -> None:
    path = tmp_path / "kosong.docx"
    write_excerpts_docx(_document(code_ids=set()), path, labels=ExportLabels("id"))
    texts = [text for _, text in _paragraphs(path)]
    assert "Tidak ada segmen terkode yang cocok dengan pilihan ini." in texts
    assert "Daftar Isi" not in texts


def test_selection_is_described(tmp_path: Path) -> None:
    path = tmp_path / "pilihan.docx"
    selection = ExcerptSelection(codes=("Kinerja",), informants=("I1",), coders=("Bima",),
                                 pseudonymised=True)
    write_excerpts_docx(_document(selection=selection), path, labels=ExportLabels("id"))
    texts = [text for _, text in _paragraphs(path)]
    for line in ("Kode: Kinerja", "Informan: I1", "Pengode: Bima",
                 "Nama informan, NIP, NIK, nomor telepon dan alamat surel disamarkan.",
                 "3 kutipan"):
        assert line in texts


def test_progress_and_cancel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.io.docx_excerpts as module

    monkeypatch.setattr(module, "PROGRESS_STEP", 1)
    seen: list[tuple[int, int]] = []
    path = tmp_path / "ok.docx"
    write_excerpts_docx(_document(), path, labels=ExportLabels("id"),
                        progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (3, 3) and (1, 3) in seen
    stopped = tmp_path / "stopped.docx"
    with pytest.raises(ExportCancelled):
        write_excerpts_docx(_document(), stopped, labels=ExportLabels("id"),
                            cancelled=lambda: True)
    assert not stopped.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["ok.docx"]
