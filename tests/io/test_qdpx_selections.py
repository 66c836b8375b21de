"""Choosing a file's position scheme: the shortcuts (schemes that count a file alike are
tried once, a trial stops when it cannot win) choose exactly what trying every scheme on
every selection chooses."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from app.io.qdpx_positions import (
    ALL_SCHEMES,
    NVIVO_WINDOWS,
    STANDARD,
    PositionScheme,
    SourceTextMap,
)
from app.io.qdpx_selections import RawSelection, choose_scheme, place_selections

PIECES = st.sampled_from(
    ["a", "b", "kata ", " ", "\n", "\r\n", "\r", "😀", "e\u0301", "é", "\u2028", "x y"]
)
TEXTS = st.lists(PIECES, max_size=30).map("".join)
# Texts that every scheme counts alike, to mix with those they count differently.
PLAIN_TEXTS = st.lists(st.sampled_from(["a", "kata ", " ", "é"]), max_size=20).map("".join)
ORIGINS = st.sampled_from(["Telaah 1.0", "NVivo 14 (Windows)", "ATLAS.ti 23"])


def _name(name: str) -> tuple[str, bool] | None:
    text = " ".join(unicodedata.normalize("NFC", name).split())
    cut = text.endswith(("…", "..."))
    if cut:
        text = text.rstrip(".…").rstrip()
    return None if len(text) < 3 else (text, cut)


def _span(text_map: SourceTextMap, selection: RawSelection,
          scheme: PositionScheme) -> tuple[int, int] | None:
    if selection.start < 0 or selection.end > text_map.length(scheme) \
            or selection.end <= selection.start:
        return None
    start = text_map.to_normalised(selection.start, scheme, end=False)
    end = text_map.to_normalised(selection.end, scheme, end=True)
    return (start, end) if 0 <= start < end <= len(text_map.text) else None


def _reference(origin: str, sources: list[tuple[SourceTextMap, list[RawSelection]]]
               ) -> tuple[PositionScheme, int, int, tuple[int, int] | None]:
    """Every scheme over every selection, the longest way round."""
    preferred = NVIVO_WINDOWS if "nvivo" in origin.casefold() else STANDARD
    best: tuple[PositionScheme, int, int] | None = None
    first_misfit: tuple[int, int] | None = None
    for scheme in [preferred, *(s for s in ALL_SCHEMES if s != preferred)]:
        named = matching = 0
        misfit = None
        for index, (text_map, selections) in enumerate(sources):
            for selection in selections:
                span = _span(text_map, selection, scheme)
                if span is None:
                    misfit = misfit or (index, selection.key)
                    continue
                name = _name(selection.name)
                if name is not None:
                    named += 1
                    covered = " ".join(text_map.text[span[0]:span[1]].split())
                    matching += covered.startswith(name[0]) if name[1] else covered == name[0]
        if misfit is not None:
            first_misfit = first_misfit or misfit
        elif best is None or matching > best[2]:
            best = (scheme, named, matching)
    if best is None:
        return preferred, 0, 0, first_misfit
    return (*best, None)


@st.composite
def files(draw: st.DrawFn) -> tuple[str, list[tuple[SourceTextMap, list[RawSelection]]]]:
    sources = []
    written_by = draw(st.sampled_from(ALL_SCHEMES))  # how the "program" counted
    for _ in range(draw(st.integers(1, 3))):
        text_map = SourceTextMap(draw(st.one_of(TEXTS, PLAIN_TEXTS)))
        length = text_map.length(written_by)
        selections = []
        for key in range(draw(st.integers(0, 8))):
            start = draw(st.integers(-1, length + 1))
            end = draw(st.integers(-1, length + 2))
            if draw(st.integers(0, 3)):  # mostly in order; sometimes reversed or empty
                start, end = sorted((start, end))
            name = draw(st.sampled_from(["", "kata", "Label", "a b", "TEXT", "TEXT", "TEXT",
                                         "TEXT…"]))
            if name.startswith("TEXT") and 0 <= start < end <= length:
                covered = text_map.text[text_map.to_normalised(start, written_by, end=False):
                                        text_map.to_normalised(end, written_by, end=True)]
                name = covered + name[4:]
            selections.append(RawSelection(key, name, start, end))
        sources.append((text_map, selections))
    return draw(ORIGINS), sources


@settings(max_examples=1500, deadline=None)
@given(files())
def test_the_choice_is_the_one_every_scheme_tried_in_full_gives(
    file: tuple[str, list[tuple[SourceTextMap, list[RawSelection]]]],
) -> None:
    origin, sources = file
    choice = choose_scheme(origin, sources)
    scheme, named, matching, misfit = _reference(origin, sources)
    found = None if choice.misfit is None else (choice.misfit[0], choice.misfit[1].key)
    assert (choice.scheme, choice.named, choice.matching, found) == (
        scheme, named, matching, misfit)
    if misfit is None:
        for text_map, selections in sources:
            placed = place_selections(text_map, selections, choice)
            for selection, place in zip(selections, placed, strict=True):
                if not place.snapped:
                    assert (place.start, place.end) == _span(text_map, selection, scheme)


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.sampled_from(ALL_SCHEMES), st.sampled_from(ALL_SCHEMES))
def test_schemes_that_count_alike_map_every_position_alike(
    text: str, scheme: PositionScheme, other: PositionScheme
) -> None:
    text_map = SourceTextMap(text)
    same = text_map.length(scheme) == text_map.length(other) and all(
        text_map.to_normalised(position, scheme, end=end)
        == text_map.to_normalised(position, other, end=end)
        for position in range(text_map.length(scheme) + 1) for end in (False, True))
    if text_map.counts_alike(scheme, other):
        assert same
    spans = [(start, end) for start in range(-1, text_map.length(scheme) + 2)
             for end in range(start - 1, text_map.length(scheme) + 2)]
    assert text_map.spans_to_normalised(spans, scheme) == [
        _span(text_map, RawSelection(0, "", start, end), scheme) for start, end in spans]
