"""Reading order of a PDF page from its text runs: columns, lines, paragraphs, hyphens."""

from __future__ import annotations

from app.io.pdf_layout import Run, find_gutter, join_lines, paragraphs, reading_order


def _column(x0: float, x1: float, texts: list[str], top: float = 100.0,
            gap_after: frozenset[int] = frozenset()) -> list[Run]:
    runs, y = [], top
    for index, text in enumerate(texts):
        runs.append(Run(x0=x0, top=y, x1=x1, bottom=y + 10, text=text))
        y += 12 + (20 if index in gap_after else 0)
    return runs


def test_hyphen_at_a_line_end_is_joined() -> None:
    assert join_lines("pelak-", "sanaan program") == "pelaksanaan program"
    assert join_lines("pelak\u00ad", "sanaan") == "pelaksanaan"


def test_reduplication_keeps_its_hyphen() -> None:
    assert join_lines("para anak-", "anak bermain") == "para anak-anak bermain"
    assert join_lines("kegiatan sehari-", "hari") == "kegiatan sehari-hari"


def test_a_hyphen_before_a_capital_or_a_digit_stays() -> None:
    assert join_lines("Renstra 2021-", "2026") == "Renstra 2021- 2026"
    assert join_lines("pra-", "Musrenbang") == "pra- Musrenbang"


def test_two_columns_are_read_left_then_right() -> None:
    left = _column(50, 280, ["Kiri satu", "kiri dua", "kiri tiga", "kiri empat."])
    right = _column(320, 550, ["Kanan satu", "kanan dua", "kanan tiga", "kanan empat."])
    runs = [run for pair in zip(left, right) for run in pair]
    assert find_gutter(runs, 600) is not None
    assert paragraphs(reading_order(runs, 600)) == [
        "Kiri satu kiri dua kiri tiga kiri empat.",
        "Kanan satu kanan dua kanan tiga kanan empat."]


def test_a_paragraph_runs_on_into_the_next_column() -> None:
    left = _column(50, 280, ["Kiri satu", "kiri dua", "kiri tiga", "kiri empat"])
    right = _column(320, 550, ["sambungan satu", "kanan dua.", "kanan tiga", "kanan empat."])
    assert paragraphs(reading_order(left + right, 600)) == [
        "Kiri satu kiri dua kiri tiga kiri empat sambungan satu kanan dua. kanan tiga "
        "kanan empat."]


def test_one_column_with_a_short_line_is_not_split() -> None:
    runs = _column(50, 550, ["baris panjang satu", "baris panjang dua", "baris tiga",
                             "baris empat", "baris lima", "baris enam"])
    assert find_gutter(runs, 600) is None


def test_a_title_over_both_columns_comes_first() -> None:
    title = [Run(x0=100, top=60, x1=500, bottom=75, text="Bab II Gambaran Pelayanan")]
    left = _column(50, 280, ["Kiri satu", "kiri dua", "kiri tiga."])
    right = _column(320, 550, ["Kanan satu", "kanan dua", "kanan tiga."])
    found = paragraphs(reading_order(right + title + left, 600))
    assert found == ["Bab II Gambaran Pelayanan", "Kiri satu kiri dua kiri tiga.",
                     "Kanan satu kanan dua kanan tiga."]


def test_a_wider_gap_starts_a_paragraph() -> None:
    runs = _column(50, 550, ["satu", "dua", "tiga", "empat"], gap_after=frozenset({1}))
    assert paragraphs(reading_order(runs, 600)) == ["satu dua", "tiga empat"]


def test_a_heading_in_larger_type_is_its_own_paragraph() -> None:
    heading = [Run(x0=50, top=90, x1=300, bottom=104, text="Bab II Sasaran")]
    body = _column(50, 550, ["Sasaran pertama adalah", "meningkatnya jumlah usaha."],
                   top=109)
    assert paragraphs(reading_order(heading + body, 600)) == [
        "Bab II Sasaran", "Sasaran pertama adalah meningkatnya jumlah usaha."]
