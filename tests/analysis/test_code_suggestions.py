"""Ranking passages by similarity to a code's examples; nothing is coded."""

from __future__ import annotations

from app.analysis.code_suggestions import SuggestionCorpus, suggest_passages, terms
from app.analysis.search import SearchIndex, SearchText

TEXT = (
    "Informan: Pelatihan untuk pegawai sangat jarang, anggaran diklat selalu dipotong. "
    "Kami ingin ikut bimtek pemasaran digital tapi anggaran pelatihan tidak ada. "
    "Cuaca hari itu cerah dan kantor ramai pengunjung dari kelurahan. "
    "Anggaran diklat pegawai tahun ini dipotong lagi karena refocusing. "
    "Baik, Bu."
)
OTHER = "Pendamping datang ke rumah produksi setiap bulan untuk monitoring usaha binaan."
CORPUS = SuggestionCorpus(SearchIndex([SearchText(1, "I1", "I1", TEXT),
                                       SearchText(2, "I4", "I4", OTHER)]))


def test_the_most_similar_passages_come_first() -> None:
    suggestions = suggest_passages(CORPUS, ["anggaran diklat pegawai dipotong"])

    top_two = {suggestion.text[:30] for suggestion in suggestions[:2]}
    assert top_two == {"Informan: Pelatihan untuk pega", "Anggaran diklat pegawai tahun "}
    assert [s.score for s in suggestions] == sorted((s.score for s in suggestions), reverse=True)
    assert all("Cuaca" not in s.text and s.text != "Baik, Bu." for s in suggestions)
    for suggestion in suggestions:
        assert TEXT[suggestion.start : suggestion.end] == suggestion.text


def test_spelling_variants_count_as_the_same_word() -> None:
    (first, *_rest) = suggest_passages(CORPUS, ["pendamping datang ke roemah produksi tiap boelan"])

    assert first.source_id == 2 and first.closest_example.startswith("pendamping")


def test_coded_and_dismissed_spans_are_never_suggested() -> None:
    best = suggest_passages(CORPUS, ["anggaran diklat pegawai dipotong"])[0]

    again = suggest_passages(CORPUS, ["anggaran diklat pegawai dipotong"],
                             exclude=[(best.source_id, best.start + 3, best.start + 10)])

    assert all(s.start != best.start for s in again)


def test_short_examples_and_stopwords_say_nothing() -> None:
    assert suggest_passages(CORPUS, ["baik"]) == []
    assert terms("yang dan di ke Pelatihan") == ["pelatihan"]
