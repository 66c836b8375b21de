"""Text on a rendered PDF page found in the source text and back, blanks and hyphens aside."""

from __future__ import annotations

from app.core.page_match import find_loosely

PAGE = "Program pelaksanaan pelatihan\nusaha mikro dan anak-anak sekolah."


def test_a_selection_with_line_breaks_and_a_hyphen_is_found() -> None:
    selection = "pelak-\r\nsanaan pelatihan usaha"
    start, end = find_loosely(PAGE, selection) or (0, 0)
    assert PAGE[start:end] == "pelaksanaan pelatihan\nusaha"


def test_case_and_blanks_do_not_matter_but_letters_do() -> None:
    assert find_loosely(PAGE, "USAHA  MIKRO") is not None
    assert find_loosely(PAGE, "usaha makro") is None
    assert find_loosely(PAGE, "  ") is None


def test_the_match_nearest_to_a_hint_wins() -> None:
    text = "kinerja baik. kinerja baik. kinerja baik."
    assert find_loosely(text, "kinerja baik", near=20) == (14, 26)
    assert find_loosely(text, "kinerja baik") == (0, 12)
