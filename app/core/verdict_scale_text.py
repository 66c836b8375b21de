"""A code group's verdict scale as one line of text, the way the code dialog edits it
("baik | cukup baik | kurang", best first) and the codebook file writes it."""

from __future__ import annotations

from app.analysis.verdict_scales import scale_for
from app.io.code_description import SCALE_SEPARATOR, scale_from_text


def scale_text(scale: tuple[str, ...] | list[str]) -> str:
    """``("baik", "cukup baik")`` → ``"baik | cukup baik"``."""
    return SCALE_SEPARATOR.join(scale)


def default_scale_text(group: str) -> str:
    """The scale a group of codes gets when its top-level code sets none of its own."""
    return SCALE_SEPARATOR.join(scale_for(group, None))


def scale_of_text(text: str) -> tuple[str, ...]:
    """The words of a scale typed as one line, best first (empty ones dropped)."""
    return scale_from_text(text)
