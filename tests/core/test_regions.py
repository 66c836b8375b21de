"""Regions of a photo coded in a real project: the description is the segment's text,
the photo's text follows its regions, bad regions are refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.codebook_editing import add_code
from app.core.coding_by_name import add_coder
from app.core.project import Project
from app.core.regions import add_region, describe_region, regions_of, remove_region
from app.core.search import search_project
from app.core.segments import list_segments
from app.core.sources import import_sources, list_sources, read_source
from app.errors import InvalidRegion, InvalidValue, NotAPicture
from tests.io.pdf_builders import photo


@pytest.fixture
def coded_photo(empty_project: Project, tmp_path: Path) -> tuple[Project, int, int, int]:
    import_sources(empty_project, paths=[photo(tmp_path / "O2_loket.jpg")], kind="observation")
    [source] = list_sources(empty_project)
    code_id = add_code(empty_project, name="Sarana").created
    coder_id = add_coder(empty_project, name="Peneliti").created
    assert code_id is not None and coder_id is not None
    return empty_project, source.id, code_id, coder_id


def test_the_description_is_the_segment_text(coded_photo: tuple[Project, int, int, int]) -> None:
    project, source_id, code_id, coder_id = coded_photo
    first = add_region(project, source_id=source_id, code_id=code_id, coder_id=coder_id,
                       x=0.3, y=0.08, w=0.4, h=0.22,
                       description="Papan  informasi   jam layanan").created
    second = add_region(project, source_id=source_id, code_id=code_id, coder_id=coder_id,
                        x=0.1, y=0.45, w=0.5, h=0.2, description="Kotak berkas antre").created
    text = read_source(project, source_id=source_id).text
    assert text == "[O2_loket.jpg]\nPapan informasi jam layanan\nKotak berkas antre"
    segments = {segment.id: segment for segment in list_segments(project)}
    assert segments[first].text == "Papan informasi jam layanan"
    assert text[segments[second].start:segments[second].end] == "Kotak berkas antre"
    describe_region(project, segment_id=first, description="Papan jam layanan")
    segments = {segment.id: segment for segment in list_segments(project)}
    text = read_source(project, source_id=source_id).text
    assert text[segments[second].start:segments[second].end] == "Kotak berkas antre"
    assert segments[first].text == "Papan jam layanan"
    [hit, *_] = search_project(project, query="berkas antre")
    assert hit.source_id == source_id
    remove_region(project, segment_id=first)
    assert [region.description for region in regions_of(project, source_id=source_id)] == [
        "Kotak berkas antre"]
    assert read_source(project, source_id=source_id).text == "[O2_loket.jpg]\nKotak berkas antre"


def test_bad_regions_are_refused(coded_photo: tuple[Project, int, int, int]) -> None:
    project, source_id, code_id, coder_id = coded_photo
    for x, y, w, h in ((0.5, 0.5, 0.6, 0.1), (-0.1, 0, 0.2, 0.2), (0.1, 0.1, 0, 0.2)):
        with pytest.raises(InvalidRegion):
            add_region(project, source_id=source_id, code_id=code_id, coder_id=coder_id,
                       x=x, y=y, w=w, h=h, description="x")
    with pytest.raises(InvalidValue):
        add_region(project, source_id=source_id, code_id=code_id, coder_id=coder_id,
                   x=0.1, y=0.1, w=0.2, h=0.2, description="  ")
    assert regions_of(project, source_id=source_id) == []


def test_a_text_source_has_no_regions(empty_project: Project, tmp_path: Path) -> None:
    note = tmp_path / "catatan.txt"
    note.write_text("Catatan lapangan.\n", encoding="utf-8")
    import_sources(empty_project, paths=[note], kind="observation")
    [source] = list_sources(empty_project)
    code_id = add_code(empty_project, name="Sarana").created
    coder_id = add_coder(empty_project, name="Peneliti").created
    assert code_id is not None and coder_id is not None
    with pytest.raises(NotAPicture):
        add_region(empty_project, source_id=source.id, code_id=code_id, coder_id=coder_id,
                   x=0.1, y=0.1, w=0.2, h=0.2, description="Meja")


def test_word_excerpts_show_the_cropped_region_with_its_citation(
        coded_photo: tuple[Project, int, int, int], tmp_path: Path) -> None:
    from docx import Document

    from app.core.excerpts import ExcerptOptions, export_excerpts
    from app.io.export_labels import ExportLabels

    project, source_id, code_id, coder_id = coded_photo
    add_region(project, source_id=source_id, code_id=code_id, coder_id=coder_id,
               x=0.3, y=0.08, w=0.4, h=0.22, description="Papan informasi jam layanan")
    path = tmp_path / "kutipan.docx"
    export_excerpts(project, path=path, options=ExcerptOptions(), labels=ExportLabels("id"))
    word = Document(str(path))
    assert len(word.inline_shapes) == 1
    texts = [paragraph.text for paragraph in word.paragraphs]
    at = texts.index("Papan informasi jam layanan")
    assert texts[at + 1] == "(Observasi, O2_loket, foto)"
    assert word.paragraphs[at - 1]._p.xpath(".//pic:pic")  # the picture right above
    assert not any("not anonymised" in text or "dianonimkan" in text for text in texts)
    masked = tmp_path / "kutipan_samaran.docx"
    export_excerpts(project, path=masked, options=ExcerptOptions(pseudonymise=True),
                    labels=ExportLabels("en"))
    assert any(text.startswith("Photos are not anonymised")
               for text in (p.text for p in Document(str(masked)).paragraphs))


def test_coding_a_region_is_undone_and_redone(
        coded_photo: tuple[Project, int, int, int]) -> None:
    from app.core.ids import CodeId, SourceId
    from app.core.regions import code_region_undoable
    from app.core.undo import History

    project, source_id, code_id, _coder_id = coded_photo
    history = History(project)
    changes = history.perform(lambda: code_region_undoable(
        project, name="Code region Sarana", source_id=SourceId(source_id),
        code_id=CodeId(code_id), coder_name="Peneliti", x=0.3, y=0.08, w=0.4, h=0.22,
        description="Papan jam layanan"))
    assert changes.created is not None and history.undo_name == "Code region Sarana"
    coded = "[O2_loket.jpg]\nPapan jam layanan"
    assert read_source(project, source_id=source_id).text == coded
    for _round in range(2):  # undo still works after a redo gave the region a new segment
        history.undo()
        assert regions_of(project, source_id=source_id) == []
        assert list_segments(project) == []
        assert read_source(project, source_id=source_id).text == "[O2_loket.jpg]"
        history.redo()
        [region] = regions_of(project, source_id=source_id)
        assert region.description == "Papan jam layanan" and region.code_id == code_id
        assert [segment.text for segment in list_segments(project)] == ["Papan jam layanan"]
        assert read_source(project, source_id=source_id).text == coded


def test_deleting_a_region_segment_rewrites_the_text_and_is_undone(
        coded_photo: tuple[Project, int, int, int]) -> None:
    from app.core.ids import CoderId, SegmentId
    from app.core.regions import delete_coded_segment
    from app.core.undo import History
    from app.errors import NotOwnSegment

    project, source_id, code_id, coder_id = coded_photo
    first = add_region(project, source_id=source_id, code_id=code_id, coder_id=coder_id,
                       x=0.3, y=0.08, w=0.4, h=0.22, description="Papan jam layanan",
                       memo="di dinding").created
    add_region(project, source_id=source_id, code_id=code_id, coder_id=coder_id,
               x=0.1, y=0.45, w=0.5, h=0.2, description="Kotak berkas antre")
    assert first is not None
    other = add_coder(project, name="Rekan").created
    assert other is not None
    history = History(project)
    with pytest.raises(NotOwnSegment):
        history.perform(lambda: delete_coded_segment(
            project, name="Delete", segment_id=SegmentId(first), actor_id=CoderId(other)))
    assert len(regions_of(project, source_id=source_id)) == 2
    history.perform(lambda: delete_coded_segment(
        project, name="Delete", segment_id=SegmentId(first), actor_id=CoderId(coder_id)))
    assert read_source(project, source_id=source_id).text == "[O2_loket.jpg]\nKotak berkas antre"
    [left] = list_segments(project)
    assert (left.start, left.end) == (15, 33)
    for _round in range(2):
        history.undo()
        assert read_source(project, source_id=source_id).text == \
            "[O2_loket.jpg]\nKotak berkas antre\nPapan jam layanan"
        back = next(s for s in list_segments(project) if s.text == "Papan jam layanan")
        assert back.memo == "di dinding" and back.coder_id == coder_id
        history.redo()
        assert read_source(project, source_id=source_id).text == \
            "[O2_loket.jpg]\nKotak berkas antre"
