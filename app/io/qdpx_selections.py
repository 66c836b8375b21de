"""Decide how a .qdpx counted its selection positions, and place selections in the text.

The ``origin`` attribute gives the first guess (NVivo for Windows counts UTF-16 units with
line breaks as two, everyone else should count code points). The guess is then checked
against the text: many programs name a selection after the text it covers (ATLAS.ti does,
cutting long ones with "…"), so the scheme under which most names equal their text wins,
and a scheme that puts any selection outside its text is never chosen.

When names are the coded texts (at least half of them match), a selection whose text still
differs from its name is moved to the nearest place where the name's words occur, so the
imported segment holds what the other program showed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from app.io.qdpx_positions import (
    ALL_SCHEMES,
    NVIVO_WINDOWS,
    STANDARD,
    PositionScheme,
    SourceTextMap,
)

_ELLIPSES = ("…", "...")
_MIN_NAME_CHARS = 3
_SNAP_SHARE = 0.5


@dataclass(frozen=True)
class RawSelection:
    """A selection as written in the file: positions in the file's own counting."""

    key: int
    name: str
    start: int
    end: int


@dataclass(frozen=True)
class PlacedSelection:
    key: int
    start: int
    end: int
    snapped: bool = False


@dataclass(frozen=True)
class SchemeChoice:
    scheme: PositionScheme
    named: int  # selections whose name could be their text
    matching: int  # of those, how many equal their text under the scheme
    # (source index, selection) of the first selection that does not fit its text, when no
    # scheme fits them all.
    misfit: tuple[int, RawSelection] | None = None


def default_scheme(origin: str) -> PositionScheme:
    return NVIVO_WINDOWS if "nvivo" in origin.casefold() else STANDARD


def choose_scheme(
    origin: str, sources: Sequence[tuple[SourceTextMap, Sequence[RawSelection]]]
) -> SchemeChoice:
    """The scheme that fits every selection and matches the most names (on a tie, the
    one tried first: the origin's own).

    Work whose outcome is already known is skipped: a scheme that counts every position
    of this file as an earlier one does (most files have no CR LF and no character beyond
    the BMP) would give the same spans, and a trial stops once it can no longer match more
    names than the best so far."""
    preferred = default_scheme(origin)
    candidates = [preferred, *(scheme for scheme in ALL_SCHEMES if scheme != preferred)]
    names = [[_name_text(selection.name) for selection in selections]
             for _text_map, selections in sources]
    named = sum(name is not None for row in names for name in row)
    best: SchemeChoice | None = None
    first_misfit: tuple[int, RawSelection] | None = None
    tried: list[PositionScheme] = []
    for scheme in candidates:
        if any(all(text_map.counts_alike(scheme, earlier) for text_map, _s in sources)
               for earlier in tried):
            continue
        tried.append(scheme)
        to_beat = None if best is None else best.matching
        if to_beat is not None and named <= to_beat:
            break  # no scheme can match more names than the best already does
        outcome = _trial(sources, names, scheme, named, to_beat)
        if isinstance(outcome, tuple):
            first_misfit = first_misfit or outcome
        elif outcome is not None:
            best = SchemeChoice(scheme, named, outcome)
    if best is None:
        return SchemeChoice(preferred, 0, 0, misfit=first_misfit)
    return best


def _trial(
    sources: Sequence[tuple[SourceTextMap, Sequence[RawSelection]]],
    names: list[list[tuple[str, bool] | None]], scheme: PositionScheme, named: int,
    to_beat: int | None,
) -> int | tuple[int, RawSelection] | None:
    """How many names equal their text under ``scheme``; the first selection that does
    not fit its text as (source index, selection); None as soon as the names left cannot
    take the count above ``to_beat``."""
    matching = 0
    left = named
    for index, ((text_map, selections), row) in enumerate(zip(sources, names, strict=True)):
        spans = text_map.spans_to_normalised(
            ((selection.start, selection.end) for selection in selections), scheme)
        text = text_map.text
        for selection, span, name in zip(selections, spans, row, strict=True):
            if span is None:
                return index, selection
            if name is None:
                continue
            left -= 1
            if _matches(text[span[0] : span[1]], name):
                matching += 1
            elif to_beat is not None and matching + left <= to_beat:
                return None
    return matching


def fewest_misfits(
    sources: Sequence[tuple[SourceTextMap, Sequence[RawSelection]]]
) -> list[tuple[int, RawSelection]]:
    """The selections outside their text under the scheme that fits the most of them,
    as (source index, selection)."""
    fewest: list[tuple[int, RawSelection]] | None = None
    for scheme in ALL_SCHEMES:
        misfits = [
            (index, selection)
            for index, (text_map, selections) in enumerate(sources)
            for selection in selections
            if _span(text_map, selection, scheme) is None
        ]
        if fewest is None or len(misfits) < len(fewest):
            fewest = misfits
    return fewest or []


def place_selections(
    text_map: SourceTextMap, selections: Sequence[RawSelection], choice: SchemeChoice
) -> list[PlacedSelection]:
    """Every selection in code points of the normalised text (the choice fits them all)."""
    snap = choice.named > 0 and choice.matching >= _SNAP_SHARE * choice.named
    placed: list[PlacedSelection] = []
    spans = text_map.spans_to_normalised(
        ((selection.start, selection.end) for selection in selections), choice.scheme)
    for selection, span in zip(selections, spans, strict=True):
        assert span is not None, "choose_scheme only returns schemes that fit"
        start, end = span
        name = _name_text(selection.name) if snap else None
        snapped = False
        if (
            name is not None
            and not name[1]
            and _similar_length(len(name[0]), end - start)
            and not _matches(text_map.text[start:end], name)
        ):
            found = _nearest_occurrence(text_map.text, selection.name, start)
            if found is not None:
                (start, end), snapped = found, True
        placed.append(PlacedSelection(selection.key, start, end, snapped))
    return placed


def _span(
    text_map: SourceTextMap, selection: RawSelection, scheme: PositionScheme
) -> tuple[int, int] | None:
    if selection.start < 0 or selection.end > text_map.length(scheme):
        return None
    if selection.end <= selection.start:
        return None
    start = text_map.to_normalised(selection.start, scheme, end=False)
    end = text_map.to_normalised(selection.end, scheme, end=True)
    return (start, end) if 0 <= start < end <= len(text_map.text) else None


def _name_text(name: str) -> tuple[str, bool] | None:
    """The name with its whitespace collapsed and whether it was cut short ("…")."""
    text = " ".join(unicodedata.normalize("NFC", name).split())
    truncated = text.endswith(_ELLIPSES)
    if truncated:
        text = text.rstrip(".…").rstrip()
    if len(text) < _MIN_NAME_CHARS:
        return None
    return text, truncated


def _matches(covered: str, name: tuple[str, bool]) -> bool:
    text, truncated = name
    covered = " ".join(covered.split())
    return covered.startswith(text) if truncated else covered == text


def _similar_length(name_length: int, span_length: int) -> bool:
    """A name can be the text it names only if it is about as long (a label is shorter)."""
    return abs(name_length - span_length) <= max(3, span_length // 5)


def _nearest_occurrence(text: str, name: str, near: int) -> tuple[int, int] | None:
    words = unicodedata.normalize("NFC", name).split()
    if not words or name.rstrip().endswith(_ELLIPSES):
        return None
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
    best: tuple[int, int] | None = None
    for match in pattern.finditer(text):
        if best is None or abs(match.start() - near) < abs(best[0] - near):
            best = (match.start(), match.end())
    return best
