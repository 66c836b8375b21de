"""The plain data that triangulation matrices and excerpt documents are built from.

Core loads these from a project (leaving out segments a supervisor rejected, as every
analysis does); tests build them by hand. Every offset is a code point of the source's
normalised text, as everywhere in Telaah.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import NamedTuple

from app.vocabulary import INFORMANT_TYPES, SOURCE_KINDS

# Informants rank by type, key informants first; the techniques of triangulation are the
# kinds of source, interviews first.
INFORMANT_TYPE_ORDER = INFORMANT_TYPES
TECHNIQUES = SOURCE_KINDS
CODE_GROUP_ORDER = ("indicator", "obstacle", "effort", "other")

_LABEL_NUMBER = re.compile(r"[^\W\d_]*\s*0*(\d+)")


@dataclass(frozen=True, slots=True)
class CorpusCode:
    """A code that can be a matrix row or an excerpt section; ``path`` is "Parent/Child"."""

    id: int
    path: str
    name: str
    group: str
    definition: str = ""
    codable: bool = True


@dataclass(frozen=True, slots=True)
class CorpusInformant:
    label: str
    role: str = ""
    informant_type: str = "utama"
    pseudonym: str = ""
    real_name: str = ""

    @property
    def number(self) -> str:
        """What follows "Informan" in a citation: "3" for I3, the whole label otherwise."""
        match = _LABEL_NUMBER.fullmatch(self.label.strip())
        return match.group(1) if match else self.label.strip()


@dataclass(frozen=True, slots=True)
class CorpusSource:
    """A source with what a citation needs: the start of each turn or paragraph.

    ``turn_starts`` (sorted) and ``turn_numbers`` describe the speaker turns; sources
    without turns (field notes) are cited by ``paragraph_starts`` instead, paragraph ``n``
    starting at ``paragraph_starts[n - 1]``.
    """

    id: int
    title: str
    kind: str
    informant_label: str | None = None
    turn_starts: tuple[int, ...] = ()
    turn_ends: tuple[int, ...] = ()
    turn_numbers: tuple[int, ...] = ()
    paragraph_starts: tuple[int, ...] = ()
    # A PDF's pages: where each starts in the text and how a citation names it ("14");
    # a photo: ``picture`` is set and its regions are cited as the photo.
    page_starts: tuple[int, ...] = ()
    page_labels: tuple[str, ...] = ()
    picture: bool = False
    # A recorded interview: sync points (text offset → milliseconds, both ascending).
    sync_offsets: tuple[int, ...] = ()
    sync_times: tuple[int, ...] = ()
    # The recording's length: the last turn of a transcript timed at each turn's start
    # runs to it.
    recording_ms: int = 0
    # A machine-made transcript (automatic transcription) that no person has checked.
    machine_made: bool = False

    def time_at(self, offset: int) -> int | None:
        """When the recording speaks the text at ``offset`` (interpolated between sync
        points); None without them, before the first one, and after the last one
        (a recording may cover only part of the transcript)."""
        if not self.sync_offsets:
            return None
        index = bisect.bisect_right(self.sync_offsets, offset)
        if index == 0:
            return None
        if index == len(self.sync_offsets):
            # Past the last point only within its speaker turn (a transcript timed at each
            # turn's start): the turn's time. A recording may cover only part of the text.
            last = self.sync_offsets[-1]
            same_turn = last == offset or (
                self.turn_at(last) is not None and self.turn_at(last) == self.turn_at(offset))
            return self.sync_times[-1] if same_turn else None
        before, after = self.sync_offsets[index - 1], self.sync_offsets[index]
        early, late = self.sync_times[index - 1], self.sync_times[index]
        return early + round((offset - before) * (late - early) / max(1, after - before))

    def time_range(self, start: int, end: int) -> tuple[int, int] | None:
        """When the recording speaks the text ``[start, end)``: None where it does not
        reach ``start``; a passage running on past what the recording reaches ends where
        the recording stops speaking it (the end of the recording for the transcript's last
        turn, else the last sync point's time)."""
        begin = self.time_at(start)
        if begin is None:
            return None
        last_offset, last_time = self.sync_offsets[-1], self.sync_times[-1]
        if end <= last_offset:
            finish = self.time_at(end)
        else:
            finish = last_time
            turn = self.turn_at(last_offset)
            if (turn is not None and self.recording_ms > last_time
                    and self.turn_numbers and turn == self.turn_numbers[-1]):
                # The last turn of the text runs to the end of the recording.
                index = len(self.turn_numbers) - 1
                turn_end = self.turn_ends[index]
                reached = min(end, turn_end)
                finish = last_time + round((reached - last_offset)
                                           * (self.recording_ms - last_time)
                                           / max(1, turn_end - last_offset))
        return begin, max(begin, finish if finish is not None else begin)

    def page_at(self, offset: int) -> str | None:
        """How a citation names the page holding ``offset``, or None without pages."""
        index = bisect.bisect_right(self.page_starts, offset) - 1
        return self.page_labels[index] if index >= 0 else None

    def turn_at(self, offset: int) -> int | None:
        """The number of the turn containing ``offset``, or None outside every turn."""
        index = bisect.bisect_right(self.turn_starts, offset) - 1
        if index < 0 or offset >= self.turn_ends[index]:
            return None
        return self.turn_numbers[index]

    def paragraph_at(self, offset: int) -> int | None:
        """The number of the paragraph starting at or before ``offset`` (from 1)."""
        index = bisect.bisect_right(self.paragraph_starts, offset)
        return index if index > 0 else None


class CorpusSegment(NamedTuple):
    """A coded segment: ``valence`` is positive, negative, mixed or None (neutral).

    A named tuple rather than a frozen dataclass: just as immutable, and several times
    cheaper to build, which matters for 50,000 segments.
    """

    id: int
    code_id: int
    source_id: int
    start: int
    end: int
    text: str
    valence: str | None = None
    coder: str = ""
    memo: str = ""
    # Set on passages (app.analysis.passages): the coders and segments merged into this one,
    # and whether their valences differ ("coders disagree"; ``valence`` is then None).
    coders: tuple[str, ...] = ()
    segment_ids: tuple[int, ...] = ()
    disputed: bool = False


@dataclass(frozen=True)
class CodedCorpus:
    """Everything one export looks at, with lookups by id."""

    codes: tuple[CorpusCode, ...]
    informants: tuple[CorpusInformant, ...]
    sources: tuple[CorpusSource, ...]
    segments: tuple[CorpusSegment, ...]
    title: str = ""

    def source_by_id(self) -> dict[int, CorpusSource]:
        return {source.id: source for source in self.sources}

    def informant_by_label(self) -> dict[str, CorpusInformant]:
        return {informant.label: informant for informant in self.informants}

    def code_by_id(self) -> dict[int, CorpusCode]:
        return {code.id: code for code in self.codes}


def informant_sort_key(informant: CorpusInformant) -> tuple[int, str, str]:
    """Key informants first, then main, then supporting; by label within a type."""
    try:
        rank = INFORMANT_TYPE_ORDER.index(informant.informant_type)
    except ValueError:
        rank = len(INFORMANT_TYPE_ORDER)
    number = informant.number
    return rank, number.zfill(6) if number.isdigit() else number, informant.label
