"""The excerpts' body is written as WordprocessingML strings (app.io.docx_body_xml): the
document re-read with python-docx holds what the model says, paragraph by paragraph (style,
text, bold and italic runs), tables and pictures in place, on awkward texts; and each string
paragraph is the element the lxml ParagraphWriter makes."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree
from PIL import Image

from app.analysis.coded_corpus import CorpusSegment
from app.analysis.excerpt_groups import (
    CodeSubject,
    ExcerptDocument,
    ExcerptSelection,
    InformantSubject,
    SourceSubject,
    build_excerpt_document,
)
from app.io.docx_body_xml import BodyXml, printable
from app.io.docx_excerpts import write_excerpts_docx
from app.io.docx_paragraphs import ParagraphWriter, TextRun, clean_text, new_document
from app.io.export_labels import ExportLabels
from app.io.tab_table_rows import TablePart, split_table_rows
from tests.analysis.corpus_builders import corpus, segment

SPECIAL = "Harga <500> & \"diskon\" 'besar' ]]> &amp; --> <!-- x"
CONTROLS = "a\x00b\x01c\x0bd\x1fe\ufffef\uffffg\ud800h"
BREAKS = "  baris satu\r\nbaris\tdua \n\n tiga  "
LONG = " ".join(["Pelatihan pegawai belum maksimal & anggaran <terbatas>."] * 4000)
TABLE = "Ini datanya:\n\nProgram\tTarget\nPelatihan\t120\n\nBegitu."
EMOJI = "Saya 👩🏽‍🔬 e\u0301 senang"
ONLY_CONTROL = "\x01\x02"
PICTURE_SEGMENT = 77


def _segment(code_id: int, source_id: int, text: str, segment_id: int, *,
             memo: str = "", coder: str = "Annisa") -> CorpusSegment:
    anchor = segment(code_id, source_id, "Pegawai datang tepat waktu." if source_id in (60, 70)
                     else "Kualitasnya baik sekali.")
    return CorpusSegment(id=segment_id, code_id=code_id, source_id=source_id,
                         start=anchor.start + segment_id, end=anchor.end + segment_id,
                         text=text, valence="positive", coder=coder, memo=memo)


def awkward_document(*, pseudonymised: bool = True) -> ExcerptDocument:
    segments = [
        _segment(2, 10, SPECIAL, 1, memo=f"Memo {SPECIAL}\nbaris {CONTROLS}"),
        _segment(2, 10, SPECIAL, 2, coder="Bima & <Citra>"),
        _segment(2, 20, CONTROLS, 3),
        _segment(3, 10, BREAKS, 4),
        _segment(3, 30, LONG, 5),
        _segment(5, 60, TABLE, 6, memo="Tabel\tdengan tab"),
        _segment(5, 50, EMOJI, 7),
        _segment(6, 70, ONLY_CONTROL, 8),
        _segment(6, 60, "Foto papan informasi", PICTURE_SEGMENT),
    ]
    return build_excerpt_document(
        corpus(segments), memos={3: (f"Catatan {SPECIAL}",)}, with_coder=True, with_memo=True,
        selection=ExcerptSelection(codes=("Kinerja <utama>",), pseudonymised=pseudonymised))


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


Item = tuple[str, str, tuple[tuple[str, bool, bool], ...]]


def _heading(subject: object, labels: ExportLabels) -> str:
    if isinstance(subject, CodeSubject):
        return subject.path
    if isinstance(subject, InformantSubject):
        return labels("informant_heading", number=subject.number, label=subject.label,
                      role=subject.who)
    assert isinstance(subject, SourceSubject)
    return labels("source_heading", technique=labels.term("technique", subject.kind),
                  title=subject.title)


def _plain(style: str, text: str) -> Item:
    cleaned = clean_text(text)
    return (style, cleaned, ((cleaned, False, False),) if text else ())


def expected_body(document: ExcerptDocument, labels: ExportLabels,
                  pictures: set[int]) -> list[Item | tuple[str, list[list[str]]]]:
    """What follows the table of contents, worked out from the model alone."""
    items: list[Item | tuple[str, list[list[str]]]] = []
    if pictures and document.selection.pseudonymised:
        text = labels("photos_not_anonymised")
        items.append(("Telaah Note", text, ((text, True, False),)))
    for section in document.sections:
        items.append(_plain("Heading 1", _heading(section.subject, labels)))
        if isinstance(section.subject, CodeSubject) and section.subject.definition:
            bold = labels("definition") + ": "
            items.append(("Telaah Note", bold + section.subject.definition,
                          ((bold, True, False), (section.subject.definition, False, False))))
        for group in section.groups:
            items.append(_plain("Heading 2", _heading(group.subject, labels)))
            for excerpt in group.excerpts:
                if pictures.intersection(excerpt.segment_ids):
                    items.append(("Normal", "", (("", False, False),)))
                for part in split_table_rows(excerpt.text):
                    if isinstance(part, TablePart):
                        items.append(("table", [[clean_text(cell) for cell in row]
                                                for row in part.rows]))
                    else:
                        items.append(_plain("Quote", part.text))
                items.append(_plain("Telaah Citation", labels.citation(excerpt.citation)))
                if excerpt.coders:
                    items.append(_plain("Telaah Note",
                                        labels("coders", names=", ".join(excerpt.coders))))
                for memo in excerpt.memos:
                    items.append(_plain("Telaah Note", labels("memo", text=memo)))
    return items


def written_body(path: Path) -> list[Item | tuple[str, list[list[str]]]]:
    word = Document(str(path))
    body = word.element.body
    children = list(body.iterchildren(qn("w:p"), qn("w:tbl")))
    hint = next(index for index, child in enumerate(children)
                if child.tag == qn("w:p") and Paragraph(child, word).text.startswith(
                    "Perbarui daftar isi"))
    items: list[Item | tuple[str, list[list[str]]]] = []
    for child in children[hint + 1:]:
        if child.tag == qn("w:tbl"):
            table = Table(child, word)
            items.append(("table", [[cell.text for cell in row.cells] for row in table.rows]))
            continue
        paragraph = Paragraph(child, word)
        style = paragraph.style.name if paragraph.style is not None else "Normal"
        runs = tuple((run.text, bool(run.bold), bool(run.italic)) for run in paragraph.runs)
        items.append((style, paragraph.text, runs))
    return items


def test_the_body_holds_what_the_model_says_on_awkward_texts(tmp_path: Path) -> None:
    labels = ExportLabels("id")
    document = awkward_document()
    path = tmp_path / "kutipan.docx"
    write_excerpts_docx(document, path, labels=labels,
                        pictures={PICTURE_SEGMENT: _png()})
    written = written_body(path)
    assert written == expected_body(document, labels, {PICTURE_SEGMENT})
    texts = [item[1] for item in written]
    assert clean_text(LONG) in texts and "abcdefgh" in texts
    assert "  baris satu\r\nbaris\tdua \n\n tiga  " in texts  # \r kept, spaces kept
    assert any(item[0] == "table" for item in written)
    word = Document(str(path))
    assert len(word.inline_shapes) == 1
    picture = next(p for p in word.paragraphs if p._p.xpath(".//pic:pic"))
    assert picture.paragraph_format.keep_with_next
    quotes = [p for p in word.paragraphs if p.style is not None and p.style.name == "Quote"]
    assert quotes and all(p.paragraph_format.keep_with_next for p in quotes)


def test_pictures_get_ids_unique_in_the_document(tmp_path: Path) -> None:
    document = build_excerpt_document(corpus([
        _segment(2, 60, "Foto satu", 11), _segment(3, 60, "Foto dua", 12),
        _segment(5, 60, "Foto tiga", 13)]))
    path = tmp_path / "foto.docx"
    png = _png()
    write_excerpts_docx(document, path, labels=ExportLabels("en"),
                        pictures={11: png, 12: png, 13: _png()[:-12] + png[-12:]})
    word = Document(str(path))
    assert len(word.inline_shapes) == 3
    ids = [int(value) for value in word.element.body.xpath("//wp:docPr/@id")]
    assert len(ids) == 3 and len(set(ids)) == 3


@pytest.mark.parametrize("content", [
    "", SPECIAL, CONTROLS, BREAKS, EMOJI, ONLY_CONTROL, " x", "x ", "\t", "\n",
    [TextRun("Tebal & <b>", bold=True), TextRun(" miring ", italic=True),
     TextRun("abu", size=9, color="595959"), TextRun(CONTROLS, bold=True, italic=True)],
])
@pytest.mark.parametrize("style", [None, "Quote", "Heading 1"])
@pytest.mark.parametrize("keep", [False, True])
def test_a_string_paragraph_is_the_element_the_lxml_writer_makes(
        content: str | list[TextRun], style: str | None, keep: bool) -> None:
    word = new_document()
    writer = ParagraphWriter(word)
    expected = writer.paragraph(style, content, keep_with_next=keep)
    body = BodyXml(writer.style_id)
    body.paragraph(style, content, keep_with_next=keep)
    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    wrapped = f"<w:body {namespace}>{body.xml()}</w:body>"
    written = etree.fromstring(wrapped.encode("utf-8"))[0]
    assert _canonical(written) == _canonical(expected)


def _canonical(element: etree._Element) -> bytes:
    copy = etree.fromstring(etree.tostring(element))
    for node in copy.iter():  # <w:t/> and <w:t></w:t> are the same element
        if node.text == "":
            node.text = None
    return etree.tostring(copy, method="c14n", exclusive=True)


def test_printable_text_needs_no_cleaning() -> None:
    """clean_text's short cut: no printable character is one a .docx cannot hold."""
    printable = "".join(chr(point) for point in range(0x110000) if chr(point).isprintable())
    assert clean_text(printable) == printable
    assert clean_text(printable + "\x0b\ud800\ufffe") == printable


