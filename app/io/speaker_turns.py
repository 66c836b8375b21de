"""Paragraphs and speaker turns of a normalised transcript.

Both functions take text already passed through :func:`app.io.text_normalise.normalise_text`
and return spans as ``[start, end)`` in code points of that text.

A *paragraph* is one non-blank line (a line holding at least one non-whitespace
character), without its ``\\n``. A *turn* starts at a paragraph that begins with a speaker
label and a colon, for example ``Pewawancara:``, ``Informan 3:`` or ``P：``, and runs to
the end of the last paragraph before the next labelled paragraph. Paragraphs before the
first label (a transcript's header) belong to no turn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

INTERVIEWER = "interviewer"
INFORMANT = "informant"

# Lower-case label → role. Labels match case-insensitively (ASCII case folding only).
SPEAKER_ROLES: dict[str, str] = {
    "pewawancara": INTERVIEWER,
    "peneliti": INTERVIEWER,
    "interviewer": INTERVIEWER,
    "p": INTERVIEWER,
    "q": INTERVIEWER,
    "informan": INFORMANT,
    "narasumber": INFORMANT,
    "responden": INFORMANT,
    "interviewee": INFORMANT,
    "i": INFORMANT,
    "a": INFORMANT,
    "r": INFORMANT,
}

# One non-blank line. Anchored at a line start so a blank line costs linear time.
_PARAGRAPH = re.compile(r"^[^\S\n]*\S[^\n]*", re.MULTILINE)

# A line that opens with a speaker label: optional horizontal whitespace, the label,
# an optional number ("Informan 3"), optional whitespace, then an ASCII or full-width colon.
# Longer labels come first so that "Interviewer" is not read as "I" + junk.
_LABELS = "|".join(sorted(SPEAKER_ROLES, key=len, reverse=True))
_SPEAKER_LINE = re.compile(
    rf"^[^\S\n]*(?P<speaker>(?P<label>(?ai:{_LABELS}))(?:[^\S\n]*[0-9]+)?)[^\S\n]*[:\uff1a]",
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One non-blank line; ``number`` counts from 1."""

    number: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker's contribution: a labelled paragraph and the unlabelled ones after it.

    ``speaker`` is the label as written, with its number if any ("Informan 3");
    ``role`` is ``"interviewer"``, ``"informant"`` or ``None``.
    """

    number: int
    speaker: str
    role: str | None
    start: int
    end: int


def find_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Every non-blank line of ``text`` as a paragraph, numbered from 1."""
    return tuple(
        Paragraph(number, match.start(), match.end())
        for number, match in enumerate(_PARAGRAPH.finditer(text), start=1)
    )


def find_turns(text: str) -> tuple[Turn, ...]:
    """The speaker turns of ``text``; empty when no paragraph carries a speaker label."""
    matches = list(_SPEAKER_LINE.finditer(text))
    turns: list[Turn] = []
    for index, match in enumerate(matches):
        start = match.start()
        limit = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        label = match.group("label").lower()
        turns.append(
            Turn(
                number=index + 1,
                speaker=match.group("speaker"),
                role=SPEAKER_ROLES.get(label),
                start=start,
                end=_end_of_last_paragraph(text, start, limit),
            )
        )
    return tuple(turns)


def _end_of_last_paragraph(text: str, start: int, limit: int) -> int:
    """End of the last non-blank line in ``text[start:limit]``.

    ``start`` is the beginning of a non-blank line and ``limit`` is a line start or the
    end of the text, so the result is a paragraph end: the next ``\\n`` after the last
    non-whitespace character, or ``limit``.
    """
    last_visible = start + len(text[start:limit].rstrip())
    line_end = text.find("\n", last_visible, limit)
    return limit if line_end == -1 else line_end
