"""Evidence counted once: overlapping segments of a code in a source are one passage."""

from __future__ import annotations

from dataclasses import replace

from app.analysis.coded_corpus import CorpusSegment
from app.analysis.passages import merge_corpus_segments, merge_evidence
from tests.analysis.evidence_factory import evidence

TEXT = "Pelatihan jarang sekali. Anggaran terbatas, jadi pegawai belajar sendiri."


def _on_text(start: int, end: int, **fields):  # type: ignore[no-untyped-def]
    return replace(evidence(start=start, end=end, **fields), text=TEXT[start:end])


def test_overlapping_segments_of_two_coders_are_one_passage_with_the_union_of_spans() -> None:
    annisa = _on_text(0, 24, valence="negative", coder="Annisa")
    bima = _on_text(10, 43, valence="negative", coder="Bima")

    (passage,) = merge_evidence([bima, annisa])

    assert (passage.start, passage.end) == (0, 43) and passage.text == TEXT[0:43]
    assert passage.coders == ("Annisa", "Bima") and passage.coder == "Annisa, Bima"
    assert passage.segment_ids == (annisa.id, bima.id) and passage.id == annisa.id
    assert passage.valence == "negative" and not passage.valence_disputed


def test_a_sentence_inside_a_longer_quote_is_not_a_second_piece_of_evidence() -> None:
    long = _on_text(0, 74, valence="positive")
    inside = _on_text(25, 43, valence="positive", coder="Bima")
    chained = _on_text(70, 74, valence="positive", coder="Citra")

    assert len(merge_evidence([long, inside, chained])) == 1


def test_touching_spans_other_codes_and_other_sources_stay_apart() -> None:
    first = _on_text(0, 24)
    touching = _on_text(24, 43)
    other_code = _on_text(0, 24, code_id=2)
    other_source = _on_text(0, 24, source_id=99)

    assert len(merge_evidence([first, touching, other_code, other_source])) == 4


def test_coders_who_disagree_on_the_valence_are_said_to_disagree() -> None:
    annisa = _on_text(0, 24, valence="negative", coder="Annisa")
    bima = _on_text(0, 24, valence="positive", coder="Bima")

    (passage,) = merge_evidence([annisa, bima])

    assert passage.valence is None and passage.valence_disputed


def test_merging_is_idempotent_and_keeps_review_work_visible() -> None:
    reviewed = _on_text(0, 24, review_status="accepted")
    pending = _on_text(5, 24, review_status="pending", coder="Bima")

    once = merge_evidence([reviewed, pending])

    assert once[0].review_status == "pending"  # one segment still waits for review
    assert merge_evidence(once) == once


def test_corpus_segments_merge_the_same_way() -> None:
    a = CorpusSegment(1, 7, 3, 0, 24, TEXT[0:24], "negative", "Annisa", "memo A")
    b = CorpusSegment(2, 7, 3, 10, 43, TEXT[10:43], "mixed", "Bima", "memo B")
    c = CorpusSegment(3, 7, 3, 50, 60, TEXT[50:60], "positive", "Bima")

    merged = merge_corpus_segments([c, b, a])

    assert [(s.start, s.end) for s in merged] == [(0, 43), (50, 60)]
    assert merged[0].text == TEXT[0:43] and merged[0].coders == ("Annisa", "Bima")
    assert merged[0].disputed and merged[0].valence is None
    assert merged[0].memo == "memo A\nmemo B" and merged[0].segment_ids == (1, 2)
    assert merged[1] is c  # a passage of one segment is that segment
    assert (merged[1].coders or (merged[1].coder,)) == ("Bima",) and not merged[1].disputed
