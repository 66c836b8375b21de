"""A group's verdict scale as the code dialog shows and reads it."""

from __future__ import annotations

from app.core.verdict_scale_text import default_scale_text, scale_of_text, scale_text


def test_a_scale_reads_back_from_its_text() -> None:
    scale = ("baik", "cukup baik", "kurang baik")
    assert scale_of_text(scale_text(scale)) == scale
    assert scale_of_text("  baik |  | cukup   baik|kurang ") == ("baik", "cukup baik", "kurang")


def test_groups_without_a_scale_of_their_own_get_their_default() -> None:
    performance = default_scale_text("performance")
    assert " | " in performance
    assert scale_of_text(performance)[0] != scale_of_text(performance)[-1]
