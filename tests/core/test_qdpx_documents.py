"""REFI-QDA exchange of PDF and photo sources: <PDFSource> with its plain-text
<Representation> and <PlainTextSelection>s, <PictureSource> with its <PictureSelection>s;
the export is schema-valid and importing it gives the same sources, pages, segments and
regions."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from app.core.ids import SourceId
from app.core.project import Project
from app.core.qdpx import export_qdpx
from app.core.qdpx_import import import_qdpx
from app.core.regions import regions_of
from app.core.segments import list_segments
from app.core.source_media import original_bytes, source_media
from app.core.sources import list_sources, read_source

SCHEMA = Path(__file__).resolve().parents[2] / "app" / "io" / "schemas" / "Project-mrt2019.xsd"


def _sources(project: Project) -> dict[str, int]:
    return {source.title: source.id for source in list_sources(project)}


def test_pdf_and_photos_round_trip(demo_project: Project, tmp_path: Path) -> None:
    archive = tmp_path / "demo.qdpx"
    export_qdpx(demo_project, path=archive)
    with zipfile.ZipFile(archive) as opened:
        root = etree.fromstring(opened.read("project.qde"))
        names = opened.namelist()
    assert etree.XMLSchema(etree.parse(str(SCHEMA))).validate(root)
    ns = {"q": "urn:QDA-XML:project:1.0"}
    [pdf] = root.findall(".//q:PDFSource", ns)
    assert pdf.find("q:Representation/q:PlainTextSelection", ns) is not None
    pictures = root.findall(".//q:PictureSource", ns)
    assert len(pictures) == 2
    assert all(picture.find("q:PictureSelection/q:Coding", ns) is not None
               for picture in pictures)
    assert any(name.endswith(".pdf") for name in names)
    assert sum(name.endswith(".jpg") for name in names) == 2

    imported = import_qdpx(archive, tmp_path / "back.telaah")
    assert imported is not None
    back = Project.open(tmp_path / "back.telaah")
    try:
        before, after = _sources(demo_project), _sources(back)
        for title in ("dokumen_renstra_2021-2026", "foto_loket_layanan",
                      "foto_ruang_produksi"):
            old, new = before[title], after[title]
            assert read_source(back, source_id=new).text == \
                read_source(demo_project, source_id=old).text
            assert original_bytes(back, source_id=new) == \
                original_bytes(demo_project, source_id=old)
            old_media = source_media(demo_project, source_id=old)
            new_media = source_media(back, source_id=new)
            assert new_media.pages == old_media.pages
            assert new_media.media_type == old_media.media_type
            got = [(s.start, s.end, s.code, s.text) for s in list_segments(back, source_id=new)]
            assert got == [(s.start, s.end, s.code, s.text)
                           for s in list_segments(demo_project, source_id=old)]
            for was, now in zip(regions_of(demo_project, source_id=SourceId(old)),
                                regions_of(back, source_id=SourceId(new)), strict=True):
                assert now.description == was.description
                assert (now.x, now.y, now.w, now.h) == pytest.approx(
                    (was.x, was.y, was.w, was.h), abs=1 / 1000)
    finally:
        back.close()