def test_one_labels_object_cites_as_fresh_ones_do() -> None:
    """Citations' opening parts are remembered per labels object: the same text as new
    labels give, for every kind of source and place, long and short."""
    from app.analysis.citation import Citation

    citations = [
        Citation("I1_kadis", "interview", "1", "Kepala Dinas", "Ratna", turn=4),
        Citation("I1_kadis", "interview", "1", "Kepala Dinas", "Ratna", turn=5,
                 time="00:00:03–00:00:09", machine_made=True),
        Citation("I1_kadis", "interview", "1", "Kepala Dinas", "", turn=5),
        Citation("I2_sek", "interview", "2", "", "", paragraph=3),
        Citation("obs_kantor", "observation", paragraph=2),
        Citation("Renstra", "documentation", page="14"),
        Citation("O1_pasar", "observation", picture=True),
        Citation("obs_kantor", "observation"),
    ]
    for language in ("id", "en"):
        shared = ExportLabels(language)
        for _ in range(2):
            for citation in citations:
                for short in (False, True):
                    assert shared.citation(citation, short=short) == ExportLabels(
                        language).citation(citation, short=short)
    assert ExportLabels("en").citation(citations[1]) == (
        "(Informant 1, Ratna, Kepala Dinas, I1_kadis, turn 5, 00:00:03–00:00:09, "
        "machine transcript, unchecked)")


