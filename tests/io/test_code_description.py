"""The labelled <Description> text that carries a code's codebook fields."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.io.code_description import (
    CODE_GROUPS,
    CodeDescription,
    compose_description,
    group_from_word,
    parse_description,
)

FULL = CodeDescription(
    definition="Seberapa dekat hasil kerja dengan standar.",
    inclusion="Penilaian mutu pelayanan.",
    exclusion="Jumlah keluaran (Kuantitas).",
    example='"Kalau ditanya kualitas, saya bilang belum maksimal."',
    group="indicator",
    shortcut="1",
    name_en="Quality",
    definition_en="How close the work comes to the standard.",
)
FULL_TEXT = """Definisi: Seberapa dekat hasil kerja dengan standar.
Kriteria inklusi: Penilaian mutu pelayanan.
Kriteria eksklusi: Jumlah keluaran (Kuantitas).
Contoh: "Kalau ditanya kualitas, saya bilang belum maksimal."
Kelompok: indikator
Pintasan: 1
Name (en): Quality
Definition (en): How close the work comes to the standard."""


def test_compose_writes_one_labelled_line_per_field() -> None:
    assert compose_description(FULL) == FULL_TEXT


def test_parse_reads_every_label() -> None:
    assert parse_description(FULL_TEXT) == FULL


def test_empty_fields_are_left_out() -> None:
    fields = CodeDescription(definition="Mutu kerja.", group="obstacle")

    assert compose_description(fields) == "Definisi: Mutu kerja.\nKelompok: hambatan"
    assert compose_description(CodeDescription()) == ""
    assert parse_description("") == CodeDescription()
    assert parse_description(None) == CodeDescription()


def test_continuation_lines_are_indented_and_may_look_like_labels() -> None:
    fields = CodeDescription(
        definition="Baris satu.\n\nKriteria inklusi: bukan label\nContoh: juga bukan",
        example="a\n  indented b",
    )

    text = compose_description(fields)

    assert text == (
        "Definisi: Baris satu.\n\n  Kriteria inklusi: bukan label\n  Contoh: juga bukan\n"
        "Contoh: a\n    indented b"
    )
    assert parse_description(text) == fields


def test_text_without_labels_becomes_the_definition_whole() -> None:
    text = "Thoughts about breakfast foods.\nNote: see memo 3\n  indented line"

    assert parse_description(text) == CodeDescription(definition=text)


def test_unindented_lines_continue_the_field_above() -> None:
    text = "Definisi: Baris satu\nbaris dua\nContoh: kutipan\nlanjutan kutipan"

    fields = parse_description(text)

    assert fields.definition == "Baris satu\nbaris dua"
    assert fields.example == "kutipan\nlanjutan kutipan"


def test_unknown_labelled_lines_are_kept_in_the_definition() -> None:
    text = (
        "Definisi: Mutu.\nContoh: kutipan\nCatatan peneliti: cek ulang\nmasih catatan\n"
        "Pintasan: 4"
    )

    fields = parse_description(text)

    assert fields.definition == "Mutu.\nCatatan peneliti: cek ulang\nmasih catatan"
    assert fields.example == "kutipan"
    assert fields.shortcut == "4"


def test_sentences_and_times_with_colons_are_not_labels() -> None:
    text = 'Contoh: kutipan\n"Kata beliau: iya"\nPukul 10:30 rapat\nhttp://example.org/x'

    fields = parse_description(text)

    assert fields.example == 'kutipan\n"Kata beliau: iya"\nPukul 10:30 rapat\nhttp://example.org/x'
    assert fields.definition == ""


def test_english_labels_and_any_letter_case_are_accepted() -> None:
    text = (
        "DEFINITION: quality of work\r\nInclusion: service\rExclusion: quantity\n"
        "Example: a quote\nGroup: Effort\nShortcut: 9\nname (EN): Quality\n"
        "Definition (en): how good"
    )

    assert parse_description(text) == CodeDescription(
        definition="quality of work",
        inclusion="service",
        exclusion="quantity",
        example="a quote",
        group="effort",
        shortcut="9",
        name_en="Quality",
        definition_en="how good",
    )


@pytest.mark.parametrize(
    ("word", "group"),
    [
        ("indikator", "indicator"),
        ("Indicator", "indicator"),
        ("hambatan", "obstacle"),
        ("Obstacles", "obstacle"),
        ("UPAYA", "effort"),
        ("lainnya", "other"),
        ("other", "other"),
        ("something else", None),
    ],
)
def test_group_words_in_both_languages(word: str, group: str | None) -> None:
    assert group_from_word(word) == group


def test_an_unusable_group_or_repeated_shortcut_stays_in_the_definition() -> None:
    text = "Definisi: Mutu.\nKelompok: entah\nPintasan: 1\nPintasan: 2"

    fields = parse_description(text)

    assert fields.group is None
    assert fields.shortcut == "1"
    assert fields.definition == "Mutu.\nKelompok: entah\nPintasan: 2"


def test_a_repeated_text_label_adds_to_its_field() -> None:
    assert parse_description("Contoh: satu\nContoh: dua").example == "satu\ndua"


def test_compose_refuses_an_unknown_group_or_a_multi_line_shortcut() -> None:
    with pytest.raises(ValueError, match="group"):
        compose_description(CodeDescription(group="indicators"))
    with pytest.raises(ValueError, match="shortcut"):
        compose_description(CodeDescription(shortcut="1\n2"))


# --- properties ----------------------------------------------------------------------------

_LABEL_LIKE = st.sampled_from(
    ["Definisi: x", "Contoh: y", "Kelompok: upaya", "Pintasan: 3", "Name (en): Q",
     "Catatan: z", "  indented", "", "Group: nonsense"]
)
_CHARACTERS = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\r")
_LINE = st.one_of(_LABEL_LIKE, st.text(_CHARACTERS, max_size=30))
_VALUE = st.lists(_LINE, max_size=4).map("\n".join).filter(lambda text: text == text.strip())
_SHORTCUT = st.text(_CHARACTERS, min_size=1, max_size=5).filter(
    lambda text: text == text.strip()
)


@st.composite
def descriptions(draw: st.DrawFn) -> CodeDescription:
    return CodeDescription(
        definition=draw(_VALUE),
        inclusion=draw(_VALUE),
        exclusion=draw(_VALUE),
        example=draw(_VALUE),
        group=draw(st.sampled_from([None, *CODE_GROUPS])),
        shortcut=draw(st.none() | _SHORTCUT),
        name_en=draw(_VALUE),
        definition_en=draw(_VALUE),
    )


@given(descriptions())
def test_parse_inverts_compose(fields: CodeDescription) -> None:
    assert parse_description(compose_description(fields)) == fields


@given(st.lists(_LINE, max_size=8).map("\n".join))
def test_parsing_any_text_gives_fields_that_survive_a_round_trip(text: str) -> None:
    fields = parse_description(text)

    assert parse_description(compose_description(fields)) == fields


def test_a_verdict_scale_travels_in_the_description() -> None:
    from app.io.code_description import (
        CodeDescription,
        compose_description,
        parse_description,
    )

    fields = CodeDescription(definition="Kategori induk.", group="obstacle",
                             verdict_scale=("terkonfirmasi kuat", "satu suara"))
    text = compose_description(fields)
    assert text.splitlines()[-1] == "Skala penilaian: terkonfirmasi kuat | satu suara"
    assert parse_description(text) == fields
    english = parse_description("Definition: x\nVerdict scale:  carried out |partly| |none")
    assert english.verdict_scale == ("carried out", "partly", "none")
