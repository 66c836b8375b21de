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
    assert mask.mask_title("FAJAR-nugroho 0812-3456-7890") == "[Informan 4] [nomor telepon]"
    assert mask.mask_title("catatan_nugroho") == "catatan_[Informan 4]"
    assert mask.mask_title("observasi_fajarnya") == "observasi_fajarnya"
    assert Pseudonymiser(()).mask_title("judul_fajar") == "judul_fajar"


# --- issue 17: what --pseudonymize let through --------------------------------------------

LEAKY = (
    InformantNames("I4", "[Informan 4]", pseudonym="Fajar Nugroho"),
    InformantNames("I2", "[Informan 2]", real_name="Rudi Hartono"),
    InformantNames("I5", "[Informan 5]", real_name="Joko Suharto"),
    InformantNames("I6", "[Informan 6]", real_name="Cahya Khairunnisa"),
    InformantNames("I8", "[Informan 8]", real_name="Syafitri Nyoman"),
)


@pytest.mark.parametrize("text, expected", [
    ("FAJAR bilang begitu", "[Informan 4] bilang begitu"),
    ("fAJAR bilang begitu", "[Informan 4] bilang begitu"),
    ("Kata pak fajar tadi", "Kata pak [Informan 4] tadi"),
    ("Bu rudi? Bukan, pak rudi.", "Bu [Informan 2]? Bukan, pak [Informan 2]."),
    ("rudi hartono datang", "[Informan 2] datang"),
    ("Fadjar bilang", "[Informan 4] bilang"),
    ("Djoko Soeharto hadir", "[Informan 5] hadir"),
    ("Tjahya dan Chairunnisa", "[Informan 6] dan [Informan 6]"),
    ("Sjafitri Njoman", "[Informan 8]"),
    ("Rudi_Hartono menulis", "[Informan 2] menulis"),
    ("rudi.hartono menulis", "[Informan 2] menulis"),
    ("RUDI-HARTONO menulis", "[Informan 2] menulis"),
    ("Kata Rudi\nHartono", "Kata [Informan 2]"),
    ("Nugroho-nya", "[Informan 4]-nya"),
])
def test_names_in_any_case_spelling_and_joining(text: str, expected: str) -> None:
    assert Pseudonymiser(LEAKY)(text) == expected


@pytest.mark.parametrize("text", [
    "Saat fajar tiba kami rapat.",  # an ordinary lower-case word
    "Hartonomi bukan nama.",  # inside a longer word
    "Rudiyanto datang.",
])
def test_lookalikes_are_kept(text: str) -> None:
    assert Pseudonymiser(LEAKY)(text) == text


@pytest.mark.parametrize("number", [
    "3171012345670001", "317101.234567.0001", "317101 234567 0001", "3171 0123 4567 0001",
])
def test_nik_is_masked(number: str) -> None:
    assert Pseudonymiser(())(f"NIK {number}, KK ada") == "NIK [NIK], KK ada"


def test_a_nik_of_central_kalimantan_is_not_taken_for_a_phone_number() -> None:
    assert Pseudonymiser(())("NIK 6271031234560001.") == "NIK [NIK]."


@pytest.mark.parametrize("address", [
    "rudi.hartono@gmail.com", "fajar_n+dinas@kemenkop.go.id", "A-1@x.co",
])
def test_email_addresses_are_masked(address: str) -> None:
    mask = Pseudonymiser(LEAKY, tokens=MaskTokens(email="[e-mail]"))
    assert mask(f"Kirim ke {address}.") == "Kirim ke [e-mail]."


@pytest.mark.parametrize("number", ["0812-3456-7890", "+62 812 3456 7890", "+62-812-3456-7890",
                                    "(021) 1234 5678", "081234567890"])
def test_phone_numbers_in_indonesian_forms(number: str) -> None:
    assert Pseudonymiser(())(f"WA {number}") == "WA [nomor telepon]"


def test_the_replacements_are_counted() -> None:
    mask = Pseudonymiser(LEAKY)
    mask("FAJAR dan Fadjar, 0812-3456-7890, NIK 3171012345670001")
    mask("Rudi_Hartono dan Fajar")
    listed = {(r.original, r.replacement): r.count for r in mask.replacements()}
    assert listed == {
        ("FAJAR", "[Informan 4]"): 1, ("Fadjar", "[Informan 4]"): 1,
        ("Fajar", "[Informan 4]"): 1, ("Rudi_Hartono", "[Informan 2]"): 1,
        ("0812-3456-7890", "[nomor telepon]"): 1, ("3171012345670001", "[NIK]"): 1,
    }


NAMES = ["Fajar", "FAJAR", "Fadjar", "fajar", "pak fajar", "Rudi_Hartono", "RUDI.HARTONO",
         "Soeharto", "Suharto", "kata", "3171012345670001", "a.b@c.id", "0812-3456-7890"]


@given(st.lists(st.sampled_from(NAMES), max_size=10), st.sampled_from([" ", ", ", "\n"]))
def test_no_variant_survives_and_masking_twice_changes_nothing(
    words: list[str], separator: str
) -> None:
    mask = Pseudonymiser(LEAKY)
    once = mask(separator.join(words))
    assert mask(once) == once
    folded = once.casefold()
    for leak in ("fadjar", "rudi", "hartono", "soeharto", "suharto", "3171", "@", "0812"):
        assert leak not in folded
    assert "FAJAR" not in once and "Fajar" not in once and "pak fajar" not in once
