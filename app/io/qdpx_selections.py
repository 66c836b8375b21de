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
    """The scheme that fits every selection and matches the most names."""
    preferred = default_scheme(origin)
    candidates = [preferred, *(scheme for scheme in ALL_SCHEMES if scheme != preferred)]
    best: SchemeChoice | None = None
    first_misfit: tuple[int, RawSelection] | None = None
    for scheme in candidates:
        named = matching = 0
        misfit = None
        for index, (text_map, selections) in enumerate(sources):
            for selection in selections:
                span = _span(text_map, selection, scheme)
                if span is None:
                    misfit = (index, selection)
                    break
                name = _name_text(selection.name)
                if name is None:
                    continue
                named += 1
                matching += _matches(text_map.text[span[0] : span[1]], name)
            if misfit:
                break
        if misfit is not None:
            first_misfit = first_misfit or misfit
            continue
        if best is None or matching > best.matching:
            best = SchemeChoice(scheme, named, matching)
    if best is None:
        return SchemeChoice(preferred, 0, 0, misfit=first_misfit)
    return best


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
    for selection in selections:
        span = _span(text_map, selection, choice.scheme)
        assert span is not None, "choose_scheme only returns schemes that fit"
        start, end = span
        name = _name_text(selection.name)
        snapped = False
        if (
            snap
            and name is not None
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
