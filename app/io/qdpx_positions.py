"""Selection positions in a REFI-QDA source file, mapped onto Telaah's normalised text.

REFI-QDA says that ``startPosition``/``endPosition`` count Unicode code points of the
source's plain text. Not every program does: NVivo for Windows counts UTF-16 code units
with every line break as two (CR LF), whether or not the file it wrote holds CR LF; other
programs count a stored CR LF as one. Telaah's text is normalised (no BOM, ``\\n`` line
ends, NFC), so positions must be mapped even when they follow the standard.

A :class:`PositionScheme` names one way of counting: a unit (code points or UTF-16 units)
and how wide a line break is (as stored in the file, or always 1, or always 2).
:class:`SourceTextMap` holds a file's text once and maps positions of any scheme to the
normalised text and back. Only the places where counts differ (line breaks, characters
outside the Basic Multilingual Plane, clusters that NFC changes) are stored, so a
transcript of any length maps in O(log n) per position.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from app.io.text_normalise import normalise_text

CODE_POINTS = "code points"
UTF16_UNITS = "utf-16 units"


@dataclass(frozen=True)
class PositionScheme:
    """How a program counted positions: ``line_break_width`` None means "as stored"."""

    unit: str
    line_break_width: int | None = None

    @property
    def label(self) -> str:
        breaks = "as stored" if self.line_break_width is None else str(self.line_break_width)
        return f"{self.unit}, line breaks {breaks}"


# The standard, read literally: code points of the file's text as written.
STANDARD = PositionScheme(CODE_POINTS)
# NVivo for Windows: UTF-16 code units, every line break counted as CR LF.
NVIVO_WINDOWS = PositionScheme(UTF16_UNITS, 2)
ALL_SCHEMES: tuple[PositionScheme, ...] = (
    STANDARD,
    PositionScheme(CODE_POINTS, 1),
    PositionScheme(CODE_POINTS, 2),
    PositionScheme(UTF16_UNITS),
    PositionScheme(UTF16_UNITS, 1),
    NVIVO_WINDOWS,
)

_LINE_BREAKS = frozenset({"\r\n", "\r", "\n", "\u2028", "\u2029"})
# Places where the schemes or the normalised text can disagree, when the text is in NFC.
_SPECIAL = re.compile("\r\n|[\r\n\u2028\u2029]|[\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class _Piece:
    """A stretch of the file text whose width differs between counts."""

    raw: str
    normalised: str


@dataclass
class _Boundaries:
    """Start and end of every piece, in one way of counting, plus the total length."""

    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    total: int = 0


class SourceTextMap:
    """The normalised text of one source file and position maps into it."""

    def __init__(self, file_text: str) -> None:
        raw = file_text.lstrip("\ufeff")
        pieces, gaps = _pieces(raw)
        self.text = "".join(_interleave(raw, pieces, gaps))
        expected = normalise_text(raw)
        if self.text != expected:  # an NFC subtlety the piecewise pass got wrong
            self.text = expected
        self._pieces = pieces
        self._gaps = gaps
        self._normalised = self._boundaries(lambda piece: len(piece.normalised))
        self._schemes: dict[PositionScheme, _Boundaries] = {}
        self._piece_kinds = {piece.raw for piece in pieces}

    @property
    def has_line_breaks(self) -> bool:
        return any(piece.raw in _LINE_BREAKS for piece in self._pieces)

    def length(self, scheme: PositionScheme) -> int:
        """The text's length counted the way ``scheme`` counts."""
        return self._scheme(scheme).total

    def to_normalised(self, position: int, scheme: PositionScheme, *, end: bool) -> int:
        """``position`` (counted by ``scheme``) as a code point offset in :attr:`text`.

        A position inside a piece (between CR and LF, inside a surrogate pair) moves to
        the piece's start, or to its end when ``end`` is true, so a selection never loses
        a character it began in. Positions beyond the text map beyond it as well, so the
        caller can tell that they do not fit.
        """
        return _convert(position, self._scheme(scheme), self._normalised, end=end)

    def spans_to_normalised(
        self, spans: Iterable[tuple[int, int]], scheme: PositionScheme
    ) -> list[tuple[int, int] | None]:
        """Each ``(start, end)`` counted by ``scheme`` mapped as :meth:`to_normalised` maps
        its ends; None for a span that is empty or reversed, or that leaves the text."""
        origin, target = self._scheme(scheme), self._normalised
        total, length = origin.total, len(self.text)
        mapped: list[tuple[int, int] | None] = []
        for start, end in spans:
            if start < 0 or end > total or end <= start:
                mapped.append(None)
                continue
            start = _convert(start, origin, target, end=False)
            end = _convert(end, origin, target, end=True)
            mapped.append((start, end) if 0 <= start < end <= length else None)
        return mapped

    def counts_alike(self, scheme: PositionScheme, other: PositionScheme) -> bool:
        """True when both schemes count every position of this text the same way (they
        differ only on pieces this text lacks, e.g. CR LF or characters beyond the BMP)."""
        return all(_width(raw, scheme) == _width(raw, other) for raw in self._piece_kinds)

    def from_normalised(self, position: int, scheme: PositionScheme, *, end: bool) -> int:
        """The inverse of :meth:`to_normalised`: a code point offset counted by ``scheme``."""
        return _convert(position, self._normalised, self._scheme(scheme), end=end)

    def _scheme(self, scheme: PositionScheme) -> _Boundaries:
        if scheme not in self._schemes:
            self._schemes[scheme] = self._boundaries(lambda piece: _width(piece.raw, scheme))
        return self._schemes[scheme]

    def _boundaries(self, width: Callable[[_Piece], int]) -> _Boundaries:
        boundaries = _Boundaries()
        offset = 0
        for gap, piece in zip(self._gaps, self._pieces):
            offset += gap
            boundaries.starts.append(offset)
            offset += width(piece)
            boundaries.ends.append(offset)
        boundaries.total = offset + self._gaps[-1]
        return boundaries


