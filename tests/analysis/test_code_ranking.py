"""Quick-code ranking: what a person would call an exact match comes before a look-alike."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.analysis.code_ranking import rank_codes, simplify

PATHS = (
    "Kinerja", "Kinerja/Kualitas", "Kinerja/Kuantitas", "Kinerja/Waktu",
    "Kinerja/Penekanan Biaya", "Kinerja/Pengawasan", "Kinerja/Hubungan Antar Karyawan",
    "Hambatan", "Hambatan/Kualitas dan Kompetensi ASN", "Hambatan/Profil Usia Pegawai",
    "Hambatan/Minim Diklat", "Hambatan/Refocusing Anggaran", "Hambatan/Pembatasan Pandemi",
    "Hambatan/Tidak Ada Pendataan", "Hambatan/Jumlah Pegawai", "Upaya",
    "Upaya/Sharing Antar Pegawai", "Upaya/Pelatihan", "Upaya/Pendampingan dan Monitoring",
    "Upaya/Fasilitasi P-IRT", "Upaya/Pendataan Ulang UMKM",
)


@dataclass(frozen=True)
class Code:
    path: str
    shortcut: str | None = None

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]


CODES = [Code(path, shortcut=str(number) if number < 10 else None)
         for number, path in enumerate(PATHS)]


def ranked(query: str) -> list[str]:
    return [code.path for code in rank_codes(query, CODES)]


def test_a_name_starting_with_the_word_comes_before_one_ending_with_it() -> None:
    found = ranked("pendataan")
    assert found[:2] == ["Upaya/Pendataan Ulang UMKM", "Hambatan/Tidak Ada Pendataan"]


@pytest.mark.parametrize("query", ["pend", "Penda", "PENDATAAN"])
def test_prefixes_of_a_word_rank_before_fuzzy_look_alikes(query: str) -> None:
    found = ranked(query)
    exact = [path for path in found if any(word.startswith(query.lower())
                                           for word in path.lower().replace("/", " ").split())]
    assert found[: len(exact)] == exact
    assert "Upaya/Pendataan Ulang UMKM" in exact


def test_a_later_word_prefix_still_beats_a_typo_match() -> None:
    # "ulang" starts a word of one name only; fuzzy scores must not put others first.
    assert ranked("ulang")[0] == "Upaya/Pendataan Ulang UMKM"
    assert ranked("tidak ada")[0] == "Hambatan/Tidak Ada Pendataan"


def test_the_exact_name_of_a_category_comes_first_then_its_codes() -> None:
    found = ranked("hambatan")
    assert found[0] == "Hambatan"
    assert all(path.startswith("Hambatan/") for path in found[1:8])


def test_words_of_the_path_match_together() -> None:
    assert ranked("upaya pel")[0] == "Upaya/Pelatihan"


def test_typos_are_still_forgiven_when_nothing_matches_exactly() -> None:
    assert ranked("kualtas")[0] == "Kinerja/Kualitas"
    assert ranked("minim diklt")[0] == "Hambatan/Minim Diklat"
    assert ranked("refocusing angaran")[0] == "Hambatan/Refocusing Anggaran"


def test_the_shortcut_comes_first_and_an_empty_query_keeps_codebook_order() -> None:
    assert ranked("3")[0] == "Kinerja/Waktu"
    assert ranked("  ") == list(PATHS)


def test_accents_and_case_are_ignored() -> None:
    assert simplify("Évaluasi/Kinerja Café") == "evaluasi kinerja cafe"
    assert rank_codes("cafe", [Code("Lain/Kopi"), Code("Lain/Café Lokal")])[0].path == (
        "Lain/Café Lokal")


def test_at_most_the_limit_is_offered() -> None:
    assert len(rank_codes("a", CODES, limit=5)) == 5
