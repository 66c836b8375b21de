"""Reading .qdpx archives: real exports of other programs, liberal variants, strict refusals."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from app.errors import QdpxBadPositions, QdpxMissingSources, QdpxUnknownReference
from app.io.qdpx_positions import NVIVO_WINDOWS, STANDARD
from app.io.qdpx_reader import read_qdpx
from tests.io.qdpx_builders import (
    CODE_A,
    CODE_B,
    DATA,
    SOURCE,
    codebook_xml,
    project_xml,
    text_source_xml,
    write_zip,
)

MAXQDA = DATA / "maxqda24_paperthemes_ICLS_just10.qdpx"
SKYLOOM = DATA / "spec-example2-atlasti8_skyloom.qdpx"
ATLAS_TARGET = DATA / "atlasti23_ponte_target.qdpx"
ATLAS_BLANK = DATA / "atlasti23_ponte_blank.qdpx"

TEXT = "Pewawancara: Bagaimana kinerja?\nInforman 3: Kinerja kami 😀 belum maksimal.\nSudah."


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_maxqda_sources_and_codebook() -> None:
    project = read_qdpx(MAXQDA)

    assert project.origin == "MAXQDA 24 (Release 24.7.0)"
    assert len(project.sources) == 10
    assert sum(1 for _ in _walk(project.codes)) == 307
    with zipfile.ZipFile(MAXQDA) as archive:
        for source in project.sources:
            raw = archive.read(f"sources/{source.guid.upper()}.txt").decode("utf-8")
            assert source.text == raw.replace("\r\n", "\n")
    themes = next(code for code in project.codes if code.name == "Additional Themes and Ideas")
    assert themes.definition.startswith("This category encompasses")
    assert themes.color == "#EF8256"


def test_atlas_exports_with_users_and_codes_only() -> None:
    target = read_qdpx(ATLAS_TARGET)
    blank = read_qdpx(ATLAS_BLANK)

    assert [user.name for user in target.users] == ["Enric Llagostera", "ATLAS.ti"]
    assert [code.name for code in target.codes] == ["Commits"]
    assert [child.name for child in target.codes[0].children] == [
        "2022-05-10T02:05:59Z 19e4dce", "2022-02-11T10:39:25Z cdbfd92"]
    assert blank.codes == () and blank.sources == () and len(blank.users) == 2


def test_the_specification_example_says_which_texts_are_missing() -> None:
    with pytest.raises(QdpxMissingSources) as caught:
        read_qdpx(SKYLOOM)

    assert caught.value.count == 6
    assert "Mabêl 2ième.txt" in caught.value.names and "Simon.docx" in caught.value.names


def test_the_specification_example_without_its_missing_texts() -> None:
    project = read_qdpx(SKYLOOM, skip_missing_sources=True)

    assert len(project.codes) == 14
    assert project.sources == ()
    assert [note.name for note in project.notes] == ["Research Plan", "My favorite Coke ad"]
    assert any("PictureSource" in item for item in project.skipped)
    assert sum("its text is missing" in item for item in project.skipped) == 6


def test_the_specification_example_with_its_texts_restored(tmp_path: Path) -> None:
    """Give the example the text files it lacks; every coding then lands on its name."""
    archive = _skyloom_with_texts(tmp_path)

    project = read_qdpx(archive)

    by_name = {source.name: source for source in project.sources}
    assert set(by_name) == {"1960s Coca Cola commercial - Audio.docx",
                            "1960s Coca Cola commercial - Visual.docx",
                            "1994 Diet Coke-Diet Coke Break.docx", "Mabêl 2ième.txt",
                            "Mabel.txt", "Simon.docx"}
    simon = by_name["Simon.docx"]
    assert [(s.start, s.end) for s in simon.selections] == [(688, 907), (215, 275), (513, 907)]
    for source in project.sources:
        for selection in source.selections:
            covered = source.text[selection.start : selection.end]
            if selection.name.endswith("…"):
                assert covered.startswith(selection.name[:-1])
            elif selection.name != "damage done by fatty foods":  # a name, not the text
                assert covered == selection.name
    codings = [c for s in project.sources for sel in s.selections for c in sel.codings]
    assert len(codings) == 7


def _skyloom_with_texts(tmp_path: Path) -> Path:
    with zipfile.ZipFile(SKYLOOM) as archive:
        xml = archive.read("Project.qde")
    members: dict[str, bytes] = {"Project.qde": xml}
    root = etree.fromstring(xml)
    for source in root.iter("{urn:QDA-XML:project:1.0}TextSource"):
        text = ["x"] * 1000
        for selection in source.iter("{urn:QDA-XML:project:1.0}PlainTextSelection"):
            start, name = int(selection.get("startPosition")), selection.get("name").rstrip("…")
            text[start : start + len(name)] = list(name)
        # A byte-order mark, as Windows programs write it.
        file_name = source.get("plainTextPath").removeprefix("internal://")
        members[f"Sources/{file_name}"] = b"\xef\xbb\xbf" + "".join(text).encode("utf-8")
    return write_zip(tmp_path / "skyloom-with-texts.qdpx", members)


def test_nvivo_windows_positions_in_utf16_with_crlf(tmp_path: Path) -> None:
    raw = TEXT.replace("\n", "\r\n")
    words = "Kinerja kami 😀 belum maksimal."
    start, end = _span(TEXT, words)

    def utf16(offset: int) -> int:
        return len(TEXT[:offset].replace("\n", "\r\n").encode("utf-16-le")) // 2

    xml = project_xml(codebook_xml() + "<Sources>" + text_source_xml(
        [(utf16(start), utf16(end), words, CODE_A)]) + "</Sources>",
        origin="NVivo 14 for Windows")
    path = write_zip(tmp_path / "nvivo.qdpx", {
        "project.qde": xml,
        f"sources/{SOURCE.lower()}.txt": b"\xff\xfe" + raw.encode("utf-16-le"),
    })

    project = read_qdpx(path)

    (source,) = project.sources
    (selection,) = source.selections
    assert source.text == TEXT
    assert source.text[selection.start : selection.end] == words
    assert project.position_scheme == NVIVO_WINDOWS.label


def test_an_nvivo_origin_with_standard_positions_is_checked_against_the_text(
    tmp_path: Path,
) -> None:
    words = "Kinerja kami 😀 belum maksimal."
    start, end = _span(TEXT, words)
    xml = project_xml(codebook_xml() + "<Sources>" + text_source_xml(
        [(start, end, words, CODE_A)]) + "</Sources>", origin="NVivo 14 for Windows")
    path = write_zip(tmp_path / "nvivo-standard.qdpx",
                     {"project.qde": xml, f"sources/{SOURCE}.txt": TEXT.encode("utf-8")})

    project = read_qdpx(path)

    (selection,) = project.sources[0].selections
    assert TEXT[selection.start : selection.end] == words
    assert project.position_scheme == STANDARD.label


def test_plain_text_content_and_a_codebook_without_namespace(tmp_path: Path) -> None:
    start, end = _span(TEXT, "belum maksimal")
    body = (
        codebook_xml()
        + f'<Sources><TextSource guid="{{{SOURCE.lower()}}}" name="Inline">'
        f"<PlainTextContent>{TEXT}</PlainTextContent>"
        f'<PlainTextSelection guid="{CODE_A}" startPosition="{start}" endPosition="{end}">'
        f'<Coding guid="{CODE_B}"><CodeRef targetGUID="{CODE_B.lower()}"/></Coding>'
        "</PlainTextSelection></TextSource></Sources>"
    )
    path = write_zip(tmp_path / "inline.qdpx", {"project.qde": project_xml(body, namespace="")})

    project = read_qdpx(path)

    (source,) = project.sources
    assert source.guid == SOURCE.lower()
    (coding,) = source.selections[0].codings
    assert coding.code_guid == CODE_B.lower()


def test_a_selection_outside_its_text_is_refused(tmp_path: Path) -> None:
    xml = project_xml(codebook_xml() + "<Sources>" + text_source_xml(
        [(10, len(TEXT) + 50, "too far", CODE_A)]) + "</Sources>")
    path = write_zip(tmp_path / "outside.qdpx",
                     {"project.qde": xml, f"sources/{SOURCE}.txt": TEXT.encode("utf-8")})

    with pytest.raises(QdpxBadPositions) as caught:
        read_qdpx(path)

    assert caught.value.source == "Interview" and str(path) in caught.value.message()
    assert caught.value.outside == 1


def test_a_coding_of_a_code_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    missing = "DEADBEEF-0000-4000-8000-000000000000"
    xml = project_xml(codebook_xml() + "<Sources>" + text_source_xml(
        [(0, 5, "Pewaw", missing)]) + "</Sources>")
    path = write_zip(tmp_path / "unknown-code.qdpx",
                     {"project.qde": xml, f"sources/{SOURCE}.txt": TEXT.encode("utf-8")})

    with pytest.raises(QdpxUnknownReference) as caught:
        read_qdpx(path)

    assert caught.value.kind == "code" and caught.value.guid == missing.lower()


def test_a_case_of_a_source_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    body = (codebook_xml() + '<Cases><Case guid="E1B2C3D4-0000-4000-8000-000000000001" '
            'name="I1"><SourceRef targetGUID="E1B2C3D4-0000-4000-8000-00000000FFFF"/>'
            "</Case></Cases>")
    path = write_zip(tmp_path / "unknown-source.qdpx", {"project.qde": project_xml(body)})

    with pytest.raises(QdpxUnknownReference) as caught:
        read_qdpx(path)

    assert caught.value.kind == "source"


def test_reading_reports_progress_and_can_be_cancelled(tmp_path: Path) -> None:
    from app.errors import Cancelled

    calls: list[tuple[int, int]] = []
    read_qdpx(MAXQDA, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (10, 10)
    with pytest.raises(Cancelled):
        read_qdpx(MAXQDA, cancel=lambda: True)


def _walk(entries):  # type: ignore[no-untyped-def]
    for entry in entries:
        yield entry
        yield from _walk(entry.children)


def test_zip_helper_reads_back() -> None:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("a", b"b")
    assert zipfile.ZipFile(data).read("a") == b"b"