def _convert(position: int, origin: _Boundaries, target: _Boundaries, *, end: bool) -> int:
    index = bisect.bisect_right(origin.starts, position) - 1
    if index < 0:
        return position
    if position >= origin.ends[index]:
        return target.ends[index] + (position - origin.ends[index])
    if position == origin.starts[index] or not end:
        return target.starts[index]
    return target.ends[index]


def _width(raw: str, scheme: PositionScheme) -> int:
    if raw in _LINE_BREAKS and scheme.line_break_width is not None:
        return scheme.line_break_width
    if scheme.unit == UTF16_UNITS:
        return len(raw.encode("utf-16-le")) // 2
    return len(raw)


def _pieces(raw: str) -> tuple[list[_Piece], list[int]]:
    """The special pieces of ``raw`` and the plain stretches before, between and after.

    ``gaps`` has one more element than the pieces: plain characters before each piece and
    after the last one. Plain characters count 1 in every scheme and in the normalised text.
    """
    if unicodedata.is_normalized("NFC", raw):
        return _pieces_of_normalised(raw)
    return _pieces_of_decomposed(raw)


def _pieces_of_normalised(raw: str) -> tuple[list[_Piece], list[int]]:
    pieces: list[_Piece] = []
    gaps: list[int] = []
    previous_end = 0
    known: dict[str, _Piece] = {}  # one piece per distinct text (they are immutable)
    for match in _SPECIAL.finditer(raw):
        gaps.append(match.start() - previous_end)
        text = match.group()
        piece = known.get(text)
        if piece is None:
            piece = known[text] = _Piece(text, "\n" if text in _LINE_BREAKS else text)
        pieces.append(piece)
        previous_end = match.end()
    gaps.append(len(raw) - previous_end)
    return pieces, gaps


def _pieces_of_decomposed(raw: str) -> tuple[list[_Piece], list[int]]:
    """Slow path for text that NFC changes: every cluster becomes its own piece."""
    clusters: list[str] = []
    index = 0
    while index < len(raw):
        if raw.startswith("\r\n", index):
            clusters.append("\r\n")
            index += 2
            continue
        char = raw[index]
        if clusters and char not in _LINE_BREAKS and _continues(clusters[-1], char):
            clusters[-1] += char
        else:
            clusters.append(char)
        index += 1
    pieces: list[_Piece] = []
    gaps: list[int] = [0]
    for cluster in clusters:
        normalised = "\n" if cluster in _LINE_BREAKS else unicodedata.normalize("NFC", cluster)
        if normalised == cluster and not _SPECIAL.fullmatch(cluster):
            gaps[-1] += len(cluster)
            continue
        pieces.append(_Piece(cluster, normalised))
        gaps.append(0)
    return pieces, gaps


def _continues(cluster: str, char: str) -> bool:
    """True when ``char`` may combine with the end of ``cluster`` under NFC."""
    if cluster in _LINE_BREAKS:
        return False
    if unicodedata.combining(char):
        return True
    last = cluster[-1]
    return unicodedata.normalize("NFC", last + char) != unicodedata.normalize("NFC", last) + char


def _interleave(raw: str, pieces: list[_Piece], gaps: list[int]) -> list[str]:
    parts: list[str] = []
    offset = 0
    for gap, piece in zip(gaps, pieces):
        parts.append(raw[offset : offset + gap])
        parts.append(piece.normalised)
        offset += gap + len(piece.raw)
    parts.append(raw[offset:])
    return parts
