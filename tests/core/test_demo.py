"""The demo study: every requirement of the sample project, through a real file."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from app.core.coders import list_coders
from app.core.codes import list_codes
from app.core.demo import build_demo
from app.core.informants import list_informants
from app.core.project import Project
from app.core.project_info import get_project_info
from app.core.segments import list_segments
from app.core.sources import list_sources, read_source
from app.errors import InvalidTable, QuoteNotFound
from app.resources import data_root


def test_sources_are_linked_to_their_informants(demo_project: Project) -> None:
    sources = list_sources(demo_project)
    kinds = Counter(source.kind for source in sources)
    assert kinds["interview"] == 6 and kinds["observation"] >= 1 and kinds["documentation"] >= 1
    interviews = {s.informant_label for s in sources if s.kind == "interview"}
    assert interviews == {"I1", "I2", "I3", "I4", "I5", "I6"}
    for source in sources:
        if source.kind == "interview":
            assert 1200 <= source.word_count <= 2500, source.title
    informants = {i.label: i for i in list_informants(demo_project)}
    assert {i.informant_type for i in informants.values()} == {"kunci", "utama", "pendukung"}
    assert informants["I1"].attributes["gender"] == "perempuan"


def test_two_coders_with_partial_overlap(demo_project: Project) -> None:
    coders = {coder.name: coder.segment_count for coder in list_coders(demo_project)}
    assert coders["Annisa"] >= 150 and coders["Bima"] > 0
    segments = list_segments(demo_project)
    bima_sources = {s.source for s in segments if s.coder == "Bima"}
    assert len(bima_sources) >= 3
    annisa = {(s.source, s.code, s.start, s.end) for s in segments if s.coder == "Annisa"}
    bima = {(s.source, s.code, s.start, s.end) for s in segments if s.coder == "Bima"}
    assert annisa & bima, "the coders should agree on some segments"
    assert bima - annisa, "and disagree on others"


def test_every_code_has_evidence_and_snapshots_match(demo_project: Project) -> None:
    for code in list_codes(demo_project):
        if code.codable:
            assert code.segment_count > 0, code.path
    texts = {s.id: read_source(demo_project, source_id=s.id).text
             for s in list_sources(demo_project)}
    segments = list_segments(demo_project)
    for segment in segments:
        assert texts[segment.source_id][segment.start:segment.end] == segment.text
    valences = Counter(segment.valence for segment in segments)
    assert valences["negative"] > 0 and valences["positive"] > 0
    assert len(get_project_info(demo_project).research_questions) == 3


def test_no_real_names_from_the_thesis(demo_project: Project) -> None:
    # Civil-service ID numbers (NIP) are 18 digits; none may appear anywhere.
    import re

    for source in list_sources(demo_project):
        text = read_source(demo_project, source_id=source.id).text
        assert not re.search(r"\b\d{18}\b", text), source.title


def _copy_data(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(data_root() / "codebooks", copy / "codebooks")
    shutil.copytree(data_root() / "sample_transcripts", copy / "sample_transcripts")
    return copy


def test_a_quote_that_is_not_in_the_transcript_fails_loudly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _copy_data(tmp_path)
    coding = data / "sample_transcripts" / "coding" / "bima_I1-I3.csv"
    coding.write_text(
        coding.read_text(encoding="utf-8")
        + 'Bima,I1_kepala_dinas,Kinerja/Kualitas,"Kalimat ini tidak pernah diucapkan.",,\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("TELAAH_DATA_DIR", str(data))
    target = tmp_path / "demo.telaah"
    with pytest.raises(QuoteNotFound) as raised:
        build_demo(target)
    assert "bima_I1-I3.csv" in raised.value.message()
    assert "tidak pernah diucapkan" in raised.value.message()
    assert not target.exists()


def test_an_unknown_code_in_the_reference_coding_fails_loudly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _copy_data(tmp_path)
    coding = data / "sample_transcripts" / "coding" / "bima_I1-I3.csv"
    coding.write_text(
        coding.read_text(encoding="utf-8").replace("Kinerja/Kualitas", "Kinerja/Mutu", 1),
        encoding="utf-8",
    )
    monkeypatch.setenv("TELAAH_DATA_DIR", str(data))
    with pytest.raises(InvalidTable) as raised:
        build_demo(tmp_path / "demo.telaah")
    assert "Kinerja/Mutu" in raised.value.message()
    assert not (tmp_path / "demo.telaah").exists()
