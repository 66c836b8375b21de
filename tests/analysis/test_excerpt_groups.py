"""Grouping segments into excerpt sections: each segment once per group, nothing filtered in."""

from __future__ import annotations

from collections import Counter

import pytest

from app.analysis.excerpt_groups import (
    CodeSubject,
    InformantSubject,
    SourceSubject,
    build_excerpt_document,
)
from tests.analysis.corpus_builders import corpus, segment

GOOD = "Kualitasnya baik sekali."
LATE = "Tapi waktu sering terlambat."
ON_TIME = "Pegawai datang tepat waktu."


def _segments():  # type: ignore[no-untyped-def]
    return [
        segment(2, 10, GOOD, segment_id=1, memo="Kadis menilai baik."),
        segment(2, 10, GOOD, coder="Bima", segment_id=2, memo="Kadis menilai baik."),
        segment(3, 10, GOOD, segment_id=3),  # the same passage with a second code
        segment(3, 10, LATE, "negative", segment_id=4),
        segment(2, 50, GOOD, segment_id=5),
        segment(2, 60, ON_TIME, segment_id=6),
        segment(5, 30, "Anggaran dipotong tahun 2020.", segment_id=7, coder="Bima"),
    ]


def _placements(document) -> Counter:  # type: ignore[no-untyped-def]
    """(section, group, segment id) -> how often the segment appears there."""
    found: Counter = Counter()
    for section in document.sections:
        for group in section.groups:
            for excerpt in group.excerpts:
                for segment_id in excerpt.segment_ids:
                    found[(section.subject, group.subject, segment_id)] += 1
    return found


def test_grouped_by_code_each_segment_once_under_each_of_its_codes() -> None:
    document = build_excerpt_document(corpus(_segments()))
    sections = [section.subject for section in document.sections]
    assert [subject.path for subject in sections] == [
        "Kinerja/Kualitas", "Kinerja/Waktu", "Hambatan/Anggaran"]
    assert sections[0] == CodeSubject(2, "Kinerja/Kualitas", "Mutu kerja.")
    placements = _placements(document)
    assert set(placements.values()) == {1}
    assert sorted(segment_id for (_, _, segment_id) in placements) == [1, 2, 3, 4, 5, 6, 7]
    quality = document.sections[0]
    assert [group.subject for group in quality.groups] == [
        InformantSubject("I1", "1", "Kepala Dinas", "kunci", "Ratna Kusumawati"),
        InformantSubject("I5", "5", "Pemilik UMKM", "pendukung", "Siti Aminah"),
        SourceSubject(60, "obs_kantor", "observation"),
    ]
    # Two coders' copies of one passage are one excerpt naming both coders.
    first = quality.groups[0].excerpts
    assert len(first) == 1 and first[0].segment_ids == (1, 2)
    assert first[0].coders == ("Annisa", "Bima") and first[0].memos == ("Kadis menilai baik.",)
    # The same passage also appears, once, under its second code.
    timing = document.sections[1].groups[0].excerpts
    assert [excerpt.text for excerpt in timing] == [GOOD, LATE]
    assert document.excerpt_count == 6


def test_grouped_by_informant() -> None:
    document = build_excerpt_document(corpus(_segments()), group_by="informant")
    assert [section.subject for section in document.sections] == [
        InformantSubject("I1", "1", "Kepala Dinas", "kunci", "Ratna Kusumawati"),
        InformantSubject("I3", "3", "Kepala Bidang", "utama", "Bambang Sutrisno"),
        InformantSubject("I5", "5", "Pemilik UMKM", "pendukung", "Siti Aminah"),
        SourceSubject(60, "obs_kantor", "observation"),
    ]
    first = document.sections[0]
    assert [group.subject.path for group in first.groups] == ["Kinerja/Kualitas", "Kinerja/Waktu"]
    assert set(_placements(document).values()) == {1}


def test_filtered_codes_informants_and_coders_never_appear() -> None:
    by_code = build_excerpt_document(corpus(_segments()), code_ids={3})
    assert {segment_id for (_, _, segment_id) in _placements(by_code)} == {3, 4}
    by_informant = build_excerpt_document(corpus(_segments()), informant_labels={"I5"})
    assert {segment_id for (_, _, segment_id) in _placements(by_informant)} == {5}
    by_coder = build_excerpt_document(corpus(_segments()), coders={"Bima"})
    assert {segment_id for (_, _, segment_id) in _placements(by_coder)} == {2, 7}
    nothing = build_excerpt_document(corpus(_segments()), code_ids=set())
    assert nothing.sections == () and nothing.excerpt_count == 0


def test_extra_memos_and_masking() -> None:
    document = build_excerpt_document(
        corpus(_segments()), memos={1: ("Catatan: cek ulang",)}, mask=str.upper,
        with_memo=True,
    )
    excerpt = document.sections[0].groups[0].excerpts[0]
    assert excerpt.memos == ("KADIS MENILAI BAIK.", "CATATAN: CEK ULANG")
    assert excerpt.text == GOOD.upper() and excerpt.citation.source_title == "I1_KADIS"
    assert document.title == "STUDI UJI"


def test_unknown_grouping_is_refused() -> None:
    with pytest.raises(ValueError):
        build_excerpt_document(corpus([]), group_by="colour")
