"""The segment unit (threshold, one-to-one matching) and the disagreement list."""

from __future__ import annotations

import random

import pytest

from app.analysis.agreement import compute_agreement
from app.analysis.agreement_data import AgreementSettings, CodeLabel, CodingSpan, SourceExtent
from app.analysis.agreement_matching import match_segments, overlap_share
from app.analysis.agreement_statistics import NO_UNCODED_UNITS

CODES = [CodeLabel(1, "Kinerja/Kualitas"), CodeLabel(2, "Hambatan/Jumlah")]
SOURCES = [SourceExtent(1, "I1", 1000, "I1"), SourceExtent(2, "I2", 1000, "I2")]
BITS = {"A": 1, "B": 2, "C": 4}


def span(segment_id: int, coder: str, start: int, end: int, code: int = 1,
         source: int = 1) -> CodingSpan:
    return CodingSpan(segment_id, source, code, coder, start, end, text=f"t{segment_id}")


def segment_figures(spans, overlap: float = 0.9, coders=("A", "B")):  # type: ignore[no-untyped-def]
    result = compute_agreement(spans, SOURCES, CODES,
                               AgreementSettings(coders=coders, overlap=overlap))
    return result, result.tables[0]


def test_threshold_is_a_share_of_the_longer_segment() -> None:
    # B's 90 characters lie inside A's 100: overlap 90 = 90% of the longer → a match.
    assert overlap_share((0, 100), (10, 100)) == pytest.approx(0.9)
    units = match_segments([span(1, "A", 0, 100), span(2, "B", 10, 100)], BITS, 0.9)
    assert [unit.coded for unit in units] == [3]
    # 89 of 100 is not enough; both segments become units of their own.
    units = match_segments([span(1, "A", 0, 100), span(2, "B", 11, 100)], BITS, 0.9)
    assert sorted(unit.coded for unit in units) == [1, 2]
    # The shorter segment's share does not count: B is 100% inside A, but 50% of A.
    assert overlap_share((0, 100), (0, 50)) == pytest.approx(0.5)
    assert len(match_segments([span(1, "A", 0, 100), span(2, "B", 0, 50)], BITS, 0.5)) == 1


def test_matching_is_one_to_one_best_overlap_first() -> None:
    # B has two overlapping segments that both match A's: only the better one pairs.
    spans = [span(1, "A", 0, 100), span(2, "B", 0, 95), span(3, "B", 0, 100)]
    units = match_segments(spans, BITS, 0.9)
    assert sorted(tuple(s.segment_id for s in u.spans) for u in units) == [(1, 3), (2,)]
    # A segment of the same coder never matches its own coder's segment.
    units = match_segments([span(1, "A", 0, 100), span(2, "A", 0, 100)], BITS, 0.9)
    assert [unit.coded for unit in units] == [1, 1]


def test_three_coders_form_units_whose_segments_all_match() -> None:
    spans = [span(1, "A", 0, 100), span(2, "B", 5, 100), span(3, "C", 0, 95),
             span(4, "C", 500, 600)]
    units = match_segments(spans, BITS, 0.9)
    assert sorted(u.coded for u in units) == [4, 7]
    # A~B and B~C but A and C overlap too little: no unit with all three.
    spans = [span(1, "A", 0, 100), span(2, "B", 8, 108), span(3, "C", 16, 116)]
    units = match_segments(spans, BITS, 0.9)
    assert sorted(u.coded for u in units) == [3, 4]


def test_unmatched_segments_count_as_coded_by_one_coder_only() -> None:
    spans = [span(1, "A", 0, 100), span(2, "B", 5, 100),  # match
             span(3, "A", 200, 300), span(4, "B", 260, 300),  # boundaries too different
             span(5, "A", 400, 450),  # A only
             span(6, "B", 500, 550, code=2), span(7, "A", 500, 550, code=1)]  # other code
    result, table = segment_figures(spans)
    kualitas = table.rows[0].figures
    assert kualitas.two_by_two("A", "B") == (1, 3, 1, 0)  # A: 1, 3, 5, 7; B: 2, 4
    assert kualitas.percent_agreement.value == pytest.approx(1 / 5)
    assert kualitas.brennan_prediger.value == pytest.approx(2 / 5 - 1)
    assert kualitas.cohen_kappa.reason == NO_UNCODED_UNITS
    assert kualitas.krippendorff_alpha.reason == NO_UNCODED_UNITS
    assert table.overall.two_by_two("A", "B") == (1, 3, 2, 0)
    assert "90%" in table.description()
    kinds = {row.key: row.kind for row in result.disagreements}
    assert kinds == {"3+4": "boundaries", "5": "missing", "6+7": "code"}
    code_row = next(row for row in result.disagreements if row.key == "6+7")
    assert [(v.coder, v.segment_id, v.code) for v in code_row.versions] == [
        ("A", 7, "Kinerja/Kualitas"), ("B", 6, "Hambatan/Jumlah")]
    missing = next(row for row in result.disagreements if row.key == "5")
    assert [(v.segment_id, v.saw_source) for v in missing.versions] == [(5, True), (None, True)]
    assert (missing.start, missing.end, missing.source, missing.informant) == (
        400, 450, "I1", "I1")
    assert missing.versions[0].text == "t5"


