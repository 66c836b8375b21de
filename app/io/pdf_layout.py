"""Reading order of one PDF page: text runs with their boxes become running text.

Pure geometry, no PDF library: a run is a piece of one line (PDFium's text rectangles) in
page coordinates measured from the top-left corner, in points. The page's running text is
built in reading order:

* two columns are recognised by a vertical gutter that (almost) no run crosses while runs
  sit on both sides of it; runs that cross it (a title over both columns) close the
  column band above them, which is read left column first, then right;
* runs whose boxes overlap vertically form a line;
* a gap between lines larger than ~0.6 line heights, or a change of type size (a heading
  and its text), starts a new paragraph; paragraphs are joined with ``\\n``, the lines of
  a paragraph with a space;
* a word hyphenated at a line end is joined again ("pelak-" + "sanaan" → "pelaksanaan"),
  but an Indonesian reduplication broken after its hyphen keeps it ("anak-" + "anak" →
  "anak-anak").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# The hyphens a line may end with: ASCII, soft hyphen, Unicode hyphen, PDFium's marker for
# a hyphen it judged to be a soft line-end one.
_LINE_END_HYPHENS = ("-", "\u00ad", "\u2010", "\x02")
# Columns: the gutter lies in the middle band of the page; a run counts as crossing it when
# it overlaps it by more than this many points.
_GUTTER_BAND = (0.3, 0.7)
_MIN_RUNS_PER_COLUMN = 3
_MAX_CROSSING_SHARE = 0.1
_PARAGRAPH_GAP = 0.6
# A line this much taller than the block's usual line is set in a larger type (a heading);
# glyph boxes are tight, so lines of one type differ by their ascenders and descenders.
_TALL = 1.25


@dataclass(frozen=True)
class Run:
    """A piece of text on one line; ``top`` < ``bottom``, both measured downwards."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 0.1)


@dataclass(frozen=True)
class Line:
    x0: float
    top: float
    x1: float
    bottom: float
    text: str


def group_lines(runs: Sequence[Run]) -> list[Line]:
    """Runs of one column as lines, top to bottom; the runs of a line left to right."""
    lines: list[list[Run]] = []
    for run in sorted(runs, key=lambda item: (item.top, item.x0)):
        if lines:
            current = lines[-1]
            top = min(item.top for item in current)
            bottom = max(item.bottom for item in current)
            overlap = min(bottom, run.bottom) - max(top, run.top)
            if overlap > 0.5 * min(run.height, bottom - top):
                current.append(run)
                continue
        lines.append([run])
    return [_line(parts) for parts in lines]


def _line(parts: list[Run]) -> Line:
    parts.sort(key=lambda item: item.x0)
    text = ""
    previous: Run | None = None
    for run in parts:
        piece = run.text.strip()
        if not piece:
            continue
        if previous is not None and text and not text.endswith(" ") and (
                run.x0 - previous.x1 > 0.15 * run.height or previous.text.endswith(" ")):
            text += " "
        text += piece
        previous = run
    return Line(x0=min(p.x0 for p in parts), top=min(p.top for p in parts),
                x1=max(p.x1 for p in parts), bottom=max(p.bottom for p in parts),
                text=text)


def find_gutter(runs: Sequence[Run], page_width: float) -> float | None:
    """The x of the gap between two columns, or None for a one-column page."""
    if len(runs) < 2 * _MIN_RUNS_PER_COLUMN or page_width <= 0:
        return None
    low, high = (page_width * share for share in _GUTTER_BAND)
    candidates = sorted({run.x1 + 1.0 for run in runs if low <= run.x1 + 1.0 <= high} |
                        {run.x0 - 1.0 for run in runs if low <= run.x0 - 1.0 <= high})
    best: tuple[int, float] | None = None
    for x in candidates:
        crossing = sum(1 for run in runs if run.x0 < x - 2.0 and run.x1 > x + 2.0)
        left = sum(1 for run in runs if run.x1 <= x + 2.0)
        right = sum(1 for run in runs if run.x0 >= x - 2.0)
        if left < _MIN_RUNS_PER_COLUMN or right < _MIN_RUNS_PER_COLUMN:
            continue
        if crossing > max(2, _MAX_CROSSING_SHARE * len(runs)):
            continue
        if not _side_by_side(runs, x):
            continue
        if best is None or crossing < best[0]:
            best = (crossing, x)
    return None if best is None else best[1]


