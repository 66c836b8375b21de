"""Keep coded spans on the same words when a source's text is replaced by a corrected one.

Three steps, most certain first:

1. **Diff.** The old and new texts are aligned line by line (``difflib.SequenceMatcher``),
   and changed lines character by character, into matching blocks. A span lying inside one
   block moves by that block's offset: ``unchanged`` or ``shifted``, with certainty. A span
   whose exact words occur once in the old text and once in the new goes there
   (``shifted`` when near where the diff expects it, ``moved`` otherwise).
2. **Local repair.** A span whose edges or inside were edited is looked for near where the
   diff puts it (only in text written in its place, when none of it survived); if the
   best-aligned stretch there is at least ``min_confidence`` similar (rapidfuzz ratio; 0.95
   for spans under :data:`SHORT_SPAN_CHARS` characters) it is ``edited``.
3. **Moved text.** A moved paragraph shows up as deleted in one place and inserted in
   another. A span not placed yet is searched for in the inserted parts of the new text:
   found once exactly (and once in the old text), or fuzzily above
   ``min_moved_confidence``, it is ``moved``.

Anything else is ``unplaced``: its best guess is returned with a low confidence, and the
caller must list it for the coder rather than trust it. Offsets are code points.
"""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

DEFAULT_MIN_CONFIDENCE = 0.8
DEFAULT_MIN_MOVED_CONFIDENCE = 0.9
# Spans shorter than this are only repaired locally when (nearly) identical: one changed
# character in "P0: k" already scores 0.8.
SHORT_SPAN_CHARS = 20
# Above this many character pairs, changed lines are compared word by word instead.
_MAX_CHARACTER_DIFF = 4_000_000


class PlacementStatus(StrEnum):
    UNCHANGED = "unchanged"
    SHIFTED = "shifted"
    EDITED = "edited"
    MOVED = "moved"
    UNPLACED = "unplaced"


@dataclass(frozen=True)
class AnchoredSpan:
    """A span of the old text; ``key`` is the caller's (a segment id)."""

    key: int
    start: int
    end: int


@dataclass(frozen=True)
class Placement:
    key: int
    status: PlacementStatus
    old_start: int
    old_end: int
    start: int
    end: int
    confidence: float

    @property
    def placed(self) -> bool:
        return self.status is not PlacementStatus.UNPLACED


@dataclass(frozen=True)
class TextAlignment:
    """Matching blocks ``(old_start, new_start, length)`` in increasing order."""

    blocks: tuple[tuple[int, int, int], ...]

    def block_at(self, old_position: int) -> tuple[int, int, int] | None:
        """The block holding the old character at ``old_position``."""
        index = bisect.bisect_right(self._starts, old_position) - 1
        if index >= 0:
            block = self.blocks[index]
            if old_position < block[0] + block[2]:
                return block
        return None

    def estimate(self, old_position: int) -> int:
        """Where ``old_position`` would be in the new text, by the nearest block before it."""
        index = bisect.bisect_right(self._starts, old_position) - 1
        if index < 0:
            return min(old_position, self.blocks[0][1] if self.blocks else old_position)
        old_start, new_start, length = self.blocks[index]
        offset = min(old_position - old_start, length)
        estimate = new_start + offset
        if index + 1 < len(self.blocks):
            estimate = min(estimate, self.blocks[index + 1][1])
        return estimate

    def inserted_ranges(self, new_length: int) -> list[tuple[int, int]]:
        """The stretches of the new text no block covers (inserted or rewritten text)."""
        ranges: list[tuple[int, int]] = []
        position = 0
        for _old, new_start, length in self.blocks:
            if new_start > position:
                ranges.append((position, new_start))
            position = max(position, new_start + length)
        if position < new_length:
            ranges.append((position, new_length))
        return ranges

    @property
    def _starts(self) -> list[int]:
        starts = self.__dict__.get("_starts_cache")
        if starts is None:
            starts = [block[0] for block in self.blocks]
            object.__setattr__(self, "_starts_cache", starts)
        return starts


def align_texts(old: str, new: str) -> TextAlignment:
    """Matching blocks of ``old`` and ``new``: lines first, then characters of changed lines."""
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    old_offsets = _offsets(old_lines)
    new_offsets = _offsets(new_lines)
    blocks: list[tuple[int, int, int]] = []
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        old_start, new_start = old_offsets[i1], new_offsets[j1]
        if tag == "equal":
            blocks.append((old_start, new_start, old_offsets[i2] - old_start))
        elif tag == "replace":
            blocks.extend(_inner_blocks(old[old_start : old_offsets[i2]],
                                        new[new_start : new_offsets[j2]], old_start, new_start))
    return TextAlignment(tuple(_merged(blocks)))


