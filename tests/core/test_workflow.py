"""Reduction, display and conclusion artefacts stored in a real project."""

from __future__ import annotations

import pytest

from app.core.coders import ensure_coder
from app.core.conclusions import (
    conclusion_for_question,
    conclusions_for_codes,
    link_evidence,
    save_conclusion,
    set_verdict_scale,
)
from app.core.condensation import code_summary, coverage, set_code_summary, set_paraphrase
from app.core.informants import list_informants
from app.core.project import Project
from app.core.segment_filters import segments_matching
from app.core.segments import add_segment, update_segment
from app.core.summary_grid import summary_cells, write_summary_cell
from app.errors import InvalidValue, OverrideReasonRequired, UnknownVerdict

FINDINGS = {
    "Kinerja/Kualitas": "belum maksimal",
    "Kinerja/Kuantitas": "cukup baik",
    "Kinerja/Waktu": "cukup baik",
    "Kinerja/Pengawasan": "cukup baik",
    "Kinerja/Hubungan Antar Karyawan": "cukup baik",
}


def test_demo_evidence_reaches_the_studys_findings(demo_project: Project) -> None:
    suggested = {view.target: view.suggestion.verdict
                 for view in conclusions_for_codes(demo_project)}
    assert {code: suggested[code] for code in FINDINGS} == FINDINGS


def test_an_override_needs_a_reason(demo_project: Project) -> None:
    [quality] = [v for v in conclusions_for_codes(demo_project) if v.target == "Kinerja/Kualitas"]
    with pytest.raises(OverrideReasonRequired):
        save_conclusion(demo_project, code_id=quality.code_id, verdict="baik")
    with pytest.raises(UnknownVerdict):
        save_conclusion(demo_project, code_id=quality.code_id, verdict="luar biasa",
                        override_reason="x")
    save_conclusion(demo_project, code_id=quality.code_id, verdict="belum maksimal",
                    statement="Kualitas kerja ASN belum maksimal.", status="tentative",
                    tactics={"triangulated": True})
    [quality] = [v for v in conclusions_for_codes(demo_project) if v.target == "Kinerja/Kualitas"]
    assert (quality.verdict, quality.status, quality.override_reason) == (
        "belum maksimal", "tentative", "")
    assert quality.tactics["triangulated"] and not quality.tactics["member_check"]
    changes = save_conclusion(demo_project, code_id=quality.code_id, verdict="kurang",
                              override_reason="Dokumentasi LAKIP menunjukkan capaian rendah.")
    contradicting = [e for e in quality.evidence if e.valence == "positive"]
    before = len(quality.checks.unaddressed_contradictions)
    link_evidence(demo_project, conclusion_id=changes.created, segment_id=contradicting[0].id,
                  role="contradicting")
    [quality] = [v for v in conclusions_for_codes(demo_project) if v.target == "Kinerja/Kualitas"]
    assert quality.verdict == "kurang" and quality.override_reason.startswith("Dokumentasi")
    assert quality.contradicting == (contradicting[0].id,)
    assert len(quality.checks.unaddressed_contradictions) == before - 1


def test_question_conclusions_use_linked_evidence(demo_project: Project) -> None:
    from sqlalchemy import select

    from app.core.project_info import get_project_info
    from app.models import ResearchQuestion

    with demo_project.reading() as session:
        question_id = session.scalars(select(ResearchQuestion.id)).first()
    assert get_project_info(demo_project).research_questions
    changes = save_conclusion(demo_project, research_question_id=question_id,
                              statement="Kinerja cukup baik kecuali kualitas.")
    segment = segments_matching(demo_project, code="Kualitas")[0]
    link_evidence(demo_project, conclusion_id=changes.created, segment_id=segment.id,
                  role="supporting")
    view = conclusion_for_question(demo_project, research_question_id=question_id)
    assert [e.id for e in view.evidence] == [segment.id] and view.suggestion is None


def test_summary_cells_go_stale_when_their_segments_change(demo_project: Project) -> None:
    informant = next(i for i in list_informants(demo_project) if i.label == "I5")
    segment = segments_matching(demo_project, code="Pelatihan", informant="I5",
                                coder="Annisa")[0]
    write_summary_cell(demo_project, code_id=segment.code_id, informant_id=informant.id,
                       body="Pelatihan jarang diterima pemilik usaha.")
    [cell] = summary_cells(demo_project)
    assert not cell.stale and segment.id in cell.linked_segment_ids
    update_segment(demo_project, segment_id=segment.id, actor_id=segment.coder_id,
                   end=segment.end - 2)
    assert summary_cells(demo_project)[0].stale
    write_summary_cell(demo_project, code_id=segment.code_id, informant_id=informant.id,
                       body="Pelatihan jarang diterima pemilik usaha (direvisi).")
    assert not summary_cells(demo_project)[0].stale
    coder = ensure_coder(demo_project, name="Citra").created
    add_segment(demo_project, source_id=segment.source_id, code_id=segment.code_id,
                coder_id=coder, start=0, end=5)
    [cell] = summary_cells(demo_project)
    assert cell.stale and len(cell.current_segment_ids) == len(cell.linked_segment_ids) + 1


def test_paraphrase_summary_and_coverage(demo_project: Project) -> None:
    segment = segments_matching(demo_project, code="Pendataan Ulang UMKM")[0]
    set_paraphrase(demo_project, segment_id=segment.id, paraphrase="  Pendataan ulang 2022. ")
    set_code_summary(demo_project, code_id=segment.code_id, body="Dinas mendata ulang UMKM.")
    assert code_summary(demo_project, code_id=segment.code_id) == "Dinas mendata ulang UMKM."
    gaps = coverage(demo_project, code_id=segment.code_id)
    coded = {s.informant for s in segments_matching(demo_project, code="Pendataan Ulang UMKM")}
    assert set(gaps.informants_without) == {f"I{n}" for n in range(1, 7)} - coded
    with pytest.raises(InvalidValue):
        set_verdict_scale(demo_project, scale=["baik"])


def test_a_removed_segment_makes_its_summary_stale(demo_project: Project) -> None:
    from app.core.segments import remove_segment

    informant = next(i for i in list_informants(demo_project) if i.label == "I5")
    segment = segments_matching(demo_project, code="Pelatihan", informant="I5",
                                coder="Annisa")[0]
    write_summary_cell(demo_project, code_id=segment.code_id, informant_id=informant.id,
                       body="Pelatihan jarang.")
    assert not summary_cells(demo_project)[0].stale
    remove_segment(demo_project, segment_id=segment.id, actor_id=segment.coder_id)
    assert summary_cells(demo_project)[0].stale
