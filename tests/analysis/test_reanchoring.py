"""Re-anchoring spans across insertions, deletions and moved paragraphs (property-based)."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.analysis.reanchoring import (
    AnchoredSpan,
    PlacementStatus,
    align_texts,
    reanchor,
)

# The base text is lower-case words; inserted text is upper-case, so no alignment of the
# new text can be ambiguous and the offset arithmetic is exact.
WORDS = st.sampled_from(["kinerja", "pegawai", "belum", "maksimal", "anggaran", "pelatihan",
                         "umkm", "dinas", "yang", "dan", "sudah", "kami", "program", "data"])
INSERTS = st.lists(st.sampled_from(["BARU", "TAMBAHAN", "KOREKSI", "Ä", "😀"]),
                   min_size=1, max_size=6).map(" ".join)


@st.composite
def paragraphs(draw: st.DrawFn) -> list[str]:
    count = draw(st.integers(3, 12))
    # A numbered label makes every paragraph unique, as speaker turns usually are.
    return [f"P{number}: " + " ".join(draw(st.lists(WORDS, min_size=3, max_size=12)))
            for number in range(count)]


@st.composite
def spans_in(draw: st.DrawFn, text: str, count: int = 6) -> list[AnchoredSpan]:
    spans = []
    for key in range(draw(st.integers(1, count))):
        start = draw(st.integers(0, len(text) - 2))
        end = draw(st.integers(start + 1, min(len(text), start + 60)))
        spans.append(AnchoredSpan(key, start, end))
    return spans


@given(paragraphs(), st.data())
@settings(max_examples=150)
def test_insertions_shift_spans_by_the_inserted_length(
        lines: list[str], data: st.DataObject) -> None:
    old = "\n".join(lines)
    spans = data.draw(spans_in(old))
    # Insert upper-case text at points outside every span (inside words or between them).
    points = sorted(set(data.draw(st.lists(st.integers(0, len(old)), min_size=1, max_size=4))))
    points = [p for p in points if not any(s.start < p < s.end for s in spans)]
    assume(points)
    inserts = [data.draw(INSERTS) for _ in points]
    pieces, previous = [], 0
    for point, insert in zip(points, inserts):
        pieces += [old[previous:point], insert]
        previous = point
    new = "".join(pieces) + old[previous:]

    for span, placement in zip(spans, reanchor(old, new, spans)):
        shift = sum(len(insert) for point, insert in zip(points, inserts) if point <= span.start)
        assert placement.status in (PlacementStatus.UNCHANGED, PlacementStatus.SHIFTED)
        assert (placement.start, placement.end) == (span.start + shift, span.end + shift)
        assert new[placement.start : placement.end] == old[span.start : span.end]


@given(paragraphs(), st.data())
@settings(max_examples=150)
def test_deleting_paragraphs_shifts_the_others_back(lines: list[str], data: st.DataObject) -> None:
    deleted = set(data.draw(st.lists(st.integers(0, len(lines) - 1), min_size=1, max_size=2)))
    assume(len(deleted) < len(lines))
    old = "".join(line + "\n" for line in lines)
    new = "".join(line + "\n" for index, line in enumerate(lines) if index not in deleted)
    starts = [sum(len(line) + 1 for line in lines[:index]) for index in range(len(lines))]
    spans = []
    for key, index in enumerate(range(len(lines))):
        offset = data.draw(st.integers(0, len(lines[index]) - 2))
        length = data.draw(st.integers(1, len(lines[index]) - offset))
        spans.append(AnchoredSpan(key, starts[index] + offset, starts[index] + offset + length))

    for index, (span, placement) in enumerate(zip(spans, reanchor(old, new, spans))):
        if index in deleted:
            assert placement.status is not PlacementStatus.UNCHANGED
            if placement.placed:  # only if the same words still exist elsewhere
                assert old[span.start : span.end] in new
            assert 0 <= placement.start < placement.end <= len(new)
            continue
        shift = sum(len(lines[gone]) + 1 for gone in deleted if gone < index)
        assert (placement.start, placement.end) == (span.start - shift, span.end - shift)
        assert new[placement.start : placement.end] == old[span.start : span.end]


@given(paragraphs(), st.data())
@settings(max_examples=150)
def test_moved_paragraphs_take_their_spans_along(lines: list[str], data: st.DataObject) -> None:
    source = data.draw(st.integers(0, len(lines) - 1))
    target = data.draw(st.integers(0, len(lines) - 1))
    assume(source != target)
    moved_lines = list(lines)
    moved_lines.insert(target, moved_lines.pop(source))
    old = "".join(line + "\n" for line in lines)
    new = "".join(line + "\n" for line in moved_lines)
    start = sum(len(line) + 1 for line in lines[:source])
    spans = [AnchoredSpan(0, start, start + len(lines[source])),
             AnchoredSpan(1, start, start + len(lines[source]) - 1)]

    for span, placement in zip(spans, reanchor(old, new, spans)):
        assert placement.placed
        assert new[placement.start : placement.end] == old[span.start : span.end]
        assert placement.status in (PlacementStatus.UNCHANGED, PlacementStatus.SHIFTED,
                                    PlacementStatus.MOVED)


@given(paragraphs(), paragraphs(), st.data())
@settings(max_examples=100)
def test_any_rewrite_gives_spans_inside_the_new_text(
    old_lines: list[str], new_lines: list[str], data: st.DataObject
) -> None:
    old, new = "\n".join(old_lines), "\n".join(new_lines[: len(new_lines) // 2] + old_lines[1:])
    spans = data.draw(spans_in(old))

    for span, placement in zip(spans, reanchor(old, new, spans)):
        assert 0 <= placement.start < placement.end <= len(new)
        assert 0.0 <= placement.confidence <= 1.0
        if placement.status in (PlacementStatus.UNCHANGED, PlacementStatus.SHIFTED,
                                PlacementStatus.MOVED) and placement.confidence == 1.0:
            assert new[placement.start : placement.end] == old[span.start : span.end]


@given(paragraphs(), st.data())
@settings(max_examples=100)
def test_alignment_blocks_are_equal_text_in_increasing_order(
    lines: list[str], data: st.DataObject
) -> None:
    old = "\n".join(lines)
    new = "\n".join(data.draw(st.permutations(lines)))
    blocks = align_texts(old, new).blocks

    for (old_start, new_start, length) in blocks:
        assert old[old_start : old_start + length] == new[new_start : new_start + length]
    assert [b[0] for b in blocks] == sorted(b[0] for b in blocks)
    assert [b[1] for b in blocks] == sorted(b[1] for b in blocks)


def test_property_tests_are_reproducible() -> None:
    """tests/conftest.py loads a derandomised profile with a bounded deadline."""
    assert settings.default.derandomize is True
    assert settings.default.database is None
    assert settings.default.deadline is not None


def test_insertions_into_repeated_words_keep_spans_on_their_copy() -> None:
    """Found by the insertion property: "umkm umkm umkm" with letters inserted into the first
    two words. The diff used to pair the old words with a later copy in the new text, and
    the span landed at 112 instead of 123."""
    old = ("P0: umkm dan data kami\n"
           "P1: dan yang yang yang data yang dan yang yang umkm yang umkm\n"
           "P2: umkm umkm umkm umkm")
    points, inserts = [17, 47, 51, 54, 92, 97], ["TAMBAHAN", "B", "TAMBAHAN", "Ä", "B", "Ä"]
    pieces, previous = [], 0
    for point, insert in zip(points, inserts):
        pieces += [old[previous:point], insert]
        previous = point
    new = "".join(pieces) + old[previous:]
    span = AnchoredSpan(0, 103, 106)

    (placement,) = reanchor(old, new, [span])

    assert (placement.start, placement.end) == (123, 126)  # every insertion is before it
    assert placement.status is PlacementStatus.SHIFTED
    assert new[placement.start : placement.end] == old[103:106]


def test_a_typo_fixed_inside_a_span_keeps_it_edited() -> None:
    old = "Informan: Pelatihan itu jarang sekali, Dek. Anggaranya terbatas.\nSelesai."
    new = "Informan: Pelatihan itu jarang sekali, Dek. Anggarannya terbatas.\nSelesai."
    start = old.index("Anggaranya")
    span = AnchoredSpan(1, start, start + len("Anggaranya terbatas."))

    (placement,) = reanchor(old, new, [span])

    assert placement.status is PlacementStatus.EDITED
    assert new[placement.start : placement.end] == "Anggarannya terbatas."


def test_rewritten_text_is_unplaced_not_shifted() -> None:
    old = "P1: Kami kekurangan pendamping lapangan.\nP2: Laporan rutin setiap bulan.\n"
    new = "P1: Kami kekurangan pendamping lapangan.\nP2: Semua berjalan baik saja.\n"
    start = old.index("Laporan")
    span = AnchoredSpan(1, start, start + len("Laporan rutin setiap bulan."))

    (placement,) = reanchor(old, new, [span])

    assert placement.status is PlacementStatus.UNPLACED
    assert placement.confidence < 0.8
    assert 0 <= placement.start < placement.end <= len(new)


def test_text_repeated_in_several_moved_places_is_not_guessed() -> None:
    old = "A: satu.\nB: Ya.\nC: dua.\n"
    new = "C: dua.\nB: Ya.\nA: satu.\nB: Ya.\n"
    start = old.index("Ya.")
    (placement,) = reanchor(old, new, [AnchoredSpan(1, start, start + 3)])

    assert new[placement.start : placement.end] == "Ya."