def reanchor(
    old_text: str,
    new_text: str,
    spans: Sequence[AnchoredSpan],
    *,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    min_moved_confidence: float = DEFAULT_MIN_MOVED_CONFIDENCE,
    alignment: TextAlignment | None = None,
) -> list[Placement]:
    """Where each span of ``old_text`` lies in ``new_text`` (same order as ``spans``)."""
    alignment = alignment or align_texts(old_text, new_text)
    inserted = alignment.inserted_ranges(len(new_text))
    placements: list[Placement] = []
    for span in spans:
        placements.append(_place(old_text, new_text, span, alignment, inserted,
                                 min_confidence, min_moved_confidence))
    return placements


def _place(old_text: str, new_text: str, span: AnchoredSpan, alignment: TextAlignment,
           inserted: list[tuple[int, int]], min_confidence: float,
           min_moved_confidence: float) -> Placement:
    from rapidfuzz import fuzz  # loaded when a revision is placed, not at start-up

    def placement(status: PlacementStatus, start: int, end: int, confidence: float) -> Placement:
        return Placement(span.key, status, span.start, span.end, start, end,
                         round(confidence, 3))

    old_segment = old_text[span.start : span.end]
    first, last = alignment.block_at(span.start), alignment.block_at(span.end - 1)
    if first is not None and first == last:
        start = first[1] + span.start - first[0]
        status = PlacementStatus.UNCHANGED if start == span.start else PlacementStatus.SHIFTED
        return placement(status, start, start + len(old_segment), 1.0)
    estimate_start = alignment.estimate(span.start)
    estimate_end = max(alignment.estimate(span.end), estimate_start + 1)
    margin = max(50, len(old_segment))
    unique_before = len(_all_occurrences(old_text, old_segment)) == 1
    unique = _all_occurrences(new_text, old_segment)
    if unique_before and len(unique) == 1 and len(old_segment) >= SHORT_SPAN_CHARS:
        # Words found once in the old text and once in the new: that is where they are.
        start = unique[0]
        near = abs(start - estimate_start) <= margin
        status = PlacementStatus.SHIFTED if near else PlacementStatus.MOVED
        if start == span.start and near:
            status = PlacementStatus.UNCHANGED
        return placement(status, start, start + len(old_segment), 1.0)
    moved_exact = _moved_exactly(old_segment, new_text, inserted) if unique_before else None
    if moved_exact is not None:
        return placement(PlacementStatus.MOVED, moved_exact, moved_exact + len(old_segment), 1.0)
    if first is not None and last is not None:
        start = first[1] + span.start - first[0]
        end = last[1] + span.end - 1 - last[0] + 1
        if start < end:
            similarity = fuzz.ratio(old_segment, new_text[start:end]) / 100
            if similarity >= min_confidence:
                return placement(PlacementStatus.EDITED, start, end, similarity)
    required = min_confidence if len(old_segment) >= SHORT_SPAN_CHARS else max(min_confidence, 0.95)
    if first is not None or last is not None:  # part of the span survived: look around it
        windows = [(estimate_start - margin, estimate_end + margin)]
    else:  # all of it was deleted or rewritten: look only at what was written in its place
        windows = [(max(low, estimate_start - margin), min(high, estimate_end + margin))
                   for low, high in inserted
                   if low < estimate_end + margin and estimate_start - margin < high]
    local = None
    for low, high in windows:
        found = _best_alignment(old_segment, new_text, low, high)
        if found is not None and (local is None or found[0] > local[0]):
            local = found
    if local is not None and local[0] >= required:
        return placement(PlacementStatus.EDITED, local[1], local[2], local[0])
    moved = _moved(old_segment, new_text, inserted, min_moved_confidence)
    if moved is not None:
        return placement(PlacementStatus.MOVED, moved[1], moved[2], moved[0])
    guess_start = min(max(0, estimate_start), max(0, len(new_text) - 1))
    guess_end = min(len(new_text), max(guess_start + 1, estimate_end))
    confidence = max(local[0] if local else 0.0, 0.0)
    return placement(PlacementStatus.UNPLACED, guess_start, guess_end, confidence)


def _moved_exactly(segment: str, new_text: str, inserted: list[tuple[int, int]]) -> int | None:
    """Where the segment's exact words occur once in the inserted text (a moved paragraph)."""
    found = [
        start + offset
        for start, end in inserted
        for offset in _all_occurrences(new_text[start:end], segment)
    ]
    return found[0] if len(found) == 1 else None


