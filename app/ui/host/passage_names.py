"""How the coding view names a passage to a person: its turn (or paragraph) and first words,
never code-point offsets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.segments import SegmentView
from app.ui.host.analysis_segments import place_label

CONTEXT = "PassageNames"
FEW_WORDS = 6
WORD_CHARS = 60

Place = tuple[int | None, bool]  # (turn or paragraph number, True for a paragraph)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def few_words(text: str, words: int = FEW_WORDS) -> str:
    """The first ``words`` words of ``text`` on one line, quoted, with … when cut."""
    flat = text.split()
    shown = " ".join(flat[:words])
    cut = len(flat) > words
    if len(shown) > WORD_CHARS:
        shown, cut = shown[: WORD_CHARS - 1].rstrip(), True
    return f"“{shown}{'…' if cut else ''}”"


def passage_name(place: Place | None, text: str) -> str:
    """"turn 4, “Kualitas kerja pegawai sudah baik, tetapi…”" (the place only when known)."""
    where = place_label(*place) if place is not None else ""
    words = few_words(text)
    return _tr("{place}, {words}").format(place=where, words=words) if where else words


def segment_name(segment: SegmentView, place: Place | None) -> str:
    """A segment in a list: its code, its coder, then where it is and how it begins."""
    return _tr("{code} ({coder}) — {passage}").format(
        code=segment.code, coder=segment.coder, passage=passage_name(place, segment.text))
