"""Read a transcript that carries times into text, sync points and speaker turns.

Forms read:

* ``[hh:mm:ss]`` (also ``[mm:ss]`` and ``[hh:mm:ss.mmm]``) anywhere in a line, the form most
  transcription guides and Express Scribe use;
* f4/f5 and MAXQDA ``#hh:mm:ss-d#`` (tenths after the dash), usually at a paragraph's end;
* SubRip ``.srt`` and WebVTT ``.vtt`` subtitles (:mod:`app.io.subtitle_cues`);
* oTranscribe's ``.otr`` file and its HTML (:mod:`app.io.otranscribe`).

A time stands for the place where it was written: the mark is removed from the text and a
:class:`~app.io.sync_points.SyncPoint` keeps its offset. A line that held nothing but marks
goes; its time belongs to the start of the next line. Times that go backwards are refused
naming the line; :func:`check_within_recording` refuses times after a recording's end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.errors.media import (
    InvalidTimestamp,
    TranscriptPastRecording,
    TranscriptTimeBackwards,
    TranscriptWithoutTimes,
)
from app.io.speaker_turns import Paragraph, Turn, find_paragraphs, find_turns
from app.io.sync_points import SyncPoint, clock
from app.io.text_normalise import normalise_text

BRACKETS = "brackets"
F4 = "f4"
SRT = "srt"
VTT = "vtt"
OTRANSCRIBE = "otranscribe"
# Times within this much after a recording's end are rounding, not a mistake.
END_TOLERANCE_MS = 1000

_HORIZONTAL = " \t"
_MARK = re.compile(
    r"\[(?:(?P<bh>\d{1,2}):)?(?P<bm>\d{1,2}):(?P<bs>\d{1,2})(?:[.,](?P<bf>\d{1,3}))?\]"
    r"|#(?P<fh>\d{1,2}):(?P<fm>\d{2}):(?P<fs>\d{2})(?:[-.,](?P<ff>\d{1,3}))?#"
)


@dataclass(frozen=True, slots=True)
class Mark:
    """A time written in the transcript: ``stamp`` as written, on input line ``line``."""

    time_ms: int
    line: int
    stamp: str


@dataclass(slots=True)
class TimedLine:
    """One input line (or paragraph) as text pieces and the marks between them."""

    number: int
    pieces: list[str | Mark] = field(default_factory=list)


@dataclass(frozen=True)
class TimedText:
    """Normalised text with its sync points; ``marks`` are the marks the points came from
    (for naming a line when the recording turns out shorter)."""

    text: str
    sync_points: tuple[SyncPoint, ...]
    marks: tuple[Mark, ...]
    transcript_format: str

    @property
    def turns(self) -> tuple[Turn, ...]:
        return find_turns(self.text)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return find_paragraphs(self.text)


def milliseconds(hours: int, minutes: int, seconds: int, fraction: str = "") -> int:
    """The time of a clock reading; ``fraction`` is the digits after the separator."""
    fraction_ms = round(int(fraction) * 10 ** (3 - len(fraction))) if fraction else 0
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction_ms


def parse_marked_text(text: str, *, path: Path | str) -> TimedText:
    """Text with ``[hh:mm:ss]`` or ``#hh:mm:ss-d#`` marks; refused without any mark."""
    lines: list[TimedLine] = []
    used = ""
    for number, line in enumerate(text.split("\n"), start=1):
        timed = TimedLine(number)
        position = 0
        for match in _MARK.finditer(line):
            timed.pieces.append(line[position:match.start()])
            timed.pieces.append(_mark(match, number, path))
            used = used or (F4 if match.group("fm") is not None else BRACKETS)
            position = match.end()
        timed.pieces.append(line[position:])
        lines.append(timed)
    if not used:
        raise TranscriptWithoutTimes(path=path)
    return assemble(lines, path=path, transcript_format=used)


def has_marks(text: str) -> bool:
    return _MARK.search(text) is not None


