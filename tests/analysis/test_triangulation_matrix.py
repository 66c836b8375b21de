"""Building the matrix from crafted coded data: columns, cells, quotes, overrides."""

from __future__ import annotations

import pytest

from app.analysis.coded_corpus import CorpusSegment
from app.analysis.triangulation_matrix import (
    JudgementOverride,
    build_triangulation_matrix,
    shorten,
)
from tests.analysis.corpus_builders import SOURCES, corpus, segment, source

GOOD = "Kualitasnya baik sekali."
LATE = "Tapi waktu sering terlambat."
BUDGET = "Anggaran dipotong tahun 2020."
ON_TIME = "Pegawai datang tepat waktu."


def _demo_segments():  # type: ignore[no-untyped-def]
    return [
        segment(2, 10, GOOD, "positive", segment_id=1),
        segment(2, 10, GOOD, "positive", coder="Bima", segment_id=2),  # same span, 2nd coder
        segment(2, 20, GOOD, "positive", segment_id=3),
        segment(2, 30, GOOD, "negative", segment_id=4),
        segment(2, 50, GOOD, "positive", segment_id=5),
        segment(2, 60, ON_TIME, "positive", segment_id=6),
        segment(3, 10, LATE, "negative", segment_id=7),
        segment(3, 70, ON_TIME, None, segment_id=8),
        segment(5, 30, BUDGET, "positive", segment_id=9),
    ]


def test_source_layout_columns_are_grouped_key_main_supporting() -> None:
    matrix = build_triangulation_matrix(corpus(_demo_segments()))
    assert [column.key for column in matrix.columns] == ["I1", "I2", "I3", "I5"]
    assert [column.group for column in matrix.columns] == ["kunci", "utama", "utama", "pendukung"]
    assert matrix.summary_columns == ("shared", "differences", "conclusion")


def test_rows_are_codable_codes_indicators_then_obstacles_then_efforts() -> None:
    matrix = build_triangulation_matrix(corpus(_demo_segments()))
    assert [row.code.path for row in matrix.rows] == [
        "Kinerja/Kualitas", "Kinerja/Waktu", "Hambatan/Anggaran", "Upaya/Pelatihan"]
    effort = build_triangulation_matrix(corpus(_demo_segments()), group="effort")
    assert [row.code.path for row in effort.rows] == ["Upaya/Pelatihan"]


def test_cells_hold_exactly_their_segments() -> None:
    matrix = build_triangulation_matrix(corpus(_demo_segments()))
    quality = matrix.rows[0]
    assert {cell.column_key: cell.segment_ids for cell in quality.cells} == {
        "I1": (1, 2), "I2": (3,), "I3": (4,), "I5": (5,)}
    assert quality.cell("I1").tally.positive == 2 and quality.cell("I3").lean == "negative"
    # Observation segments are not informant evidence, but the reason mentions them.
    assert quality.count == 5
    assert quality.suggestion.judgement == "partial"
    assert [phrase.key for phrase in quality.suggestion.reason] == [
        "majority", "lean_group", "technique_agrees"]
    training = matrix.rows[3]
    assert training.judgement == "silent" and all(cell.count == 0 for cell in training.cells)


def test_technique_layout_groups_by_kind_of_source() -> None:
    matrix = build_triangulation_matrix(corpus(_demo_segments()), layout="technique")
    assert [column.key for column in matrix.columns] == [
        "interview", "observation", "documentation"]
    assert matrix.summary_columns == ("agreement", "conclusion")
    quality, timing = matrix.rows[0], matrix.rows[1]
    assert quality.cell("interview").segment_ids == (1, 2, 3, 4, 5)
    assert quality.cell("observation").segment_ids == (6,)
    assert quality.cell("documentation").count == 0
    assert quality.judgement == "converge"
    assert timing.cell("interview").lean == "negative"
    # An indicator passage without valence takes no side: the cell says so, and the row
    # has one column with a lean, not two that diverge.
    assert timing.cell("documentation").lean == "none"
    assert timing.judgement == "partial"
    assert [phrase.key for phrase in timing.suggestion.reason] == [
        "single_column", "no_valence_from", "no_data_from"]


