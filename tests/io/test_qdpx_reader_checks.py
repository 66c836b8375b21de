"""What a .qdpx may not do silently: GUIDs given twice, unusable positions, relative text
paths, sources without text (issue 17, "Wrong data, silently")."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from app.errors import QdpxBadPositions, QdpxDuplicateGuid
from app.io.qdpx_reader import read_qdpx
from tests.io.qdpx_builders import (
    CODE_A,
    SOURCE,
    USER,
    codebook_xml,
    project_xml,
    text_source_xml,
    write_zip,
)

TEXT = "Pewawancara: Bagaimana pelatihan?\nInforman 3: Pelatihan sudah dua kali.\n"
OTHER_SOURCE = "A1B2C3D4-0000-4000-8000-0000000000F2"
_NUMBERS = itertools.count(100)


def _archive(tmp_path: Path, body: str, texts: dict[str, str] | None = None,
             name: str = "p.qdpx") -> Path:
    members = {"project.qde": project_xml(body)}
    for file_name, text in (texts if texts is not None else {f"{SOURCE}.txt": TEXT}).items():
        members[f"sources/{file_name}"] = text.encode("utf-8")
    return write_zip(tmp_path / name, members)


def _positions(start: str, end: str, name: str = "Pelatihan") -> str:
    number = next(_NUMBERS)
    return (
        f'<PlainTextSelection guid="B1B2C3D4-0000-4000-8000-{number:012d}"'
        f' name="{name}" startPosition="{start}" endPosition="{end}">'
        f'<Coding guid="C1B2C3D4-0000-4000-8000-{number:012d}">'
        f'<CodeRef targetGUID="{CODE_A}"/></Coding></PlainTextSelection>'
    )


def _source(selections: str, *, guid: str = SOURCE, name: str = "Interview",
            path: str | None = None) -> str:
    text_path = path or f"internal://{guid}.txt"
    return (f'<TextSource guid="{guid}" name="{name}" plainTextPath="{text_path}">'
            f"{selections}</TextSource>")


# --- duplicate GUIDs ---------------------------------------------------------------------


def test_a_category_sharing_its_childs_guid_is_refused(tmp_path: Path) -> None:
    shared = "D1B2C3D4-0000-4000-8000-000000000001"
    codebook = (f'<CodeBook><Codes><Code guid="{shared}" name="Upaya" isCodable="false">'
                f'<Code guid="{shared}" name="Pelatihan" isCodable="true"/></Code>'
                "</Codes></CodeBook>")
    start = TEXT.index("Pelatihan sudah")
    selection = _positions(str(start), str(start + 9)).replace(CODE_A, shared)
    path = _archive(tmp_path, codebook + "<Sources>" + _source(selection) + "</Sources>")

    with pytest.raises(QdpxDuplicateGuid) as caught:
        read_qdpx(path)

    assert caught.value.kind == "code"
    assert shared.lower() in caught.value.message().lower()
    assert "Upaya" in caught.value.message() and "Pelatihan" in caught.value.message()


def test_two_sources_with_one_guid_are_refused(tmp_path: Path) -> None:
    body = codebook_xml() + "<Sources>" + _source("", name="Satu") + _source(
        "", name="Dua") + "</Sources>"
    with pytest.raises(QdpxDuplicateGuid) as caught:
        read_qdpx(_archive(tmp_path, body))
    assert caught.value.kind == "source" and SOURCE.lower() in caught.value.message().lower()


def test_two_selections_with_one_guid_are_refused(tmp_path: Path) -> None:
    body = codebook_xml() + "<Sources>" + text_source_xml(
        [(0, 5, "a", CODE_A), (6, 9, "b", CODE_A)]).replace(
        "B1B2C3D4-0000-4000-8000-000000000001", "B1B2C3D4-0000-4000-8000-000000000000"
    ) + "</Sources>"
    with pytest.raises(QdpxDuplicateGuid) as caught:
        read_qdpx(_archive(tmp_path, body))
    assert caught.value.kind == "selection"
    assert "b1b2c3d4-0000-4000-8000-000000000000" in caught.value.message().lower()


def test_two_users_with_one_guid_are_refused(tmp_path: Path) -> None:
    body = f'<Users><User guid="{USER.lower()}" name="Budi"/></Users>' + codebook_xml()
    xml = project_xml(body).replace(b"</Users><Users>", b"")
    path = write_zip(tmp_path / "users.qdpx", {"project.qde": xml})
    with pytest.raises(QdpxDuplicateGuid) as caught:
        read_qdpx(path)
    assert caught.value.kind == "user" and "Ana" in caught.value.message()


def test_guids_differing_only_in_braces_and_case_are_the_same(tmp_path: Path) -> None:
    body = (f'<CodeBook><Codes><Code guid="{CODE_A}" name="Alpha" isCodable="true"/>'
            f'<Code guid="{{{CODE_A.lower()}}}" name="Beta" isCodable="true"/></Codes></CodeBook>')
    with pytest.raises(QdpxDuplicateGuid):
        read_qdpx(_archive(tmp_path, body, texts={}))


# --- positions -----------------------------------------------------------------------------


def test_unusable_positions_are_counted_by_kind(tmp_path: Path) -> None:
    selections = "".join([
        _positions("0x10", "20", "hex"),
        _positions("12", "abc", "word"),
        _positions("1_0", "20", "underscore"),
        _positions("30", "20", "reversed"),
        _positions("5", "9999", "outside"),
        _positions("-4", "3", "negative"),
        _positions("0", "11", "fine"),
    ])
    path = _archive(tmp_path, codebook_xml() + "<Sources>" + _source(selections) + "</Sources>")

    with pytest.raises(QdpxBadPositions) as caught:
        read_qdpx(path)

    error = caught.value
    assert (error.not_number, error.reversed, error.outside) == (3, 1, 2)
    assert error.count == 6
    message = error.message()
    assert "3 not a number" in message and "1 with the start after the end" in message
    assert "2 outside the text" in message and "0x10" in message
    assert "\n" not in message


def test_only_outside_positions_are_counted_too(tmp_path: Path) -> None:
    path = _archive(tmp_path, codebook_xml() + "<Sources>" + _source(
        _positions("10", str(len(TEXT) + 50), "too far")) + "</Sources>")
    with pytest.raises(QdpxBadPositions) as caught:
        read_qdpx(path)
    assert (caught.value.not_number, caught.value.reversed, caught.value.outside) == (0, 0, 1)
    assert "too far" in caught.value.message() and "Interview" in caught.value.message()


def test_an_empty_selection_is_still_left_out_with_a_word(tmp_path: Path) -> None:
    path = _archive(tmp_path, codebook_xml() + "<Sources>" + _source(
        _positions("7", "7", "point") + _positions("0", "11", "fine")) + "</Sources>")
    project = read_qdpx(path)
    assert [selection.name for selection in project.sources[0].selections] == ["fine"]
    assert any("point" in item for item in project.skipped)


# --- text paths and empty texts ------------------------------------------------------------


def test_a_text_path_without_internal_is_found_in_sources(tmp_path: Path) -> None:
    body = codebook_xml() + "<Sources>" + _source(
        _positions("0", "11", "Pewawancara"), path="board_2017.txt") + _source(
        "", guid=OTHER_SOURCE, name="Notes", path="sub/notes.txt") + "</Sources>"
    path = _archive(tmp_path, body, texts={"board_2017.txt": TEXT, "sub/notes.txt": "Catatan."})

    project = read_qdpx(path)

    assert [source.text for source in project.sources] == [TEXT, "Catatan."]
    assert project.sources[0].selections[0].start == 0


def test_an_absolute_or_escaping_text_path_is_not_read_from_disk(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("rahasia")
    body = codebook_xml() + "<Sources>" + _source("", path=f"file://{outside}") + _source(
        "", guid=OTHER_SOURCE, name="Escape", path="../secret.txt") + "</Sources>"
    project = read_qdpx(_archive(tmp_path, body, texts={}), skip_missing_sources=True)
    assert project.sources == ()


@pytest.mark.parametrize("text", ["", "   ", "\r\n\t \n"])
def test_sources_without_text_are_imported_and_listed(tmp_path: Path, text: str) -> None:
    body = codebook_xml() + "<Sources>" + _source("", name="Kosong") + _source(
        "", guid=OTHER_SOURCE, name="Isi") + "</Sources>"
    path = _archive(tmp_path, body, texts={f"{SOURCE}.txt": text, f"{OTHER_SOURCE}.txt": TEXT})

    project = read_qdpx(path)

    assert [source.name for source in project.sources] == ["Kosong", "Isi"]
    assert project.sources[0].text.strip() == ""
    assert project.empty_sources == ("Kosong",)
