"""Reading .docx text in reading order, and refusing damaged or unsafe documents."""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.document import Document as WordDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from app.errors import (
    ArchiveBomb,
    CorruptDocument,
    EncryptedDocument,
    FileEmpty,
    FileProblem,
    LegacyWordDocument,
    MacroDocument,
    UnsafeXml,
)
from app.io.docx_reader import read_docx_bytes

SCIENTIST = "\U0001f469\U0001f3fd\u200d\U0001f52c"
OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
MAIN_CONTENT_TYPE = (
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
)
MiB = 1024 * 1024


# --- building fixtures ------------------------------------------------------------------------


def _docx_bytes(build: Callable[[WordDocument], None]) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _interview(document: WordDocument) -> None:
    document.add_paragraph("Transkrip Wawancara Informan 2")
    document.add_paragraph("P: Selamat siang, Bu.")
    document.add_paragraph("I: Siang, Dek.")


def _rezip(
    data: bytes,
    *,
    replace: dict[str, bytes] | None = None,
    rename: dict[str, str] | None = None,
    drop: frozenset[str] = frozenset(),
    add: dict[str, bytes] | None = None,
) -> bytes:
    """Copy a .docx archive entry by entry, changing the named entries."""
    replace, rename, add = replace or {}, rename or {}, add or {}
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(
        output, "w", zipfile.ZIP_DEFLATED
    ) as target:
        for name in source.namelist():
            if name not in drop:
                target.writestr(rename.get(name, name), replace.get(name, source.read(name)))
        for name, content in add.items():
            target.writestr(name, content)
    return output.getvalue()


