"""Paragraph and speaker-turn spans in code points of normalised text."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.io.speaker_turns import SPEAKER_ROLES, Paragraph, Turn, find_paragraphs, find_turns
from app.io.text_normalise import normalise_text

# 👩🏽‍🔬: four code points, seven UTF-16 units.
SCIENTIST = "\U0001f469\U0001f3fd\u200d\U0001f52c"


def _spans(items: tuple[Paragraph, ...] | tuple[Turn, ...], text: str) -> list[str]:
    return [text[item.start : item.end] for item in items]


# --- paragraphs ------------------------------------------------------------------------------


def test_each_non_blank_line_is_a_numbered_paragraph() -> None:
    text = "Judul\n\n   \nBaris dua  \n\tBaris tiga\n"
    paragraphs = find_paragraphs(text)
    assert paragraphs == (
        Paragraph(number=1, start=0, end=5),
        Paragraph(number=2, start=11, end=22),
        Paragraph(number=3, start=23, end=34),
    )
    assert _spans(paragraphs, text) == ["Judul", "Baris dua  ", "\tBaris tiga"]


def test_text_without_final_newline_ends_its_last_paragraph_at_the_end() -> None:
    assert find_paragraphs("a\nbc") == (Paragraph(1, 0, 1), Paragraph(2, 2, 4))


@pytest.mark.parametrize("blank", ["", "\n", " \n\t\n", "\u00a0\u3000\n\x0c"])
def test_blank_text_has_no_paragraphs(blank: str) -> None:
    assert find_paragraphs(blank) == ()


def test_offsets_count_code_points_not_utf16_units() -> None:
    text = f"Informan: {SCIENTIST} saya\nPewawancara: baik"
    paragraphs = find_paragraphs(text)
    # "Informan: " (10) + emoji (4) + " saya" (5) = 19; UTF-16 would give 22.
    assert paragraphs[0] == Paragraph(1, 0, 19)
    assert paragraphs[1] == Paragraph(2, 20, 37)
    assert text[paragraphs[0].start : paragraphs[0].end].endswith(f"{SCIENTIST} saya")


def test_offsets_after_combining_accent_is_composed() -> None:
    text = normalise_text("Kafe\u0301 enak\r\nInforman: ya")
    paragraphs = find_paragraphs(text)
    assert paragraphs == (Paragraph(1, 0, 9), Paragraph(2, 10, 22))
    assert text[paragraphs[0].start : paragraphs[0].end] == "Kaf\u00e9 enak"


def test_paragraph_and_turn_are_frozen() -> None:
    paragraph = find_paragraphs("a")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        paragraph.start = 5  # type: ignore[misc]


_LINE_CHARS = st.sampled_from(
    ["a", "Z", " ", "\t", "\u00a0", "\u3000", "\x0c", "\x1c", "\x85", "\u200b", "é", ":"]
    + [SCIENTIST]
)
_LINES = st.lists(st.lists(_LINE_CHARS, max_size=8).map("".join), max_size=12)


@given(_LINES)
def test_paragraph_spans_slice_to_the_non_blank_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    paragraphs = find_paragraphs(text)
    assert _spans(paragraphs, text) == [line for line in lines if line.strip()]
    assert [paragraph.number for paragraph in paragraphs] == list(range(1, len(paragraphs) + 1))
    for paragraph in paragraphs:
        assert paragraph.start == 0 or text[paragraph.start - 1] == "\n"
        assert paragraph.end == len(text) or text[paragraph.end] == "\n"


# --- turns -----------------------------------------------------------------------------------

INTERVIEW = """Transkrip Wawancara Informan 1
Tanggal: 13 Maret 2023

Pewawancara: Selamat pagi, Bu.

Informan: Selamat pagi.
Jadi begini ceritanya.

Catatan: informan tertawa.
Pewawancara: Lalu?


