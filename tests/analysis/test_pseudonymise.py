"""Masking names, NIP and phone numbers in quoted text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.analysis.pseudonymise import InformantNames, MaskTokens, Pseudonymiser

INFORMANTS = (
    InformantNames("I4", "[Informan 4]", pseudonym="Fajar Nugroho"),
    InformantNames("I1", "[Informan 1]", pseudonym="Ratna Kusumawati", real_name="Ratna Dewi"),
    InformantNames("I7", "[Informan 7]", pseudonym="Melati"),
)


@pytest.fixture
def mask() -> Pseudonymiser:
    return Pseudonymiser(INFORMANTS)


def test_full_names_and_their_parts_become_labels(mask: Pseudonymiser) -> None:
    assert mask("Nama: Fajar Nugroho (pendamping)") == "Nama: [Informan 4] (pendamping)"
    assert mask("Waktu Pak Fajar datang") == "Waktu Pak [Informan 4] datang"
    assert mask("Bu Ratna Dewi dan Bu Kusumawati") == "Bu [Informan 1] dan Bu [Informan 1]"
    assert mask("FAJAR NUGROHO hadir") == "[Informan 4] hadir"
    assert mask("Fajar\nNugroho") == "[Informan 4]"


def test_common_words_and_honorifics_are_kept(mask: Pseudonymiser) -> None:
    # "fajar" (dawn) and "melati" (jasmine) in lower case are ordinary words.
    assert mask("Saat fajar kami mencium bunga melati.") == "Saat fajar kami mencium bunga melati."
    assert mask("Pak Kepala bilang begitu.") == "Pak Kepala bilang begitu."
    assert mask("Melati bilang iya.") == "[Informan 7] bilang iya."
    # A name inside a longer word is not a name.
    assert mask("Fajarnya indah") == "Fajarnya indah"


def test_pseudonym_mode_replaces_only_real_names() -> None:
    mask = Pseudonymiser(INFORMANTS, mode="pseudonym")
    assert mask("Bu Ratna Dewi menjawab") == "Bu Ratna Kusumawati menjawab"
    assert mask("Pak Fajar Nugroho menjawab") == "Pak Fajar Nugroho menjawab"


@pytest.mark.parametrize("number", [
    "197001011990031002",
    "19700101 199003 1 002",
    "19700101.199003.1.002",
    "19700101-199003-1-002",
])
def test_nip_is_masked_in_every_spelling(mask: Pseudonymiser, number: str) -> None:
    assert mask(f"NIP {number}, golongan III/a") == "NIP [NIP], golongan III/a"


@pytest.mark.parametrize("number", [
    "0812-3456-7890",
    "081234567890",
    "+62 812 3456 7890",
    "+6281234567890",
    "62 812-3456-7890",
    "(0736) 21234",
    "0736-21234",
    "0812 3456 789",
])
def test_phone_numbers_are_masked(mask: Pseudonymiser, number: str) -> None:
    assert mask(f"Hubungi {number} ya.") == "Hubungi [nomor telepon] ya."


@pytest.mark.parametrize("text", [
    "Apel pukul 07.30 sampai 07.45.",
    "Renstra 2019-2023 dan LAKIP 2022.",
    "Anggaran Rp 50.000.000 untuk 15 orang.",
    "Target 1.200 UMKM, tercapai 1.143.",
    "Nomor surat 005/123/2023.",
])
def test_ordinary_numbers_are_kept(mask: Pseudonymiser, text: str) -> None:
    assert mask(text) == text


def test_tokens_follow_the_language() -> None:
    mask = Pseudonymiser((), tokens=MaskTokens(nip="[NIP]", phone="[phone number]"))
    assert mask("call 0812-3456-7890") == "call [phone number]"


WORDS = ["Fajar", "Nugroho", "fajar", "Ratna", "Dewi", "Pak", "kata", "07.30", "2019-2023",
         "0812-3456-7890", "+62 812 3456 7890", "19700101 199003 1 002", "197001011990031002"]


@given(st.lists(st.sampled_from(WORDS), max_size=12), st.sampled_from([" ", ", ", "\n"]))
def test_nothing_identifying_survives_and_masking_twice_changes_nothing(
    words: list[str], separator: str
) -> None:
    mask = Pseudonymiser(INFORMANTS)
    once = mask(separator.join(words))
    assert mask(once) == once
    remaining = once.replace(",", " ").split()
    assert not {"Fajar", "Nugroho", "Ratna", "Dewi"} & set(remaining)
    assert "0812" not in once and "3456" not in once and "19700101" not in once


def test_titles_are_masked_in_any_case_with_underscores(mask: Pseudonymiser) -> None:
    assert mask.mask_title("wawancara_pak_fajar") == "wawancara_pak_[Informan 4]"
    assert mask.mask_title("FAJAR-nugroho 0812-3456-7890") == (
        "[Informan 4]-[Informan 4] [nomor telepon]")
    assert mask.mask_title("observasi_fajarnya") == "observasi_fajarnya"
    assert Pseudonymiser(()).mask_title("judul_fajar") == "judul_fajar"