def test_citations_at_once_read_as_one_at_a_time() -> None:
    """ExportLabels.citations (the writer's loop) gives citation() of each, turn citations
    by their short way, every other kind (times, unchecked transcripts, pages, photos,
    paragraphs) as citation() does, heads seen first or not."""
    from app.analysis.citation import Citation

    citations = [
        Citation("I1_kadis", "interview", "1", "Kepala Dinas", "Ratna", turn=4),
        Citation("I1_kadis", "interview", "1", "Kepala Dinas", "Ratna", turn=5),
        Citation("I1_kadis", "interview", "1", "Kepala Dinas", "Ratna", turn=6,
                 time="00:00:03–00:00:09"),
        Citation("I1_kadis", "interview", "1", "Kepala Dinas", "Ratna", turn=7,
                 machine_made=True),
        Citation("I2 & <sek>", "interview", "2", "", "", turn=1),
        Citation("I2 & <sek>", "interview", "2", "", "", paragraph=3),
        Citation("Renstra", "documentation", page="14"),
        Citation("O1_pasar", "observation", picture=True),
        Citation("obs_kantor", "observation"),
    ]
    for language in ("id", "en"):
        for labels in (ExportLabels(language), ExportLabels(language).for_presence()):
            expected = [ExportLabels(language).citation(citation) for citation in citations]
            assert labels.citations(citations) == expected
            assert labels.citations(citations) == expected  # heads now remembered
    assert ExportLabels("en").citations(citations[:2]) == [
        "(Informant 1, Ratna, Kepala Dinas, I1_kadis, turn 4)",
        "(Informant 1, Ratna, Kepala Dinas, I1_kadis, turn 5)"]


