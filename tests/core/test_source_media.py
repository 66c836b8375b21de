"""PDF and photo sources in a real project file: text, pages and the original kept; bad
files refused with the project unchanged."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from app.core.project import Project
from app.core.source_media import original_bytes, source_media
from app.core.sources import import_sources, list_sources, read_source
from app.errors import EncryptedPdf, NotAnImage, PdfWithoutText, TelaahError
from tests.io.pdf_builders import make_pdf, marked_paragraphs, photo, scanned_pdf


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lakip")
    return make_pdf(folder, "LAKIP 2023", marked_paragraphs(8), header="LAKIP Dinas 2023",
                    footer_page_numbers=True, page_breaks_every=2)


def test_a_pdf_becomes_a_documentation_source_with_pages(empty_project: Project,
                                                         report_pdf: Path) -> None:
    seen: list[tuple[int, int]] = []
    changes = import_sources(empty_project, paths=[report_pdf], kind="documentation",
                             progress=lambda *step: seen.append(step))
    assert changes.created is not None
    [source] = list_sources(empty_project)
    assert (source.title, source.kind) == ("LAKIP 2023", "documentation")
    document = read_source(empty_project, source_id=source.id)
    assert "LAKIP Dinas 2023" not in document.text
    media = source_media(empty_project, source_id=source.id)
    assert media.media_type == "pdf" and media.mime == "application/pdf"
    assert media.meta["pages"] == 4 and len(media.pages) == 4
    assert [page.header for page in media.pages] == ["LAKIP Dinas 2023"] * 4
    third = media.pages[2]
    assert document.text[third.start:third.end].startswith("Paragraf 05:")
    assert media.page_at(third.start + 10) == third
    stored = original_bytes(empty_project, source_id=source.id)
    assert hashlib.sha256(stored).hexdigest() == hashlib.sha256(
        report_pdf.read_bytes()).hexdigest()
    assert seen[-1] == (100, 100) and len(seen) >= 5


def test_a_photo_keeps_its_original_and_exif_date(empty_project: Project,
                                                  tmp_path: Path) -> None:
    path = photo(tmp_path / "O1_pasar_pagi.jpg", taken="2023:03:14 07:20:00")
    import_sources(empty_project, paths=[path], kind="observation")
    [source] = list_sources(empty_project)
    assert source.source_date == date(2023, 3, 14)
    media = source_media(empty_project, source_id=source.id)
    assert media.media_type == "image"
    assert media.meta == {"width": 1200, "height": 900, "exif_date": "2023-03-14T07:20:00"}
    assert original_bytes(empty_project, source_id=source.id) == path.read_bytes()
    assert read_source(empty_project, source_id=source.id).text == "[O1_pasar_pagi.jpg]"


def _refused(project: Project, path: Path, error: type[TelaahError]) -> str:
    before = list_sources(project)
    with pytest.raises(error) as raised:
        import_sources(project, paths=[path])
    assert list_sources(project) == before
    return raised.value.message()


def test_bad_files_leave_the_project_unchanged(empty_project: Project, tmp_path: Path,
                                               report_pdf: Path) -> None:
    fake = tmp_path / "foto.jpg"
    fake.write_text("bukan foto")
    assert _refused(empty_project, fake, NotAnImage).startswith(str(fake))
    options = ('{"EncryptFile":{"type":"boolean","value":"true"},'
               '"DocumentOpenPassword":{"type":"string","value":"x"}}')
    locked = make_pdf(tmp_path, "terkunci", ["Rahasia."], filter_options=options)
    _refused(empty_project, locked, EncryptedPdf)
    scan = scanned_pdf(tmp_path / "pindaian.pdf", ["Surat Keputusan"])
    from app.io.pdf_ocr import tesseract_program

    if tesseract_program() is not None:
        _refused(empty_project, scan, PdfWithoutText)
    # A good file next to a bad one: neither is imported.
    with pytest.raises(NotAnImage):
        import_sources(empty_project, paths=[report_pdf, fake])
    assert list_sources(empty_project) == []


def test_a_segment_on_a_pdf_page_is_cited_by_page(empty_project: Project,
                                                   report_pdf: Path) -> None:
    from app.core.codebook_editing import add_code
    from app.core.coding_by_name import add_coder
    from app.core.excerpts import ExcerptOptions, excerpt_document
    from app.core.segments import add_segment
    from app.io.export_labels import ExportLabels

    import_sources(empty_project, paths=[report_pdf], kind="documentation")
    [source] = list_sources(empty_project)
    third = source_media(empty_project, source_id=source.id).pages[2]
    code_id = add_code(empty_project, name="Rencana").created
    coder_id = add_coder(empty_project, name="Peneliti").created
    assert code_id is not None and coder_id is not None
    add_segment(empty_project, source_id=source.id, code_id=code_id, coder_id=coder_id,
                start=third.start, end=third.start + 12)
    for language, expected in (("id", "(Dokumentasi, LAKIP 2023, hlm. 3)"),
                               ("en", "(Documentation, LAKIP 2023, p. 3)")):
        labels = ExportLabels(language)
        document = excerpt_document(empty_project, options=ExcerptOptions(), labels=labels)
        [excerpt] = [excerpt for section in document.sections for group in section.groups
                     for excerpt in group.excerpts]
        assert labels.citation(excerpt.citation) == expected
