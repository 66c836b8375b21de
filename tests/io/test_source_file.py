"""read_source_file: dispatch on suffix, file-level checks, and the SourceFile it returns."""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import os
from pathlib import Path

import docx
import pytest

from app.errors import (
    BinaryFile,
    CorruptDocument,
    FileEmpty,
    FileNotFoundProblem,
    FileProblem,
    FileTooLarge,
    FileUnreadable,
    MacroDocument,
    UnknownEncoding,
    UnsupportedFileType,
)
from app.io.source_file import DEFAULT_MAX_BYTES, SourceFile, read_source_file
from app.io.speaker_turns import Paragraph

SCIENTIST = "\U0001f469\U0001f3fd\u200d\U0001f52c"
INTERVIEW = (
    "Transkrip Wawancara Informan 1\r\n"
    "Tanggal: 13 Maret 2023\r\n"
    "\r\n"
    "Pewawancara: Selamat pagi, Bu.\r\n"
    f"Informan: Pagi. {SCIENTIST} Kafe\u0301 saya di sini.\r\n"
    "Catatan: informan tertawa.\r\n"
)


def _problem(path: Path, error: type[FileProblem], **kwargs: object) -> FileProblem:
    with pytest.raises(error) as caught:
        read_source_file(path, **kwargs)  # type: ignore[arg-type]
    assert path.name in str(caught.value)
    return caught.value


def test_text_file_is_read_with_offsets_in_code_points(tmp_path: Path) -> None:
    path = tmp_path / "I1_kepala_dinas.txt"
    raw = INTERVIEW.encode("utf-8")
    path.write_bytes(raw)

    source = read_source_file(path)

    assert source.file_name == "I1_kepala_dinas.txt"
    assert (source.file_format, source.encoding) == ("txt", "utf-8")
    assert source.sha256 == hashlib.sha256(raw).hexdigest()
    assert "\r" not in source.text and "Kaf\u00e9" in source.text
    assert [p.number for p in source.paragraphs] == [1, 2, 3, 4, 5]
    # Header lines of 30 and 22 code points, each + "\n", then one blank line.
    assert source.paragraphs[2] == Paragraph(3, 55, 85)
    # "Informan: Pagi. " (16) + emoji (4, not 7 UTF-16 units) + " Kafé saya di sini." (19).
    assert source.paragraphs[3] == Paragraph(4, 86, 125)
    turn = source.turns[1]
    assert (turn.speaker, turn.role) == ("Informan", "informant")
    # The turn runs on through "Catatan: informan tertawa." (26), which is no speaker.
    assert (turn.start, turn.end) == (86, 152)
    assert source.text[turn.start : turn.end] == (
        f"Informan: Pagi. {SCIENTIST} Kaf\u00e9 saya di sini.\nCatatan: informan tertawa."
    )


def test_sha256_is_of_the_raw_bytes_not_the_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    raw = codecs.BOM_UTF8 + b"Informan: ya\r\n"
    path.write_bytes(raw)
    source = read_source_file(path)
    assert source.sha256 == hashlib.sha256(raw).hexdigest()
    assert source.sha256 != hashlib.sha256(source.text.encode("utf-8")).hexdigest()
    assert source.encoding == "utf-8-sig"


def test_docx_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "I2_sekretaris.docx"
    document = docx.Document()
    for line in ["Transkrip Wawancara Informan 2", "P: Selamat siang.", "I: Siang.", "Lanjutan."]:
        document.add_paragraph(line)
    document.save(str(path))

    source = read_source_file(path)

    assert (source.file_format, source.encoding, source.file_name) == ("docx", "docx", path.name)
    assert source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert [(t.speaker, source.text[t.start : t.end]) for t in source.turns] == [
        ("P", "P: Selamat siang."),
        ("I", "I: Siang.\nLanjutan."),
    ]
    assert len(source.paragraphs) == 4


@pytest.mark.parametrize("name", ["catatan.text", "catatan.md", "CATATAN.TXT"])
def test_other_text_suffixes(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("Observasi: kantor ramai.\n", encoding="utf-8")
    source = read_source_file(path)
    assert source.file_format == "txt"
    assert source.turns == ()


def test_explicit_encoding_is_passed_through(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Informan: Kafé".encode())
    assert read_source_file(path, encoding="latin-1").text == "Informan: Kaf\u00c3\u00a9"


def test_cp1252_file_records_its_encoding(tmp_path: Path) -> None:
    path = tmp_path / "lama.txt"
    path.write_bytes(b"Informan: \x93Ya\x94, caf\xe9.\r\n")
    source = read_source_file(path)
    assert (source.encoding, source.text) == ("cp1252", "Informan: \u201cYa\u201d, caf\u00e9.\n")


def test_source_file_is_frozen(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("a", encoding="utf-8")
    source = read_source_file(path)
    assert isinstance(source, SourceFile)
    with pytest.raises(dataclasses.FrozenInstanceError):
        source.text = "b"  # type: ignore[misc]


# --- problems -----------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    _problem(tmp_path / "hilang.txt", FileNotFoundProblem)


def test_folder_is_unreadable(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    _problem(folder, FileUnreadable)


def test_named_pipe_is_unreadable_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipa.txt"
    os.mkfifo(pipe)
    _problem(pipe, FileUnreadable)


@pytest.mark.parametrize("name", ["laporan.odt", "wawancara.doc", "tanpa_akhiran", "data.csv"])
def test_unsupported_file_type(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"Informan: ya\n")
    error = _problem(path, UnsupportedFileType)
    assert error.suffix == path.suffix.lower()


def test_docm_is_refused_as_a_macro_document(tmp_path: Path) -> None:
    path = tmp_path / "makro.docm"
    docx.Document().save(str(path))
    _problem(path, MacroDocument)


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "besar.txt"
    path.write_bytes(b"Informan: " + b"a" * 90)  # 100 bytes
    assert read_source_file(path, max_bytes=100).text.startswith("Informan")
    error = _problem(path, FileTooLarge, max_bytes=99)
    assert (error.size_bytes, error.limit_bytes) == (100, 99)
    assert "0.1 MB, more than the limit of 0 MB" in str(error)


def test_size_is_checked_before_the_file_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "besar.txt"
    with path.open("wb") as stream:
        stream.truncate(DEFAULT_MAX_BYTES + 1)  # sparse: no 64 MiB written to disk

    def refuse_to_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", refuse_to_open)
    error = _problem(path, FileTooLarge)
    assert str(error).endswith("the file is 64.1 MB, more than the limit of 64 MB.")


def test_default_size_limit_is_64_mib() -> None:
    assert DEFAULT_MAX_BYTES == 64 * 1024 * 1024


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (bytes(range(256)) * 8, BinaryFile),
        (b"Informan: a\x00b\n", BinaryFile),
        (b"", FileEmpty),
        (b" \r\n\t\r\n", FileEmpty),
        (b"Informan: \x81\n", UnknownEncoding),
    ],
)
def test_text_problems_name_the_file(
    tmp_path: Path, content: bytes, error: type[FileProblem]
) -> None:
    path = tmp_path / "masalah.txt"
    path.write_bytes(content)
    _problem(path, error)


def test_corrupt_docx_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "rusak.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    _problem(path, CorruptDocument)
