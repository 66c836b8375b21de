"""Importing sources into a real project file: good files, bad files, all or nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document

from app.core.informants import add_informant
from app.core.project import Project
from app.core.sources import import_sources, list_sources, read_source
from app.errors import CorruptDocument, DuplicateName, FileEmpty, NotFound, UnsupportedFileType

INTERVIEW = "Pewawancara: Apa kabar?\n\nInforman: Baik, terima kasih. 😀 Café\n"


def _txt(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


def test_import_text_with_turns_and_informant(empty_project: Project, tmp_path: Path) -> None:
    add_informant(empty_project, label="I1", pseudonym="Ratna", informant_type="kunci")
    path = _txt(tmp_path, "wawancara.txt", INTERVIEW)
    changes = import_sources(
        empty_project, paths=[path], informant="I1", source_date=date(2023, 3, 13)
    )
    assert changes.created is not None
    [source] = list_sources(empty_project)
    assert (source.title, source.kind, source.informant_label) == ("wawancara", "interview", "I1")
    assert source.source_date == date(2023, 3, 13)
    assert source.word_count == len(INTERVIEW.split())
    document = read_source(empty_project, source_id=source.id)
    assert document.text == INTERVIEW
    assert source.char_count == len(INTERVIEW)
    assert [turn.speaker for turn in document.turns] == ["Pewawancara", "Informan"]
    interviewee = document.turns[1]
    assert document.text[interviewee.start:interviewee.end].startswith("Informan: Baik")


def test_import_docx_keeps_table_text(empty_project: Project, tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("P: Berapa pegawai di bidang ini?")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Jumlah pegawai"
    table.cell(0, 1).text = "12"
    path = tmp_path / "catatan.docx"
    document.save(str(path))
    import_sources(empty_project, paths=[path], kind="documentation")
    [source] = list_sources(empty_project)
    text = read_source(empty_project, source_id=source.id).text
    assert source.kind == "documentation"
    assert "Jumlah pegawai" in text and "12" in text


def test_a_bad_file_in_a_batch_imports_nothing(empty_project: Project, tmp_path: Path) -> None:
    good = _txt(tmp_path, "baik.txt", INTERVIEW)
    bad = tmp_path / "rusak.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(CorruptDocument) as raised:
        import_sources(empty_project, paths=[good, bad])
    assert "rusak.docx" in raised.value.message()
    assert list_sources(empty_project) == []


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [("kosong.txt", b"  \n", FileEmpty), ("gambar.gif", b"GIF89a", UnsupportedFileType)],
)
def test_bad_files_are_refused_with_their_name(
    empty_project: Project, tmp_path: Path, name: str, content: bytes, error: type
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(error) as raised:
        import_sources(empty_project, paths=[path])
    assert name in raised.value.message()
    assert list_sources(empty_project) == []


def test_duplicate_titles_are_refused(empty_project: Project, tmp_path: Path) -> None:
    path = _txt(tmp_path, "satu.txt", INTERVIEW)
    import_sources(empty_project, paths=[path])
    with pytest.raises(DuplicateName):
        import_sources(empty_project, paths=[path])
    assert len(list_sources(empty_project)) == 1


def test_unknown_informant_leaves_project_unchanged(empty_project: Project, tmp_path: Path) -> None:
    path = _txt(tmp_path, "satu.txt", INTERVIEW)
    with pytest.raises(NotFound):
        import_sources(empty_project, paths=[path], informant="I9")
    assert list_sources(empty_project) == []