@pytest.mark.parametrize(("quotes", "citations", "plain"), [
    (["Satu.", "Dua & <tiga>"], ["(a, giliran 1)", "(b > c, giliran 2)"], True),
    (["Satu."], ["(a)"], True),
    ([SPECIAL, "Saya 👩 e\u0301 senang"], ["(a)", "(b)"], True),
    (["Satu.", EMOJI], ["(a)", "(b)"], False),  # a joiner is not printable
    (["Satu.", ""], ["(a)", "(b)"], False),  # an empty quote
    (["Satu.", "Dua"], ["(a)", ""], False),  # an empty citation
    ([" Satu.", "Dua"], ["(a)", "(b)"], False),  # spaces to keep
    (["Satu. ", "Dua"], ["(a)", "(b)"], False),
    (["Satu.", "Dua"], ["(a) ", "(b)"], False),
    (["Satu.", "Dua"], ["(a)", " (b)"], False),
    (["Satu.", BREAKS], ["(a)", "(b)"], False),  # line breaks, tabs, controls
    (["Satu.", CONTROLS], ["(a)", "(b)"], False),
    (["Satu.", "Dua"], ["(a)", "(b\x7f)"], False),
    ([], [], False),
])
def test_plain_pairs_are_the_paragraphs_one_at_a_time(quotes: list[str], citations: list[str],
                                                      plain: bool) -> None:
    def style_id(name: str) -> str:
        return name.replace(" ", "")

    together = BodyXml(style_id)
    written = together.plain_pairs(together.opening("Quote", keep_with_next=True), quotes,
                                   together.opening("Telaah Citation"), citations)
    assert written is plain
    if not plain:
        assert together.xml() == ""
        return
    apart = BodyXml(style_id)
    for quote, citation in zip(quotes, citations, strict=True):
        apart.paragraph("Quote", quote, keep_with_next=True)
        apart.paragraph("Telaah Citation", citation)
    assert together.xml() == apart.xml()


def test_printable_is_str_isprintable() -> None:
    for point in range(0x110000):
        text = f"ab{chr(point)}cd"
        assert printable(text) == text.isprintable(), hex(point)
    assert printable("") and printable("Pegawai datang tepat waktu.")


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_blank_package_writes_what_python_docx_writes(tmp_path: Path, language: str) -> None:
    """Without pictures the package is the template's, read once, with the document's
    own word/document.xml and title (BlankPackage); with pictures python-docx saves it.
    A picture for no excerpt takes python-docx's way and writes the same parts: names,
    order and bytes."""
    document = awkward_document(pseudonymised=False)  # tables, specials, memos, coders
    labels = ExportLabels(language)
    blank, saved = tmp_path / "blank.docx", tmp_path / "saved.docx"
    write_excerpts_docx(document, blank, labels=labels, made_on=date(2026, 1, 2))
    write_excerpts_docx(document, saved, labels=labels, made_on=date(2026, 1, 2),
                        pictures={10**9: _png()})
    with zipfile.ZipFile(blank) as first, zipfile.ZipFile(saved) as second:
        assert first.namelist() == second.namelist()
        for name in first.namelist():
            assert first.read(name) == second.read(name), name
    assert ExportLabels(language)("excerpts.title") in zipfile.ZipFile(blank).read(
        "docProps/core.xml").decode("utf-8")


def test_text_that_looks_like_the_body_marker_stays_text(tmp_path: Path) -> None:
    """The body goes where a comment marks its place; the same characters in a title or a
    quote are escaped text and change nothing."""
    import dataclasses

    marker = "<!--telaah-body--> telaah-body"
    document = dataclasses.replace(
        build_excerpt_document(corpus([_segment(2, 10, marker, 21)])), title=marker)
    path = tmp_path / "penanda.docx"
    write_excerpts_docx(document, path, labels=ExportLabels("id"))
    paragraphs = [(p.style.name if p.style is not None else "", p.text)
                  for p in Document(str(path)).paragraphs]
    assert paragraphs[1] == ("Normal", marker)
    assert ("Quote", marker) in paragraphs
    assert paragraphs.index(("Quote", marker)) > paragraphs.index(("Normal", marker))