def _entry(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


def _with_doctype(xml: bytes, doctype: bytes) -> bytes:
    declaration_end = xml.index(b"?>") + 2
    return xml[:declaration_end] + doctype + xml[declaration_end:]


def _read(tmp_path: Path, data: bytes, **kwargs: int) -> str:
    path = tmp_path / "wawancara.docx"
    path.write_bytes(data)
    return read_docx_bytes(path.read_bytes(), path=path, **kwargs)


def _problem(tmp_path: Path, data: bytes, error: type[FileProblem], **kwargs: int) -> FileProblem:
    with pytest.raises(error) as caught:
        _read(tmp_path, data, **kwargs)
    assert "wawancara.docx" in str(caught.value)
    return caught.value


# --- text ---------------------------------------------------------------------------------------


def test_paragraphs_are_joined_with_newlines(tmp_path: Path) -> None:
    text = _read(tmp_path, _docx_bytes(_interview))
    assert text == "Transkrip Wawancara Informan 2\nP: Selamat siang, Bu.\nI: Siang, Dek."


def _tables(document: WordDocument) -> None:
    document.add_paragraph("Sebelum tabel")
    table = document.add_table(rows=3, cols=3)
    for row_index, row in enumerate(table.rows):
        for column_index, cell in enumerate(row.cells):
            cell.text = f"r{row_index}c{column_index}"
    table.cell(0, 0).merge(table.cell(0, 1)).text = "gabung ke kanan"
    table.cell(1, 2).merge(table.cell(2, 2)).text = "gabung ke bawah"
    nested = table.cell(1, 0).add_table(rows=1, cols=2)
    nested.cell(0, 0).text = "dalam 1"
    nested.cell(0, 1).text = "dalam 2"
    document.add_paragraph("Sesudah tabel")


def test_a_table_keeps_one_row_per_line_with_tab_separated_cells(tmp_path: Path) -> None:
    data = _docx_bytes(_tables)
    # python-docx repeats a merged cell for every grid position it spans.
    reread = docx.Document(io.BytesIO(data)).tables[0]
    assert [cell.text for cell in reread.rows[0].cells].count("gabung ke kanan") == 2
    assert _read(tmp_path, data).split("\n") == [
        "Sebelum tabel",
        "",  # a blank line sets the table off
        "gabung ke kanan\t\tr0c2",  # the merged cell once, then an empty column
        "r1c0 dalam 1 dalam 2\tr1c1\tgabung ke bawah",  # the nested table joins its cell
        "r2c0\tr2c1\t",  # the cell continuing the vertical merge is empty
        "",
        "Sesudah tabel",
    ]


def _interview_with_table(document: WordDocument) -> None:
    document.add_paragraph("I: Ini capaiannya, Dek:")
    table = document.add_table(rows=3, cols=3)
    rows = [["Program", "Target", "Realisasi"], ["Pelatihan", "120", "95"],
            [f"Pendataan {SCIENTIST}", "300", "210\u2009unit"]]
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    table.cell(2, 0).paragraphs[0].add_run().add_break()
    table.cell(2, 0).add_paragraph("kafe\u0301\tulang")
    document.add_paragraph("I: Jadi pelatihan belum mencapai target.")


def test_a_transcript_table_is_set_off_by_blank_lines_and_keeps_its_columns(
    tmp_path: Path,
) -> None:
    text = _read(tmp_path, _docx_bytes(_interview_with_table))
    assert text.split("\n") == [
        "I: Ini capaiannya, Dek:",
        "",
        "Program\tTarget\tRealisasi",
        "Pelatihan\t120\t95",
        # A cell's line breaks, paragraphs and tabs become spaces; text is NFC.
        f"Pendataan {SCIENTIST} kaf\u00e9 ulang\t300\t210\u2009unit",
        "",
        "I: Jadi pelatihan belum mencapai target.",
    ]
    assert [line.count("\t") for line in text.split("\n") if "\t" in line] == [2, 2, 2]


def test_tables_at_the_edges_and_side_by_side_get_no_extra_blank_lines(tmp_path: Path) -> None:
    def build(document: WordDocument) -> None:
        for values in (("a", "b"), ("c", "d")):
            table = document.add_table(rows=1, cols=2)
            for cell, value in zip(table.rows[0].cells, values):
                cell.text = value
        document.add_paragraph("")
        document.add_paragraph("akhir")

    assert _read(tmp_path, _docx_bytes(build)) == "a\tb\n\nc\td\n\nakhir"


def test_emoji_combining_marks_and_line_breaks(tmp_path: Path) -> None:
    def build(document: WordDocument) -> None:
        paragraph = document.add_paragraph(f"I: {SCIENTIST} kafe\u0301")
        paragraph.add_run().add_break()
        paragraph.add_run("baris\u2028baru")

    assert _read(tmp_path, _docx_bytes(build)) == f"I: {SCIENTIST} kaf\u00e9\nbaris\nbaru"


def test_tracked_insertions_are_read_and_deletions_are_not(tmp_path: Path) -> None:
    def build(document: WordDocument) -> None:
        paragraph = document.add_paragraph("I: Saya ")
        paragraph._p.append(
            parse_xml(
                f'<w:del {nsdecls("w")} w:id="1" w:author="A" w:date="2023-03-13T00:00:00Z">'
                "<w:r><w:delText>tidak</w:delText><w:tab/></w:r></w:del>"
            )
        )
        paragraph._p.append(
            parse_xml(
                f'<w:ins {nsdecls("w")} w:id="2" w:author="A" w:date="2023-03-13T00:00:00Z">'
                "<w:r><w:t>sangat </w:t></w:r></w:ins>"
            )
        )
        paragraph.add_run("setuju.")

    assert _read(tmp_path, _docx_bytes(build)) == "I: Saya sangat setuju."


def test_main_part_named_by_relationships_as_word_online_writes_it(tmp_path: Path) -> None:
    data = _docx_bytes(_interview)
    relationships = _entry(data, "_rels/.rels").replace(
        b"word/document.xml", b"word/document2.xml"
    )
    content_types = _entry(data, "[Content_Types].xml").replace(
        b"/word/document.xml", b"/word/document2.xml"
    )
    moved = _rezip(
        data,
        rename={
            "word/document.xml": "word/document2.xml",
            "word/_rels/document.xml.rels": "word/_rels/document2.xml.rels",
        },
        replace={"_rels/.rels": relationships, "[Content_Types].xml": content_types},
    )
    assert "word/document.xml" not in zipfile.ZipFile(io.BytesIO(moved)).namelist()
    assert _read(tmp_path, moved).startswith("Transkrip Wawancara Informan 2\nP:")


@pytest.mark.parametrize("paragraphs", [[], ["", "   ", "\t"]])
def test_document_without_text_is_empty(tmp_path: Path, paragraphs: list[str]) -> None:
    def build(document: WordDocument) -> None:
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)

    _problem(tmp_path, _docx_bytes(build), FileEmpty)


# --- damaged and unsuitable documents -------------------------------------------------------


def test_plain_text_named_docx_is_corrupt(tmp_path: Path) -> None:
    _problem(tmp_path, b"Pewawancara: ini bukan dokumen Word\n", CorruptDocument)


