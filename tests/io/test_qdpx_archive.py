"""The .qdpx container: unsafe and oversized archives are refused before anything is read."""

from __future__ import annotations

import random
import struct
import zipfile
from pathlib import Path

import pytest

from app.errors import (
    ArchiveBomb,
    ArchiveTooManyEntries,
    FileNotFoundProblem,
    NotAQdpxArchive,
    UnsafeArchive,
    UnsafeXml,
)
from app.io.qdpx_archive import MAX_MEMBERS, open_qdpx, qdpx_bytes
from app.io.qdpx_reader import read_qdpx
from tests.io.qdpx_builders import codebook_xml, project_xml, write_zip

GOOD_XML = project_xml(codebook_xml())


@pytest.mark.parametrize(
    "member",
    [
        "../evil.txt",
        "sources/../../evil.txt",
        "/etc/passwd",
        "\\windows\\evil.txt",
        "C:/evil.txt",
        "c:\\evil.txt",
        "sources\\..\\..\\evil.txt",
    ],
)
def test_members_that_leave_the_archive_are_refused(tmp_path: Path, member: str) -> None:
    path = write_zip(tmp_path / "evil.qdpx", {"project.qde": GOOD_XML, member: b"x"})

    with pytest.raises(UnsafeArchive) as caught:
        open_qdpx(path)

    assert caught.value.entry == member
    assert str(path) in caught.value.message()


def test_the_same_name_twice_in_different_case_is_refused(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "twice.qdpx", {"project.qde": GOOD_XML, "Project.qde": GOOD_XML})

    with pytest.raises(UnsafeArchive):
        open_qdpx(path)


def test_too_many_members_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "many.qdpx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("project.qde", GOOD_XML)
        for number in range(MAX_MEMBERS):
            archive.writestr(f"sources/{number}.txt", b"")

    with pytest.raises(ArchiveTooManyEntries) as caught:
        open_qdpx(path)

    assert caught.value.count == MAX_MEMBERS + 1


def test_a_highly_compressed_member_is_a_zip_bomb(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "bomb.qdpx",
                     {"project.qde": GOOD_XML, "sources/a.txt": b"\0" * (8 * 1024 * 1024)})

    with pytest.raises(ArchiveBomb):
        open_qdpx(path)


def test_members_adding_up_beyond_the_limit_are_a_zip_bomb(tmp_path: Path) -> None:
    members = {"project.qde": GOOD_XML}
    noise = random.Random(7)
    members.update({f"sources/{n}.txt": noise.randbytes(1024 * 1024) for n in range(4)})
    path = write_zip(tmp_path / "big.qdpx", members)

    with pytest.raises(ArchiveBomb):
        open_qdpx(path, max_total_bytes=3 * 1024 * 1024)
    assert open_qdpx(path).members  # the same archive is fine under the real limit


def test_a_central_directory_that_lies_about_sizes_is_refused(tmp_path: Path) -> None:
    data = bytearray(qdpx_bytes(GOOD_XML, {"a.txt": b"hello"}))
    # Claim that sources/a.txt inflates to 3 GiB: patch the uncompressed size in its
    # central directory header (signature PK\1\2, size at offset 24).
    header = data.rindex(b"PK\x01\x02")
    data[header + 24 : header + 28] = struct.pack("<I", 3 * 1024**3)
    path = tmp_path / "liar.qdpx"
    path.write_bytes(bytes(data))

    with pytest.raises(ArchiveBomb):
        open_qdpx(path)


@pytest.mark.parametrize(
    "prolog",
    [
        '<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>',
        '<!DOCTYPE Project SYSTEM "http://example.invalid/evil.dtd">',
    ],
)
def test_doctype_and_entities_are_refused(tmp_path: Path, prolog: str) -> None:
    xml = GOOD_XML.replace(b"<Project", prolog.encode() + b"<Project", 1)
    path = write_zip(tmp_path / "xxe.qdpx", {"project.qde": xml})

    with pytest.raises(UnsafeXml):
        read_qdpx(path)


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plain.qdpx"
    path.write_bytes(b"this is not a zip archive")

    with pytest.raises(NotAQdpxArchive) as caught:
        open_qdpx(path)
    assert "not a zip" in caught.value.technical_detail()  # for --verbose, not the message


def test_an_archive_without_project_qde_is_refused(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "empty.qdpx", {"sources/a.txt": b"text"})

    with pytest.raises(NotAQdpxArchive) as caught:
        open_qdpx(path)
    assert "project.qde" in caught.value.technical_detail()  # for --verbose, not the message


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundProblem):
        open_qdpx(tmp_path / "nothing.qdpx")


def test_names_are_found_whatever_their_case_or_separators(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "case.qdpx",
                     {"Project.qde": GOOD_XML, "Sources\\ABC-DEF.TXT": b"text"})

    archive = open_qdpx(path)

    assert archive.read_project() == GOOD_XML
    assert archive.source_member("internal://abc-def.txt") == "Sources\\ABC-DEF.TXT"
    assert archive.source_member("relative://abc-def.txt") is None


def test_writing_twice_gives_the_same_bytes() -> None:
    first = qdpx_bytes(GOOD_XML, {"b.txt": b"2", "a.txt": b"1"})
    second = qdpx_bytes(GOOD_XML, {"a.txt": b"1", "b.txt": b"2"})

    assert first == second
    with zipfile.ZipFile(__import__("io").BytesIO(first)) as archive:
        assert archive.namelist() == ["project.qde", "sources/a.txt", "sources/b.txt"]
