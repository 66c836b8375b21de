"""Decoding text files: explicit rules, the encoding recorded, never a silent guess."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from app.errors import (
    BinaryFile,
    FileEmpty,
    FileProblem,
    UnknownEncoding,
    UnknownEncodingName,
)
from app.io.txt_reader import decode_text_bytes

TRANSCRIPT = "Pewawancara: Apa kabar, Bu?\nInforman: Baik. Kafé “Enak” ✓\n"


def _decode_file(tmp_path: Path, data: bytes, encoding: str | None = None) -> tuple[str, str]:
    path = tmp_path / "wawancara.txt"
    path.write_bytes(data)
    return decode_text_bytes(path.read_bytes(), path=path, encoding=encoding)


def _problem(tmp_path: Path, data: bytes, error: type[FileProblem], **kwargs: str) -> FileProblem:
    with pytest.raises(error) as caught:
        _decode_file(tmp_path, data, **kwargs)
    assert "wawancara.txt" in str(caught.value)
    return caught.value


def test_utf8_without_bom(tmp_path: Path) -> None:
    assert _decode_file(tmp_path, TRANSCRIPT.encode("utf-8")) == (TRANSCRIPT, "utf-8")


def test_utf8_with_bom_drops_the_mark(tmp_path: Path) -> None:
    text, encoding = _decode_file(tmp_path, codecs.BOM_UTF8 + TRANSCRIPT.encode("utf-8"))
    assert (text, encoding) == (TRANSCRIPT, "utf-8-sig")


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_utf16_and_utf32_with_bom(tmp_path: Path, bom: bytes, codec: str, name: str) -> None:
    text, encoding = _decode_file(tmp_path, bom + TRANSCRIPT.encode(codec))
    assert (text, encoding) == (TRANSCRIPT, name)


def test_cp1252_fallback_is_recorded(tmp_path: Path) -> None:
    data = b"Informan: \x93Kami bangga\x94, kata pemilik caf\xe9.\r\n"
    text, encoding = _decode_file(tmp_path, data)
    assert encoding == "cp1252"
    assert text == "Informan: \u201cKami bangga\u201d, kata pemilik caf\u00e9.\n"


def test_bytes_valid_in_neither_utf8_nor_cp1252(tmp_path: Path) -> None:
    # 0x81 is undefined in Windows-1252 and not valid UTF-8 on its own.
    _problem(tmp_path, b"Informan: kata \x81 lain\n", UnknownEncoding)


def test_utf16_bom_with_odd_byte_count_is_unknown_encoding(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + "Informan".encode("utf-16-le") + b"\x00"
    _problem(tmp_path, data, UnknownEncoding)


def test_crlf_and_combining_marks_are_normalised(tmp_path: Path) -> None:
    text, _encoding = _decode_file(tmp_path, "Kafe\u0301\r\nlagi\r".encode("utf-8"))
    assert text == "Kaf\u00e9\nlagi\n"


def test_binary_data_named_txt(tmp_path: Path) -> None:
    png_header = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    _problem(tmp_path, png_header, BinaryFile)


def test_nul_bytes_in_otherwise_valid_utf8(tmp_path: Path) -> None:
    _problem(tmp_path, b"Informan: halo\x00dunia\n" * 20, BinaryFile)


def test_utf16_without_bom_is_refused_as_binary_not_guessed(tmp_path: Path) -> None:
    _problem(tmp_path, TRANSCRIPT.encode("utf-16-le"), BinaryFile)


def test_many_control_characters_in_valid_utf8(tmp_path: Path) -> None:
    # 3 escape characters in 100: more than 1 %.
    _problem(tmp_path, b"\x1b" * 3 + b"a" * 97, BinaryFile)


def test_many_control_bytes_in_invalid_utf8(tmp_path: Path) -> None:
    _problem(tmp_path, b"\xe9\x07\x07" + b"a" * 97, BinaryFile)


def test_few_control_characters_are_accepted(tmp_path: Path) -> None:
    # 1 in 200 (0.5 %), e.g. an old DOS end-of-file mark; tab and form feed never count.
    data = b"a" * 199 + b"\x1a"
    text, _encoding = _decode_file(tmp_path, b"\t\x0c" + data)
    assert text == "\t\x0c" + data.decode("ascii")


def test_few_control_bytes_in_cp1252_are_accepted(tmp_path: Path) -> None:
    text, encoding = _decode_file(tmp_path, b"caf\xe9 " + b"b" * 200 + b"\x1a")
    assert encoding == "cp1252"
    assert text.startswith("caf\u00e9 ")


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n\t\r\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF8 + b" \r\n "],
)
def test_empty_and_whitespace_only_files(tmp_path: Path, data: bytes) -> None:
    _problem(tmp_path, data, FileEmpty)


def test_explicit_encoding_is_used_and_recorded_by_codec_name(tmp_path: Path) -> None:
    data = "Informan: Kafé".encode("cp1252")
    assert _decode_file(tmp_path, data, encoding="windows-1252") == ("Informan: Kafé", "cp1252")


def test_explicit_encoding_overrides_detection(tmp_path: Path) -> None:
    # Valid UTF-8 ("Ã©") that the user knows to be Latin-1.
    text, encoding = _decode_file(tmp_path, "Kafé".encode(), encoding="latin-1")
    assert (text, encoding) == ("Kaf\u00c3\u00a9", "iso8859-1")


def test_explicit_encoding_that_does_not_fit_the_bytes(tmp_path: Path) -> None:
    error = _problem(tmp_path, b"caf\xe9", UnknownEncoding, encoding="utf-8")
    assert error.encoding == "utf-8"


@pytest.mark.parametrize("name", ["no-such-codec", "base64", "rot13", "utf-8\x00"])
def test_explicit_encoding_name_that_is_not_a_text_codec(tmp_path: Path, name: str) -> None:
    error = _problem(tmp_path, b"abc", UnknownEncodingName, encoding=name)
    assert error.encoding == name


def test_explicit_encoding_still_refuses_binary(tmp_path: Path) -> None:
    _problem(tmp_path, bytes(range(256)) * 4, BinaryFile, encoding="latin-1")