def test_truncated_docx_is_corrupt(tmp_path: Path) -> None:
    data = _docx_bytes(_interview)
    _problem(tmp_path, data[: len(data) // 2], CorruptDocument)


def test_damaged_compressed_data_is_corrupt(tmp_path: Path) -> None:
    data = bytearray(_docx_bytes(_interview))
    start = data.index(b"word/document.xml") + len(b"word/document.xml")
    data[start : start + 200] = bytes(200)  # overwrite the start of the compressed entry
    _problem(tmp_path, bytes(data), CorruptDocument)


def test_zip_without_word_document_is_corrupt(tmp_path: Path) -> None:
    data = _rezip(_docx_bytes(_interview), drop=frozenset({"word/document.xml"}))
    error = _problem(tmp_path, data, CorruptDocument)
    # Which part is missing is technical: for --verbose, not for the message.
    assert "word/document.xml" in error.technical_detail()
    assert "word/document.xml" not in str(error)


def test_zip_without_content_types_is_corrupt(tmp_path: Path) -> None:
    data = _rezip(_docx_bytes(_interview), drop=frozenset({"[Content_Types].xml"}))
    _problem(tmp_path, data, CorruptDocument)


def test_malformed_document_xml_is_corrupt(tmp_path: Path) -> None:
    data = _rezip(_docx_bytes(_interview), replace={"word/document.xml": b"<w:document"})
    _problem(tmp_path, data, CorruptDocument)


def test_encrypted_docx_lookalike(tmp_path: Path) -> None:
    data = OLE_SIGNATURE + bytes(504) + "EncryptionInfo EncryptedPackage".encode("utf-16-le")
    error = _problem(tmp_path, data, EncryptedDocument)
    assert not isinstance(error, LegacyWordDocument)
    assert "password" in str(error)


def test_legacy_doc_lookalike(tmp_path: Path) -> None:
    data = OLE_SIGNATURE + bytes(504) + "WordDocument".encode("utf-16-le") + bytes(64)
    error = _problem(tmp_path, data, LegacyWordDocument)
    assert isinstance(error, EncryptedDocument)
    assert ".doc" in str(error)


def test_highly_compressed_large_entry_is_a_bomb(tmp_path: Path) -> None:
    data = _rezip(_docx_bytes(_interview), add={"word/media/zeros.bin": bytes(2 * MiB)})
    assert len(data) < 100_000
    _problem(tmp_path, data, ArchiveBomb)


def test_total_uncompressed_size_over_the_limit_is_a_bomb(tmp_path: Path) -> None:
    data = _docx_bytes(_interview)
    assert _read(tmp_path, data)  # fine under the default limit
    error = _problem(tmp_path, data, ArchiveBomb, max_uncompressed_bytes=10_000)
    assert error.limit_mb == 0.0


def test_declared_size_in_the_central_directory_is_trusted(tmp_path: Path) -> None:
    data = bytearray(_rezip(_docx_bytes(_interview), add={"word/notes.xml": b"<a/>"}))
    last_record = data.rindex(b"PK\x01\x02")
    struct.pack_into("<I", data, last_record + 24, 300 * MiB)  # uncompressed size field
    _problem(tmp_path, bytes(data), ArchiveBomb)


def test_vba_project_is_a_macro_document(tmp_path: Path) -> None:
    data = _rezip(_docx_bytes(_interview), add={"word/vbaProject.bin": b"\x00" * 16})
    _problem(tmp_path, data, MacroDocument)


def test_macro_enabled_content_type_is_a_macro_document(tmp_path: Path) -> None:
    data = _docx_bytes(_interview)
    content_types = _entry(data, "[Content_Types].xml").replace(
        MAIN_CONTENT_TYPE, b"application/vnd.ms-word.document.macroEnabled.main+xml"
    )
    assert content_types != _entry(data, "[Content_Types].xml")
    _problem(tmp_path, _rezip(data, replace={"[Content_Types].xml": content_types}), MacroDocument)


@pytest.mark.parametrize(
    "doctype",
    [
        b'<!DOCTYPE w:document [<!ENTITY lol "lol">]>',
        b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        b'<!DOCTYPE w:document SYSTEM "http://example.invalid/evil.dtd">',
    ],
)
def test_doctype_in_document_xml_is_unsafe(tmp_path: Path, doctype: bytes) -> None:
    data = _docx_bytes(_interview)
    xml = _with_doctype(_entry(data, "word/document.xml"), doctype)
    _problem(tmp_path, _rezip(data, replace={"word/document.xml": xml}), UnsafeXml)


def test_doctype_cannot_hide_in_utf16(tmp_path: Path) -> None:
    data = _docx_bytes(_interview)
    xml = _entry(data, "word/document.xml").replace(b"encoding='UTF-8'", b"encoding='UTF-16'")
    plain = xml.decode("utf-8").encode("utf-16")
    assert _read(tmp_path, _rezip(data, replace={"word/document.xml": plain}))  # readable as is
    unsafe = _with_doctype(xml, b"<!DOCTYPE w:document>").decode("utf-8").encode("utf-16")
    _problem(tmp_path, _rezip(data, replace={"word/document.xml": unsafe}), UnsafeXml)


def test_doctype_in_another_part_is_unsafe(tmp_path: Path) -> None:
    data = _docx_bytes(_interview)
    styles = _with_doctype(_entry(data, "word/styles.xml"), b"<!DOCTYPE w:styles>")
    _problem(tmp_path, _rezip(data, replace={"word/styles.xml": styles}), UnsafeXml)


def test_rows_that_end_early_get_empty_cells(tmp_path: Path) -> None:
    def build(document: WordDocument) -> None:
        table = document.add_table(rows=2, cols=3)
        for cell, value in zip(table.rows[0].cells, ("a", "b", "c")):
            cell.text = value
        table.rows[1].cells[0].text = "d"
        last = table.rows[1]._tr.tc_lst[-1]
        last.getparent().remove(last)  # a row with a missing cell (w:gridAfter in Word)

    assert _read(tmp_path, _docx_bytes(build)) == "a\tb\tc\nd\t\t"
