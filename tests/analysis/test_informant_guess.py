"""Guessing a transcript's informant from its file name."""

from __future__ import annotations

import pytest

from app.analysis.informant_guess import (
    InformantGuess,
    KnownInformant,
    guess_informant,
    guess_kind,
)

KNOWN = (
    KnownInformant("I1", "Ratna Kusumawati"),
    KnownInformant("I4", "Fajar Nugroho"),
    KnownInformant("W9", "Pak Joko"),
)


@pytest.mark.parametrize(("stem", "expected"), [
    ("I7_wawancara", InformantGuess("I7", False, "")),
    ("Informan 7", InformantGuess("I7", False, "")),
    ("informan_7_final", InformantGuess("I7", False, "")),
    ("W3 Bu Sari", InformantGuess("I3", False, "Bu Sari")),
    ("Transkrip W-12 pak budi", InformantGuess("I12", False, "Pak Budi")),
    ("I1_kepala_dinas", InformantGuess("I1", True, "Ratna Kusumawati")),
    ("Wawancara 4", InformantGuess("I4", True, "Fajar Nugroho")),
    ("wawancara_pak_fajar", InformantGuess("I4", True, "Fajar Nugroho")),
    ("W9", InformantGuess("W9", True, "Pak Joko")),
    ("W2 Bu Ratna", InformantGuess("I1", True, "Ratna Kusumawati")),
])
def test_file_names_suggest_an_informant(stem: str, expected: InformantGuess) -> None:
    assert guess_informant(stem, KNOWN) == expected


@pytest.mark.parametrize("stem", [
    "observasi_kantor_2023-03", "dokumentasi_renstra_lakip", "catatan lapangan", "Bu Sari",
    "inventaris 2023", "revisi2",
])
def test_names_without_a_number_or_a_known_name_suggest_nothing(stem: str) -> None:
    assert guess_informant(stem, KNOWN) is None


@pytest.mark.parametrize(("stem", "kind"), [
    ("observasi_kantor_2023-03", "observation"), ("Obs 2 ruang layanan", "observation"),
    ("dokumentasi_renstra_lakip", "documentation"), ("LAKIP 2022", "documentation"),
    ("I7_wawancara", "interview"), ("W3 Bu Sari", "interview"),
])
def test_file_names_suggest_the_kind_of_source(stem: str, kind: str) -> None:
    assert guess_kind(stem) == kind