def _moved(segment: str, new_text: str, inserted: list[tuple[int, int]],
           min_confidence: float) -> tuple[float, int, int] | None:
    """The best fuzzy match of the segment in the inserted text, if good enough."""
    best: tuple[float, int, int] | None = None
    for start, end in inserted:
        found = _best_alignment(segment, new_text, start, end)
        if found is not None and (best is None or found[0] > best[0]):
            best = found
    return best if best is not None and best[0] >= min_confidence else None


def _best_alignment(segment: str, text: str, low: int, high: int) -> tuple[float, int, int] | None:
    low, high = max(0, low), min(len(text), high)
    if high <= low or not segment:
        return None
    from rapidfuzz import fuzz

    alignment = fuzz.partial_ratio_alignment(segment, text[low:high])
    if alignment is None:
        return None
    start, end = low + alignment.dest_start, low + alignment.dest_end
    if end <= start:
        return None
    return fuzz.ratio(segment, text[start:end]) / 100, start, end


def _all_occurrences(text: str, needle: str) -> list[int]:
    found: list[int] = []
    position = text.find(needle)
    while position >= 0 and len(found) < 2:
        found.append(position)
        position = text.find(needle, position + 1)
    return found


class _DiagonalMatcher(difflib.SequenceMatcher[str]):
    """A character matcher that, among equally long matches, takes the one nearest the
    diagonal its stretch of text allows.

    ``SequenceMatcher`` takes the match that starts earliest in the old text. In repetitive
    text ("umkm umkm umkm") that can pair words with a *later* copy in the new text, and
    every span between the two copies then moves by the wrong amount. Text that only had
    words inserted has each old character ``0 … len(new) − len(old)`` places further on;
    a match whose offset lies in that band (or nearest it) is the one to trust.
    """

    def find_longest_match(self, alo: int = 0, ahi: int | None = None, blo: int = 0,
                           bhi: int | None = None) -> difflib.Match:
        # typeshed leaves out the two sequences SequenceMatcher keeps as .a and .b.
        old, new = self.a, self.b  # type: ignore[attr-defined]
        ahi = len(old) if ahi is None else ahi
        bhi = len(new) if bhi is None else bhi
        match = super().find_longest_match(alo, ahi, blo, bhi)
        size = match.size
        if not size or not isinstance(old, str):
            return match
        words = old[match.a : match.a + size]
        in_old = _positions(old, words, alo, ahi)
        in_new = _positions(new, words, blo, bhi)
        if len(in_old) == 1 and len(in_new) == 1:
            return match
        low, high = sorted((0, (bhi - blo) - (ahi - alo)))

        def distance(pair: tuple[int, int]) -> int:
            offset = (pair[1] - blo) - (pair[0] - alo)
            return max(low - offset, offset - high, 0)

        best = min(((a, b) for a in in_old for b in in_new), key=distance)
        if distance(best) >= distance((match.a, match.b)):
            return match
        return difflib.Match(best[0], best[1], size)


def _positions(text: str, words: str, low: int, high: int, limit: int = 64) -> list[int]:
    """Where ``words`` start inside ``text[low:high]`` (the first ``limit`` places)."""
    found: list[int] = []
    position = text.find(words, low, high)
    while position >= 0 and len(found) < limit:
        found.append(position)
        position = text.find(words, position + 1, high)
    return found


def _inner_blocks(old: str, new: str, old_base: int, new_base: int) -> list[tuple[int, int, int]]:
    if len(old) * len(new) <= _MAX_CHARACTER_DIFF:
        matcher = _DiagonalMatcher(None, old, new, autojunk=False)
        return [(old_base + a, new_base + b, size)
                for a, b, size in matcher.get_matching_blocks() if size]
    old_words, new_words = _tokens(old), _tokens(new)
    old_offsets, new_offsets = _offsets(old_words), _offsets(new_words)
    word_matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    return [
        (old_base + old_offsets[a], new_base + new_offsets[b],
         old_offsets[a + size] - old_offsets[a])
        for a, b, size in word_matcher.get_matching_blocks() if size
    ]


def _tokens(text: str) -> list[str]:
    tokens: list[str] = []
    word = ""
    for char in text:
        if char.isspace():
            if word:
                tokens.append(word)
                word = ""
            tokens.append(char)
        else:
            word += char
    if word:
        tokens.append(word)
    return tokens


def _offsets(parts: Sequence[str]) -> list[int]:
    offsets = [0]
    for part in parts:
        offsets.append(offsets[-1] + len(part))
    return offsets


def _merged(blocks: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    merged: list[tuple[int, int, int]] = []
    for old_start, new_start, length in blocks:
        if merged:
            last_old, last_new, last_length = merged[-1]
            if last_old + last_length == old_start and last_new + last_length == new_start:
                merged[-1] = (last_old, last_new, last_length + length)
                continue
        merged.append((old_start, new_start, length))
    return merged