"""


def test_labelled_paragraphs_start_turns_and_the_header_belongs_to_none() -> None:
    turns = find_turns(INTERVIEW)
    assert [(turn.number, turn.speaker, turn.role) for turn in turns] == [
        (1, "Pewawancara", "interviewer"),
        (2, "Informan", "informant"),
        (3, "Pewawancara", "interviewer"),
    ]
    header = "Transkrip Wawancara Informan 1\nTanggal: 13 Maret 2023\n\n"
    assert INTERVIEW[: turns[0].start] == header


def test_unlabelled_paragraphs_continue_the_turn_and_catatan_is_not_a_speaker() -> None:
    turns = find_turns(INTERVIEW)
    assert _spans(turns, INTERVIEW) == [
        "Pewawancara: Selamat pagi, Bu.",
        "Informan: Selamat pagi.\nJadi begini ceritanya.\n\nCatatan: informan tertawa.",
        "Pewawancara: Lalu?",
    ]


def test_turn_ends_at_the_end_of_a_paragraph() -> None:
    text = "P: satu  \n\nI: dua\n \n"
    turns = find_turns(text)
    paragraph_ends = {paragraph.end for paragraph in find_paragraphs(text)}
    assert [turn.end for turn in turns] == [9, 17]
    assert all(turn.end in paragraph_ends for turn in turns)


@pytest.mark.parametrize(
    ("interviewer", "informant"),
    [("Pewawancara", "Informan"), ("P", "I"), ("Q", "A"), ("Peneliti", "Narasumber"),
     ("Interviewer", "Interviewee"), ("pewawancara", "RESPONDEN"), ("q", "R")],
)
def test_label_pairs_give_roles(interviewer: str, informant: str) -> None:
    text = f"{interviewer}: Apa kabar?\n{informant}: Baik.\n"
    turns = find_turns(text)
    assert [(turn.speaker, turn.role) for turn in turns] == [
        (interviewer, "interviewer"),
        (informant, "informant"),
    ]
    assert _spans(turns, text) == [f"{interviewer}: Apa kabar?", f"{informant}: Baik."]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Informan 3: iya", "Informan 3"),
        ("Informan3: iya", "Informan3"),
        ("I 2 : iya", "I 2"),
        ("   Informan: iya", "Informan"),
        ("\tP: iya", "P"),
        ("Informan\uff1a iya", "Informan"),
        ("\u3000P\uff1aiya", "P"),
        ("Narasumber : iya", "Narasumber"),
    ],
)
def test_label_variants(line: str, speaker: str) -> None:
    turns = find_turns(f"Kepala\n{line}\n")
    assert len(turns) == 1
    assert turns[0].speaker == speaker
    assert turns[0].start == len("Kepala\n")


@pytest.mark.parametrize(
    "line",
    [
        "Catatan: bukan pembicara",
        "Tanggal: 13 Maret 2023",
        "Ibu: bukan label",
        "Pak Budi: bukan label",
        "Apa: bukan label",
        "Informan tanpa titik dua",
        "kata Informan: di tengah baris",
        "PI: dua huruf",
        "Informan 3 4: dua angka",
        "\u0131: dotless i is not I",
    ],
)
def test_not_a_speaker_label(line: str) -> None:
    assert find_turns(f"{line}\n") == ()


def test_text_without_labels_has_no_turns() -> None:
    assert find_turns("Observasi kantor.\nPegawai datang pukul 08.00.\n") == ()


def test_turn_offsets_count_code_points() -> None:
    text = normalise_text(f"Informan: {SCIENTIST} dan kafe\u0301\r\nPewawancara: oke")
    turns = find_turns(text)
    # 10 + 4 (emoji) + 9 (" dan kafé", composed) = 23; CRLF became one "\n".
    assert [(turn.start, turn.end) for turn in turns] == [(0, 23), (24, 40)]
    assert text[turns[1].start : turns[1].end] == "Pewawancara: oke"


# An independent oracle: string methods instead of the module's regular expression.
def _reference_turns(text: str) -> list[tuple[str, str, int, int]]:
    turns: list[list[object]] = []
    for paragraph in find_paragraphs(text):
        line = text[paragraph.start : paragraph.end]
        speaker = _reference_speaker(line)
        if speaker is not None:
            label = speaker.rstrip("0123456789").rstrip()
            turns.append([speaker, SPEAKER_ROLES[label.lower()], paragraph.start, paragraph.end])
        elif turns:
            turns[-1][3] = paragraph.end
    return [tuple(turn) for turn in turns]  # type: ignore[misc]


def _reference_speaker(line: str) -> str | None:
    colons = [index for index in (line.find(":"), line.find("\uff1a")) if index >= 0]
    if not colons:
        return None
    speaker = line[: min(colons)].strip()
    label = speaker.rstrip("0123456789").rstrip()
    if label.isascii() and label.lower() in SPEAKER_ROLES:
        return speaker
    return None


_LABELS = st.sampled_from(sorted(SPEAKER_ROLES)).flatmap(
    lambda label: st.sampled_from([label, label.upper(), label.capitalize()])
)
_LABELLED = st.builds(
    lambda indent, label, number, gap, colon, rest: f"{indent}{label}{number}{gap}{colon}{rest}",
    st.sampled_from(["", " ", "\t", "\u3000"]),
    _LABELS,
    st.sampled_from(["", " 2", "3", " 12"]),
    st.sampled_from(["", " "]),
    st.sampled_from([":", "\uff1a"]),
    st.sampled_from(["", " iya", " Catatan: x", f" {SCIENTIST}"]),
)
_OTHER = st.sampled_from(
    ["", "  ", "Catatan: x", "Tanggal: 1", "teks biasa", "Ibu: x", "x P: y", "Informan", "é:"]
)


@given(st.lists(st.one_of(_LABELLED, _OTHER), max_size=15))
def test_turns_match_a_line_by_line_reference(lines: list[str]) -> None:
    text = "\n".join(lines)
    turns = find_turns(text)
    expected = _reference_turns(text)
    assert [(turn.speaker, turn.role, turn.start, turn.end) for turn in turns] == expected
    assert [turn.number for turn in turns] == list(range(1, len(turns) + 1))
