"""Coded segments: code-point offsets, snapshots, validation, retrieval."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.coders import ensure_coder
from app.core.codes import list_codes
from app.core.project import Project
from app.core.segment_filters import segments_matching
from app.core.segments import add_segment, list_segments, remove_segment
from app.core.sources import import_sources, list_sources, read_source
from app.errors import CodeNotCodable, InvalidValue, NotFound, OffsetsOutOfRange

# An emoji outside the BMP (two UTF-16 units), a flag (two code points), and "n" followed
# by a combining diaeresis, which has no precomposed form, so NFC keeps two code points.
TEXT = "Informan: Pelayanan 😀 sudah baik 🇮🇩, kata Ibu Ren\u0308i. Waktu masih lama.\n"


@pytest.fixture
def coded(empty_project: Project, tmp_path: Path) -> tuple[Project, int, dict[str, int], int]:
    from app.core.codes import import_codebook
    from app.resources import default_codebook

    import_codebook(empty_project, path=default_codebook())
    path = tmp_path / "emoji.txt"
    path.write_text(TEXT, encoding="utf-8")
    source_id = import_sources(empty_project, paths=[path]).created
    assert read_source(empty_project, source_id=source_id).text == TEXT  # already NFC
    codes = {code.path: code.id for code in list_codes(empty_project)}
    coder_id = ensure_coder(empty_project, name="Annisa").created
    assert source_id is not None and coder_id is not None
    return empty_project, source_id, codes, coder_id


def test_offsets_are_code_points_around_emoji_and_combining_marks(coded) -> None:
    project, source_id, codes, coder_id = coded
    start = TEXT.index("😀")
    end = TEXT.index("Waktu")
    changes = add_segment(
        project, source_id=source_id, code_id=codes["Kinerja/Kualitas"], coder_id=coder_id,
        start=start, end=end, valence="positive", memo="emoji",
    )
    [segment] = list_segments(project)
    assert segment.id == changes.created
    assert (segment.start, segment.end) == (start, end)
    assert segment.text == TEXT[start:end]
    assert segment.text.startswith("😀") and "Ren\u0308i" in segment.text
    assert segment.valence == "positive" and segment.code == "Kinerja/Kualitas"


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_snapshot_always_equals_the_python_slice(coded, data: st.DataObject) -> None:
    project, source_id, codes, coder_id = coded
    start = data.draw(st.integers(0, len(TEXT) - 1))
    end = data.draw(st.integers(start + 1, len(TEXT)))
    segment_id = add_segment(
        project, source_id=source_id, code_id=codes["Kinerja/Waktu"], coder_id=coder_id,
        start=start, end=end,
    ).created
    [segment] = [s for s in list_segments(project) if s.id == segment_id]
    assert segment.text == TEXT[start:end]


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 5), (9, 4), (0, len(TEXT) + 1)])
def test_offsets_outside_the_text_are_refused(coded, start: int, end: int) -> None:
    project, source_id, codes, coder_id = coded
    with pytest.raises(OffsetsOutOfRange) as raised:
        add_segment(project, source_id=source_id, code_id=codes["Kinerja/Kualitas"],
                    coder_id=coder_id, start=start, end=end)
    assert "emoji" in raised.value.message()
    assert list_segments(project) == []


def test_a_category_cannot_be_applied(coded) -> None:
    project, source_id, codes, coder_id = coded
    with pytest.raises(CodeNotCodable):
        add_segment(project, source_id=source_id, code_id=codes["Kinerja"], coder_id=coder_id,
                    start=0, end=5)
    assert list_segments(project) == []


def test_unknown_ids_and_bad_valence(coded) -> None:
    project, source_id, codes, coder_id = coded
    code_id = codes["Kinerja/Kualitas"]
    with pytest.raises(NotFound):
        add_segment(project, source_id=999, code_id=code_id, coder_id=coder_id, start=0, end=1)
    with pytest.raises(NotFound):
        add_segment(project, source_id=source_id, code_id=code_id, coder_id=999, start=0, end=1)
    with pytest.raises(InvalidValue):
        add_segment(project, source_id=source_id, code_id=code_id, coder_id=coder_id,
                    start=0, end=1, valence="great")
    assert list_segments(project) == []


def test_remove_segment_updates_counts(coded) -> None:
    project, source_id, codes, coder_id = coded
    segment_id = add_segment(project, source_id=source_id, code_id=codes["Kinerja/Kualitas"],
                             coder_id=coder_id, start=0, end=8).created
    assert list_sources(project)[0].segment_count == 1
    changes = remove_segment(project, segment_id=segment_id, actor_id=coder_id)
    assert changes.segments == {segment_id}
    assert list_sources(project)[0].segment_count == 0
    with pytest.raises(NotFound):
        remove_segment(project, segment_id=segment_id, actor_id=coder_id)


def test_filters_by_category_informant_and_coder(demo_project: Project) -> None:
    everything = list_segments(demo_project)
    indicators = segments_matching(demo_project, code="Kinerja")
    assert indicators and all(s.code.startswith("Kinerja/") for s in indicators)
    assert len(indicators) == sum(1 for s in everything if s.code.startswith("Kinerja/"))
    bima_i2 = segments_matching(demo_project, informant="I2", coder="Bima")
    assert bima_i2 and {(s.informant, s.coder) for s in bima_i2} == {("I2", "Bima")}
    quality = segments_matching(demo_project, code="Kualitas")
    assert {s.code for s in quality} == {"Kinerja/Kualitas"}
