"""Retrieval queries, the matrix, co-occurrence, the verdict rule and verification checks."""

from __future__ import annotations

from app.analysis.co_occurrence import SAME_TURN, co_occurrence
from app.analysis.code_matrix import MatrixColumn, build_code_matrix, matrix_as_counts
from app.analysis.retrieval import SegmentFilter, coded_with, coded_without, filter_segments
from app.analysis.verdict_rule import suggest_verdict
from app.analysis.verification import verify
from tests.analysis.evidence_factory import evidence

SCALE = ("baik", "cukup baik", "belum maksimal", "kurang")


def test_filters_and_overlap_queries() -> None:
    a1 = evidence(code_id=1, start=0, end=10)
    a2 = evidence(code_id=1, start=50, end=60)
    a3 = evidence(code_id=1, informant="I2", start=0, end=10)
    b1 = evidence(code_id=2, start=5, end=20)
    b_other_coder = evidence(code_id=2, start=55, end=58, coder="Bima")
    everything = [a1, a2, a3, b1, b_other_coder]
    assert [s.id for s in coded_with(everything, 1, 2)] == [a1.id, a2.id]
    assert [s.id for s in coded_with(everything, 1, 2, coder="Annisa")] == [a1.id]
    assert [s.id for s in coded_without(everything, 1, 2)] == [a3.id]
    assert filter_segments(everything, SegmentFilter(informant_types={"utama"})) == [a3]
    assert filter_segments(everything, SegmentFilter(coders={"Bima"})) == [b_other_coder]
    wanted = SegmentFilter(code_ids={2}, informants={"I1"}, source_kinds={"interview"})
    assert filter_segments(everything, wanted) == [b1, b_other_coder]


def test_matrix_counts_and_share_match_hand_counts() -> None:
    segments = [
        evidence(code_id=1, informant="I3", start=0, end=10),
        evidence(code_id=1, informant="I3", start=5, end=15),   # overlaps: union 15 chars
        evidence(code_id=1, informant="I1", start=0, end=20),
        evidence(code_id=2, informant="I4", start=0, end=50, paraphrase="ringkas"),
        evidence(code_id=2, informant=None, kind="observation"),  # not an informant column
    ]
    columns = [MatrixColumn(4, "I4", "pendukung", "r", 100),
               MatrixColumn(3, "I3", "utama", "r", 60),
               MatrixColumn(1, "I1", "kunci", "r", 200)]
    matrix = build_code_matrix(segments, codes=[(1, "A"), (2, "B")], columns=columns)
    assert [c.label for c in matrix.columns] == ["I1", "I3", "I4"]  # key, main, supporting
    assert matrix_as_counts(matrix) == {"A": {"I1": 1, "I3": 2, "I4": 0},
                                        "B": {"I1": 0, "I3": 0, "I4": 1}}
    a_row, b_row = matrix.rows
    assert a_row.cells[1].coded_characters == 15 and a_row.cells[1].share == 15 / 60
    assert a_row.cells[0].share == 20 / 200 and b_row.cells[2].statements == ("ringkas",)
    assert matrix.maximum == 2 and a_row.total == 3


def test_co_occurrence_by_overlap_and_by_turn() -> None:
    segments = [
        evidence(code_id=1, start=0, end=10, turn=1),
        evidence(code_id=2, start=5, end=15, turn=1),
        evidence(code_id=3, start=30, end=40, turn=1),
        evidence(code_id=3, start=100, end=110, turn=2),
        evidence(code_id=1, start=100, end=105, turn=2, source_id=77),  # other source
    ]
    assert co_occurrence(segments) == {(1, 2): 1}
    assert co_occurrence(segments, mode=SAME_TURN) == {(1, 2): 1, (1, 3): 1, (2, 3): 1}


def test_verdict_rule_on_crafted_cases() -> None:
    positive = [evidence(informant=i, valence="positive") for i in ("I1", "I2")]
    assert suggest_verdict(positive, SCALE).verdict == "baik"
    only_one_voice = [evidence(informant="I1", valence="positive")]
    assert suggest_verdict(only_one_voice, SCALE).verdict == "cukup baik"
    balanced = positive + [evidence(informant="I3", valence="negative"),
                           evidence(informant="I4", valence="mixed")]
    result = suggest_verdict(balanced, SCALE)
    assert result.verdict == "cukup baik" and result.rule_key == "balanced"
    assert abs(result.net_score - 0.25) < 1e-9  # (1 + 1 - 1 + 0) / 4
    negative = [evidence(informant=i, valence="negative") for i in ("I1", "I2", "I3")]
    assert suggest_verdict(negative, SCALE).verdict == "kurang"
    one_dissent = negative + [evidence(informant="I4", valence="positive")]
    assert suggest_verdict(one_dissent, SCALE).verdict == "belum maksimal"
    talkative = [evidence(informant="I1", valence="positive") for _ in range(10)]
    talkative += [evidence(informant=i, valence="negative") for i in ("I2", "I3")]
    assert suggest_verdict(talkative, SCALE).verdict == "belum maksimal"  # voices, not counts
    assert suggest_verdict([evidence()], SCALE).verdict is None


def test_verification_flags_single_informant_and_contradictions() -> None:
    single = [evidence(informant="I1", valence="positive", review_status="accepted")]
    checks = verify(single, verdict_leans_positive=True, linked_segment_ids=set())
    assert checks.single_informant and "single_informant" in checks.warnings
    assert "no_other_technique" in checks.warnings and checks.unreviewed_segments == 0
    dissent = evidence(informant="I2", valence="negative")
    observed = evidence(informant=None, kind="observation", valence="negative")
    segments = single + [dissent, observed]
    checks = verify(segments, verdict_leans_positive=True, linked_segment_ids=set())
    assert checks.unaddressed_contradictions == tuple(sorted((dissent.id, observed.id)))
    assert checks.observation_agrees is False and "technique_disagrees" in checks.warnings
    assert checks.unreviewed_segments == 2 and checks.informant_count == 2
    addressed = verify(segments, verdict_leans_positive=True,
                       linked_segment_ids={dissent.id, observed.id})
    assert addressed.unaddressed_contradictions == ()