def _mark(match: re.Match[str], line: int, path: Path | str) -> Mark:
    if match.group("bm") is not None:
        hours, minutes, seconds, fraction = (match.group("bh"), match.group("bm"),
                                             match.group("bs"), match.group("bf"))
    else:
        hours, minutes, seconds = match.group("fh"), match.group("fm"), match.group("fs")
        # f4 writes tenths after the dash; other tools write milliseconds.
        fraction = match.group("ff")
    if int(minutes) > 59 or int(seconds) > 59:
        raise InvalidTimestamp(path=path, line=line, stamp=match.group(0))
    return Mark(milliseconds(int(hours or 0), int(minutes), int(seconds), fraction or ""),
                line, match.group(0))


def assemble(lines: Iterable[TimedLine], *, path: Path | str,
             transcript_format: str) -> TimedText:
    """Join ``lines`` into text, turning marks into sync points at their places.

    Blanks around a removed mark go; where the mark stood between two words one space
    stays. Raises :class:`TranscriptTimeBackwards` naming the line of the first mark whose
    time is earlier than the one before it.
    """
    kept: list[str] = []
    line_start = 0
    points: dict[int, SyncPoint] = {}
    marks: list[Mark] = []
    previous: Mark | None = None
    for line in lines:
        text, line_marks = _join_pieces(line.pieces)
        for offset, mark in line_marks:
            if previous is not None and mark.time_ms < previous.time_ms:
                raise TranscriptTimeBackwards(path=path, line=mark.line, time=mark.stamp,
                                              previous=previous.stamp)
            previous = mark
            marks.append(mark)
            # Two marks at one place (a line of its own before a marked line): the later
            # time is when the words there are spoken.
            points[line_start + offset] = SyncPoint(line_start + offset, mark.time_ms)
        if line_marks and not text.strip():
            continue  # a line that held only marks
        kept.append(text)
        line_start += len(text) + 1
    # Each piece is normalised on its own, so the offsets counted above hold.
    text = "\n".join(kept)
    end = len(text)
    sync_points = tuple(SyncPoint(min(point.offset, end), point.time_ms)
                        for point in sorted(points.values()))
    return TimedText(text, _last_per_offset(sync_points), tuple(marks), transcript_format)


def _join_pieces(pieces: Sequence[str | Mark]) -> tuple[str, list[tuple[int, Mark]]]:
    text = ""
    line_marks: list[tuple[int, Mark]] = []
    waiting: list[Mark] = []  # marks whose words have not come yet
    for piece in pieces:
        if isinstance(piece, Mark):
            text = text.rstrip(_HORIZONTAL)
            waiting.append(piece)
            continue
        piece = normalise_text(piece)
        if waiting:
            piece = piece.lstrip(_HORIZONTAL)
            if not piece:
                continue
            if text:
                text += " "
            # A time belongs to the words written after it.
            line_marks.extend((len(text), mark) for mark in waiting)
            waiting = []
        text += piece
    # Marks at a line's end (f4 writes them there) stand for the end of its words.
    line_marks.extend((len(text), mark) for mark in waiting)
    return text, line_marks


def _last_per_offset(points: Sequence[SyncPoint]) -> tuple[SyncPoint, ...]:
    kept: list[SyncPoint] = []
    for point in points:
        if kept and kept[-1].offset == point.offset:
            kept[-1] = point if point.time_ms >= kept[-1].time_ms else kept[-1]
        else:
            kept.append(point)
    return tuple(kept)


def check_within_recording(timed: TimedText, duration_ms: int, *, path: Path | str) -> None:
    """Refuse a transcript with a time after the recording's end (``duration_ms``)."""
    for mark in timed.marks:
        if mark.time_ms > duration_ms + END_TOLERANCE_MS:
            raise TranscriptPastRecording(path=path, line=mark.line, time=mark.stamp,
                                          duration=clock(duration_ms))