def _side_by_side(runs: Sequence[Run], x: float) -> bool:
    """Whether runs left and right of ``x`` share heights (columns, not a ragged list)."""
    left_tops = [run.top for run in runs if run.x1 <= x + 2.0]
    right_runs = [run for run in runs if run.x0 >= x - 2.0]
    shared = sum(1 for run in right_runs
                 if any(abs(run.top - top) < run.height for top in left_tops))
    return shared >= _MIN_RUNS_PER_COLUMN


def reading_order(runs: Sequence[Run], page_width: float) -> list[list[Line]]:
    """The page's lines as blocks in reading order (each block one column band or one
    full-width stretch)."""
    gutter = find_gutter(runs, page_width)
    if gutter is None:
        return [group_lines(runs)]
    spanning = sorted((run for run in runs if run.x0 < gutter - 2.0 and run.x1 > gutter + 2.0),
                      key=lambda item: item.top)
    blocks: list[list[Line]] = []
    remaining = [run for run in runs if not (run.x0 < gutter - 2.0 and run.x1 > gutter + 2.0)]
    cut_points = [run.top for run in spanning] + [float("inf")]
    start = float("-inf")
    spanning_index = 0
    for cut in cut_points:
        band = [run for run in remaining if start <= run.top < cut]
        left = [run for run in band if run.x1 <= gutter + 2.0]
        right = [run for run in band if run.x1 > gutter + 2.0]
        for column in (left, right):
            if column:
                blocks.append(group_lines(column))
        if spanning_index < len(spanning):
            same = [run for run in spanning if run.top == spanning[spanning_index].top]
            blocks.append(group_lines(same))
            spanning_index += len(same)
        start = cut
    return blocks


def paragraphs(blocks: Sequence[Sequence[Line]]) -> list[str]:
    """Running paragraphs from blocks of lines: lines joined, hyphenation undone."""
    found: list[str] = []
    for block in blocks:
        # A paragraph that runs on from the foot of one column to the head of the next
        # (no closing punctuation, a lower-case start) continues.
        current = found.pop() if found and _runs_on(found[-1], block) else ""
        previous: Line | None = None
        heights = sorted(line.bottom - line.top for line in block if line.text)
        usual = heights[len(heights) // 2] if heights else 0.0
        for line in block:
            if not line.text:
                continue
            if previous is not None and current:
                gap = line.top - previous.bottom
                before = previous.bottom - previous.top
                # A wider gap, or a larger type (a heading) on one side only.
                tall_before, tall_now = (before > _TALL * usual,
                                         line.bottom - line.top > _TALL * usual)
                if gap > _PARAGRAPH_GAP * before or tall_before != tall_now:
                    found.append(current)
                    current = ""
            current = join_lines(current, line.text) if current else line.text
            previous = line
        if current:
            found.append(current)
    return found


def _runs_on(paragraph: str, block: Sequence[Line]) -> bool:
    first = next((line.text for line in block if line.text), "")
    return bool(first) and first[:1].islower() and not paragraph.rstrip().endswith(
        (".", "!", "?", ":", ";"))


def join_lines(text: str, following: str) -> str:
    """``text`` continued by the next line ``following``, undoing a line-end hyphen."""
    text = text.rstrip()
    following = following.lstrip()
    if text.endswith(_LINE_END_HYPHENS) and len(text) >= 2 and text[-2].isalpha() and \
            following[:1].islower():
        stem = text[:-1]
        last_word = stem.split(" ")[-1].lower()
        next_word = following.split(" ")[0].lower().rstrip(".,;:!?)")
        if len(next_word) > 1 and (next_word.startswith(last_word) or
                                   last_word.endswith(next_word)):
            return stem + "-" + following  # reduplication: anak-anak, sehari-hari
        return stem + following
    if text.endswith(("\x02", "\u00ad")):
        text = text[:-1] + "-"
    return text + " " + following