def test_a_passage_without_valence_shows_presence_only_on_obstacles_and_efforts() -> None:
    segments = [segment(2, 10, GOOD, None, segment_id=1),
                segment(5, 10, BUDGET, None, segment_id=2)]
    matrix = build_triangulation_matrix(corpus(segments))
    quality, budget = matrix.rows[0], matrix.rows[2]
    assert quality.cell("I1").lean == "none" and quality.cell("I1").tally.neutral == 1
    assert quality.judgement == "silent"
    assert [phrase.key for phrase in quality.suggestion.reason] == ["no_valence_anywhere"]
    assert [phrase.key for phrase in quality.shared] == ["no_valence_anywhere"]
    assert budget.cell("I1").lean == "positive"  # the obstacle is there


def test_passages_the_coders_disagree_on_take_no_side() -> None:
    passage = CorpusSegment(1, 2, 10, 0, 5, GOOD, None, "Annisa, Bima", "",
                            ("Annisa", "Bima"), (1, 2), True)
    matrix = build_triangulation_matrix(corpus([passage, segment(2, 20, GOOD, "negative",
                                                                  segment_id=3)]))
    cell = matrix.rows[0].cell("I1")
    assert cell.tally.disputed == 1 and cell.tally.neutral == 0 and cell.lean == "none"
    assert matrix.rows[0].cell("I2").lean == "negative"


def test_quotes_prefer_the_columns_lean_and_skip_a_second_coders_copy() -> None:
    segments = _demo_segments() + [
        segment(2, 10, "Tapi waktu sering", "negative", segment_id=11),
        segment(2, 10, "Kualitasnya baik", "positive", segment_id=12),  # inside segment 1
    ]
    matrix = build_triangulation_matrix(corpus(segments), quotes_per_cell=3)
    quotes = matrix.rows[0].cell("I1").quotes
    assert [quote.segment_id for quote in quotes] == [1, 11]
    assert quotes[0].citation.turn == 2 and quotes[0].citation.informant_number == "1"
    unquoted = build_triangulation_matrix(corpus(segments), quotes_per_cell=0)
    assert unquoted.rows[0].cells[0].quotes == ()


def test_an_interview_without_informant_gets_its_own_column() -> None:
    sources = SOURCES + (source(80, "wawancara_lurah", "interview", None, "Informan: Baik."),)
    segments = _demo_segments() + [
        CorpusSegment(id=20, code_id=2, source_id=80, start=10, end=15, text="Baik.")
    ]
    matrix = build_triangulation_matrix(corpus(segments, sources=sources))
    # Named by its title, never by an internal id such as "source:80".
    assert matrix.columns[-1].key == "wawancara_lurah"
    assert matrix.columns[-1].title == "wawancara_lurah"
    assert matrix.rows[0].cell("wawancara_lurah").segment_ids == (20,)


def test_an_unlinked_interview_titled_like_an_informant_keeps_its_own_column() -> None:
    sources = SOURCES + (source(80, "I1", "interview", None, "Informan: Baik."),)
    segments = _demo_segments() + [
        CorpusSegment(id=20, code_id=2, source_id=80, start=10, end=15, text="Baik.")
    ]
    matrix = build_triangulation_matrix(corpus(segments, sources=sources))
    assert [c.key for c in matrix.columns].count("I1") == 1
    assert matrix.columns[-1].key == "I1 (2)"
    assert matrix.rows[0].cell("I1 (2)").segment_ids == (20,)


def test_an_override_replaces_the_suggestion_but_keeps_it() -> None:
    override = JudgementOverride(judgement="converge", rationale="Dokumen menguatkan.")
    matrix = build_triangulation_matrix(corpus(_demo_segments()), overrides={2: override})
    quality = matrix.rows[0]
    assert quality.judgement == "converge" and quality.override == override
    assert quality.suggestion.judgement == "partial"


def test_masking_reaches_quotes_roles_and_titles() -> None:
    matrix = build_triangulation_matrix(corpus(_demo_segments()), mask=str.upper)
    cell = matrix.rows[0].cell("I1")
    assert cell.quotes[0].text == GOOD.upper()
    assert cell.quotes[0].citation.source_title == "I1_KADIS"
    assert matrix.columns[0].role == "KEPALA DINAS"


def test_unknown_layout_or_group_is_refused() -> None:
    with pytest.raises(ValueError):
        build_triangulation_matrix(corpus([]), layout="sideways")
    with pytest.raises(ValueError):
        build_triangulation_matrix(corpus([]), group="feelings")


def test_shorten_cuts_long_quotes_at_a_word() -> None:
    assert shorten("a  b\nc") == "a b c"
    long = "kata " * 100
    cut = shorten(long, 50)
    assert cut.endswith("…") and len(cut) <= 51 and "  " not in cut
