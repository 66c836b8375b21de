"""A recorded interview travels through REFI-QDA as an <AudioSource> with its
<Transcript>, <SyncPoint>s and <TranscriptSelection>s: schema-valid, and back equal."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from app.core.lookup import lookup_source
from app.core.project import Project
from app.core.qdpx import export_qdpx, import_qdpx
from app.core.recordings import read_recording, recording_file
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