def test_perfect_agreement_and_no_overlap() -> None:
    same = [span(1, "A", 0, 100), span(2, "B", 0, 100), span(3, "A", 300, 400, source=2),
            span(4, "B", 300, 400, source=2)]
    result, table = segment_figures(same)
    assert table.overall.percent_agreement.value == 1.0
    assert table.overall.brennan_prediger.value == 1.0
    assert result.disagreements == ()
    apart = [span(1, "A", 0, 100), span(2, "B", 200, 300)]
    result, table = segment_figures(apart)
    assert table.overall.percent_agreement.value == 0.0
    assert table.overall.brennan_prediger.value == -1.0
    assert [row.kind for row in result.disagreements] == ["missing", "missing"]


def test_a_lower_threshold_matches_more() -> None:
    spans = [span(1, "A", 0, 100), span(2, "B", 40, 100)]
    assert segment_figures(spans, 0.9)[1].overall.two_by_two("A", "B")[0] == 0
    assert segment_figures(spans, 0.5)[1].overall.two_by_two("A", "B")[0] == 1


def test_disagreements_with_three_coders_show_who_did_not_see_the_source() -> None:
    spans = [span(1, "A", 0, 100), span(2, "B", 0, 100), span(3, "A", 300, 400),
             span(4, "C", 0, 100, source=2), span(5, "A", 0, 100, source=2)]
    result, table = segment_figures(spans, coders=("A", "B", "C"))
    rows = {row.key: row for row in result.disagreements}
    assert set(rows) == {"3"}
    assert [(v.coder, v.saw_source, v.segment_id) for v in rows["3"].versions] == [
        ("A", True, 3), ("B", True, None), ("C", False, None)]
    # Units: S1 {A,B}, S1 {A}, S2 {A,C}; C has no value in S1.
    assert table.overall.units == 3 and table.overall.percent_agreement.value == \
        pytest.approx(2 / 3)
    # Once C codes something in S1, A and B's shared segment lacks C's: a "missing" row.
    spans.append(span(6, "C", 700, 800, code=2))
    result, table = segment_figures(spans, coders=("A", "B", "C"))
    rows = {row.key: row for row in result.disagreements}
    assert rows["1+2"].kind == "missing" and rows["1+2"].overlap == 1.0
    assert [v.segment_id for v in rows["1+2"].versions] == [1, 2, None]
    assert rows["1+2"].versions[2].saw_source
    # The unit {A, B} of three coders who saw S1: one agreeing pair of three.
    kualitas = table.rows[0].figures
    assert kualitas.percent_agreement.value == pytest.approx((1 / 3 + 1 / 3 + 1) / 3)


@pytest.mark.parametrize("seed", range(10))
def test_every_segment_is_in_exactly_one_unit_and_every_partial_unit_is_listed(
        seed: int) -> None:
    generator = random.Random(seed)
    spans = []
    for segment_id in range(1, 80):
        start = generator.randrange(0, 900)
        spans.append(span(segment_id, generator.choice("AB"), start,
                          start + generator.randint(10, 100),
                          code=generator.choice((1, 2)), source=generator.choice((1, 2))))
    result, table = segment_figures(spans, overlap=generator.choice((0.5, 0.75, 0.9)))
    coded_a = sum(1 for s in spans if s.coder == "A")
    coded_b = sum(1 for s in spans if s.coder == "B")
    both, only_a, only_b, neither = table.overall.two_by_two("A", "B")
    assert (both + only_a, both + only_b, neither) == (coded_a, coded_b, 0)
    listed = [segment for row in result.disagreements for segment in row.segment_ids]
    assert len(listed) == len(set(listed)) == only_a + only_b
    for row in result.disagreements:
        assert sum(1 for v in row.versions if v.segment_id is not None) in (1, 2)
        assert row.key == "+".join(str(i) for i in sorted(row.segment_ids))


def test_spans_of_other_coders_and_codes_are_ignored_in_one_pass() -> None:
    """The spans are read once (a generator will do): another coder's spans and spans of a
    code not asked for change nothing, and a source only one compared coder coded is
    skipped even when another coder coded it too (issue 19's single pass)."""
    wanted = [span(1, "A", 0, 100), span(2, "B", 5, 100), span(3, "A", 300, 400),
              span(4, "A", 0, 50, source=2)]
    noise = [span(5, "D", 0, 100), span(6, "B", 0, 90, code=9), span(7, "D", 0, 60, source=2)]
    for unit in ("segment", "character", "presence"):
        settings = AgreementSettings(coders=("A", "B"), unit=unit)
        plain = compute_agreement(wanted, SOURCES, CODES, settings)
        mixed = compute_agreement((s for s in wanted[:2] + noise + wanted[2:]), SOURCES, CODES,
                                  settings)
        assert mixed == plain
        assert [s.source_id for s in plain.compared_sources] == [1]
        assert [s.source_id for s in plain.skipped_sources] == [2]
        assert [code.code_id for code in plain.codes] == [1]
