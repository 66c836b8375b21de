"""The demo's conclusions, each code group on its own scale, evidence counted once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.core.codes import import_codebook, list_codes
from app.core.conclusions import code_verdict_scale, conclusions_for_codes, save_conclusion
from app.core.displays import code_matrix
from app.core.evidence import load_passages
from app.core.project import Project
from app.errors import UnknownVerdict
from app.resources import default_codebook


def test_every_group_of_the_demo_is_suggested_on_its_own_scale(demo_project: Project) -> None:
    indicators = {v.target: v.suggestion.verdict for v in conclusions_for_codes(demo_project)
                  if v.suggestion}
    obstacles = {v.target: v.suggestion for v in
                 conclusions_for_codes(demo_project, group="obstacle") if v.suggestion}
    efforts = {v.target: v.suggestion for v in
               conclusions_for_codes(demo_project, group="effort") if v.suggestion}

    assert indicators["Kinerja/Kualitas"] == "belum maksimal"
    assert set(indicators.values()) <= {"baik", "cukup baik", "belum maksimal", "kurang"}
    # An obstacle is confirmed (or not), never "baik".
    assert {s.verdict for s in obstacles.values()} == {"terkonfirmasi kuat"}
    assert all(s.rule_kind == "confirmation" for s in obstacles.values())
    assert obstacles["Hambatan/Kualitas dan Kompetensi ASN"].facts["types"] == [
        "kunci", "utama", "pendukung"]
    assert efforts["Upaya/Fasilitasi P-IRT"].verdict == "terlaksana"
    assert efforts["Upaya/Pelatihan"].verdict == "terlaksana sebagian"
    assert all(s.rule_kind == "implementation" for s in efforts.values())


def test_a_verdict_is_chosen_from_the_codes_own_scale(demo_project: Project) -> None:
    obstacle = next(c for c in list_codes(demo_project) if c.path == "Hambatan/Minim Diklat")
    assert code_verdict_scale(demo_project, code_id=obstacle.id)[0] == "terkonfirmasi kuat"
    with pytest.raises(UnknownVerdict):
        save_conclusion(demo_project, code_id=obstacle.id, verdict="baik",
                        override_reason="keliru")
    save_conclusion(demo_project, code_id=obstacle.id, verdict="terkonfirmasi kuat")
    view = next(v for v in conclusions_for_codes(demo_project, group="obstacle")
                if v.code_id == obstacle.id)
    assert view.verdict == "terkonfirmasi kuat" and view.scale[-1] == "tidak terkonfirmasi"


def test_a_codebook_without_scales_falls_back_to_each_groups_default(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.telaah", title="P") as project:
        text = default_codebook().read_text(encoding="utf-8")
        plain = tmp_path / "plain.qdc"
        plain.write_text(re.sub(r"\nSkala penilaian: [^<]*", "", text), encoding="utf-8")
        import_codebook(project, path=plain)
        assert all(not c.verdict_scale for c in list_codes(project))
        views = conclusions_for_codes(project, group=None)
        scales = {v.target.split("/")[0] if "/" in v.target else v.target: v.scale[0]
                  for v in views}
        assert set(scales.values()) == {"baik", "terkonfirmasi kuat", "terlaksana"}


def test_one_passage_is_one_piece_of_evidence_and_a_coder_filter_still_restricts(
        demo_project: Project) -> None:
    passages = load_passages(demo_project)
    matrix = code_matrix(demo_project)
    assert sum(row.total for row in matrix.rows) == sum(1 for p in passages if p.informant)
    quality = next(row for row in matrix.rows if row.code == "Kinerja/Kualitas")
    assert [cell.count for cell in quality.cells][:3] == [7, 5, 4]  # 9, 7, 6 segments
    both = [p for p in passages if len(p.coders) == 2]
    assert len(both) == 72 and all(set(p.coder.split(", ")) == {"Annisa", "Bima"} for p in both)
    bima = code_matrix(demo_project, coder="Bima")
    assert sum(row.total for row in bima.rows) == len(load_passages(demo_project,
                                                                   coder="Bima")) == 101
    views = conclusions_for_codes(demo_project, group=None)
    assert sum(len(v.evidence) for v in views) == len(passages) == 353
    assert sum(v.suggestion.disputed for v in views if v.suggestion) == 7


def test_passages_merged_from_rows_equal_merged_segments(demo_project: Project) -> None:
    from app.analysis.passages import merge_evidence
    from app.core.evidence import evidence_in, passages_in

    with demo_project.reading() as session:
        segments = evidence_in(session, counted_only=True)
        assert passages_in(session) == merge_evidence(segments)
        assert passages_in(session, coder="Annisa") == merge_evidence(
            s for s in segments if s.coder == "Annisa")
