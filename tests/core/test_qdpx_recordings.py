"""A recorded interview travels through REFI-QDA as an <AudioSource> with its
<Transcript>, <SyncPoint>s and <TranscriptSelection>s: schema-valid, and back equal."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from app.core.lookup import lookup_source
from app.core.project import Project
from app.core.qdpx import export_qdpx, import_qdpx
from app.core.recordings import SyncPoint, read_recording, recording_file
from app.core.segments import list_segments
from app.core.sources import read_source
from app.errors.media import MediaDamaged
from app.io.safe_xml import PROJECT_SCHEMA, validate

NS = "{urn:QDA-XML:project:1.0}"


def _recorded(project: Project) -> tuple[int, str]:
    source_id = lookup_source(project, title="I4_pendamping").id
    return source_id, read_source(project, source_id=source_id).text


def test_round_trip_keeps_recording_times_and_segments(demo_project: Project,
                                                       tmp_path: Path) -> None:
    source_id, text = _recorded(demo_project)
    archive = tmp_path / "studi.qdpx"
    export_qdpx(demo_project, path=archive)
    with zipfile.ZipFile(archive) as opened:
        root = etree.fromstring(opened.read("project.qde"))
        names = opened.namelist()
    assert validate(root, PROJECT_SCHEMA) == []
    audio = root.findall(f".//{NS}AudioSource")
    assert [element.get("name") for element in audio] == ["I4_pendamping"]
    transcript = audio[0].find(f"{NS}Transcript")
    assert transcript is not None
    assert len(transcript.findall(f"{NS}SyncPoint")) >= 8
    selections = transcript.findall(f"{NS}TranscriptSelection")
    assert len(selections) == len(list_segments(demo_project, source_id=source_id))
    assert any(name.endswith(".ogg") for name in names)

    import_qdpx(archive, tmp_path / "kembali.telaah")
    imported = Project.open(tmp_path / "kembali.telaah")
    try:
        new_id, new_text = _recorded(imported)
        assert new_text == text
        before = read_recording(demo_project, source_id=source_id)
        after = read_recording(imported, source_id=new_id)
        assert before is not None and after is not None
        assert after.sync_points == before.sync_points
        assert after.duration_ms == before.duration_ms and after.mime == before.mime
        assert recording_file(imported, source_id=new_id, folder=tmp_path / "a").read_bytes() \
            == recording_file(demo_project, source_id=source_id,
                              folder=tmp_path / "b").read_bytes()
        spans = sorted((item.start, item.end, item.code)
                       for item in list_segments(demo_project, source_id=source_id))
        assert sorted((item.start, item.end, item.code)
                      for item in list_segments(imported, source_id=new_id)) == spans
    finally:
        imported.close()


def test_a_damaged_recording_in_an_archive_refuses_the_import(demo_project: Project,
                                                              tmp_path: Path) -> None:
    archive = tmp_path / "studi.qdpx"
    export_qdpx(demo_project, path=archive)
    damaged = tmp_path / "rusak.qdpx"
    with zipfile.ZipFile(archive) as reading, zipfile.ZipFile(damaged, "w") as writing:
        for item in reading.infolist():
            data = reading.read(item)
            writing.writestr(item, bytes(range(256)) * 40 if item.filename.endswith(".ogg")
                             else data)
    with pytest.raises(MediaDamaged):
        import_qdpx(damaged, tmp_path / "kosong.telaah")
    assert not (tmp_path / "kosong.telaah").exists()


def test_time_range_codings_without_words_are_reported(demo_project: Project,
                                                       tmp_path: Path) -> None:
    from app.io.qdpx_reader import read_qdpx

    archive = tmp_path / "studi.qdpx"
    export_qdpx(demo_project, path=archive)
    with zipfile.ZipFile(archive) as reading:
        members = {item.filename: reading.read(item) for item in reading.infolist()}
    root = etree.fromstring(members["project.qde"])
    audio = root.find(f".//{NS}AudioSource")
    assert audio is not None
    transcript = audio.find(f"{NS}Transcript")
    assert transcript is not None
    selection = etree.Element(f"{NS}AudioSelection", guid="0c4a9f6e-1111-4a2b-9c3d-2e5f6a7b8c9d",
                              begin="1000", end="2000")
    transcript.addnext(selection)
    members["project.qde"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    edited = tmp_path / "dengan-audio.qdpx"
    with zipfile.ZipFile(edited, "w") as writing:
        for name, data in members.items():
            writing.writestr(name, data)
    content = read_qdpx(edited)
    assert any("time-range selection" in line and "I4_pendamping" in line
               for line in content.skipped)


def _with_emoji(project: Project) -> int:
    """I4's transcript with characters outside the Basic Multilingual Plane before and
    between its sync points (the points and segments move with their words)."""
    from app.core.source_revision import revise_source

    source_id, text = _recorded(project)
    turns = read_source(project, source_id=source_id).turns
    cut = turns[2].start + 12
    revised = "\U0001f399\ufe0f Rekaman wawancara\n" + text[:cut] + " \U0001f600" + text[cut:]
    revise_source(project, source_id=source_id, text=revised)
    return source_id


def _state(project: Project, source_id: int
           ) -> tuple[str, tuple[SyncPoint, ...], list[tuple[int, int, str]]]:
    view = read_recording(project, source_id=source_id)
    assert view is not None
    return (read_source(project, source_id=source_id).text, view.sync_points,
            sorted((item.start, item.end, item.code)
                   for item in list_segments(project, source_id=source_id)))


def _rewrite(archive: Path, target: Path, change: Callable[[etree._Element,
             dict[str, bytes]], None]) -> None:
    with zipfile.ZipFile(archive) as reading:
        members = {item.filename: reading.read(item) for item in reading.infolist()}
    root = etree.fromstring(members["project.qde"])
    change(root, members)
    members["project.qde"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    with zipfile.ZipFile(target, "w") as writing:
        for name, data in members.items():
            writing.writestr(name, data)


def _transcript_member(transcript: etree._Element) -> str:
    return "sources/" + (transcript.get("plainTextPath") or "").split("/")[-1]


def test_sync_points_count_code_points_and_round_trip_with_emoji(demo_project: Project,
                                                                 tmp_path: Path) -> None:
    source_id = _with_emoji(demo_project)
    before = _state(demo_project, source_id)
    text, points, _segments = before
    assert any(ord(char) > 0xFFFF for char in text[: points[-1].offset])
    archive = tmp_path / "emoji.qdpx"
    export_qdpx(demo_project, path=archive)
    with zipfile.ZipFile(archive) as opened:
        root = etree.fromstring(opened.read("project.qde"))
        transcript = root.find(f".//{NS}AudioSource/{NS}Transcript")
        assert transcript is not None
        written = opened.read(_transcript_member(transcript)).decode("utf-8")
    assert validate(root, PROJECT_SCHEMA) == []
    # The standard's unit: positions are code points of the transcript file as written.
    assert written == text
    exported = {int(point.get("position") or -1): int(point.get("timeStamp") or -1)
                for point in transcript.findall(f"{NS}SyncPoint")}
    assert {point.offset: point.time_ms for point in points}.items() <= exported.items()
    import_qdpx(archive, tmp_path / "kembali.telaah")
    imported = Project.open(tmp_path / "kembali.telaah")
    try:
        assert _state(imported, _recorded(imported)[0]) == before
    finally:
        imported.close()


def test_sync_points_of_an_nvivo_file_are_mapped_like_its_selections(demo_project: Project,
                                                                     tmp_path: Path) -> None:
    """NVivo for Windows counts UTF-16 code units with each line break as CR LF: its sync
    points (and so its transcript selections) land on the same words as Telaah's."""
    from app.io.qdpx_positions import NVIVO_WINDOWS, SourceTextMap

    source_id = _with_emoji(demo_project)
    before = _state(demo_project, source_id)
    archive = tmp_path / "emoji.qdpx"
    export_qdpx(demo_project, path=archive)

    def as_nvivo(root: etree._Element, members: dict[str, bytes]) -> None:
        root.set("origin", "NVivo 14 (Windows)")
        transcript = root.find(f".//{NS}AudioSource/{NS}Transcript")
        assert transcript is not None
        member = _transcript_member(transcript)
        text = members[member].decode("utf-8").replace("\n", "\r\n")
        members[member] = text.encode("utf-8")
        text_map = SourceTextMap(text)
        for point in transcript.findall(f"{NS}SyncPoint"):
            position = int(point.get("position") or 0)
            point.set("position", str(text_map.from_normalised(position, NVIVO_WINDOWS,
                                                               end=False)))

    nvivo = tmp_path / "nvivo.qdpx"
    _rewrite(archive, nvivo, as_nvivo)
    import_qdpx(nvivo, tmp_path / "dari-nvivo.telaah")
    imported = Project.open(tmp_path / "dari-nvivo.telaah")
    try:
        assert _state(imported, _recorded(imported)[0]) == before
    finally:
        imported.close()
