"""Where a quote comes from, in the form a thesis cites it.

The rendered form (see :mod:`app.io.export_labels`) is, in Indonesian,
``(Informan 3, Bambang, Kepala Bidang Pemberdayaan Usaha Mikro, I3_kepala_bidang, giliran
14)``: the informant's number (from the label I3), pseudonym (left out when pseudonymising
would change it, and when there is none), role, the source title and the number of the
speaker turn containing the start of the segment. The informant's real name never appears.
A source without turns (an observation or documentation note) is cited by paragraph,
``paragraf 4``, where paragraphs are the
non-blank lines of the text counted from 1 (:func:`app.io.speaker_turns.find_paragraphs`);
a source without informant names its technique instead: ``(Observasi, obs_kantor,
paragraf 4)``. A PDF source is cited by the page the segment starts on, ``(Dokumentasi,
Renstra 2021–2026, hlm. 14)`` (``p. 14`` in English), a region of a photo as the photo,
``(Observasi, O1_pasar_pagi, foto)``. A recorded interview adds where in the recording
the quote is spoken: ``(Informan 4, …, giliran 3, 00:00:23–00:00:31)``.
"""

from __future__ import annotations

from bisect import bisect_right as _bisect_right
from typing import NamedTuple

from app.analysis.coded_corpus import CorpusInformant, CorpusSource
from app.analysis.pseudonymise import Mask, identity, mask_title


class Citation(NamedTuple):
    """The parts of a citation; ``turn`` or ``paragraph`` is set, or neither.

    A named tuple rather than a frozen dataclass: just as immutable, and several times
    cheaper to build (an export cites 10,000 excerpts; eleven fields cost a frozen
    dataclass ~2.8 µs, a tuple ~0.2 µs)."""

    source_title: str
    source_kind: str
    informant_number: str | None = None
    role: str = ""
    pseudonym: str = ""
    turn: int | None = None
    paragraph: int | None = None
    # A PDF source is cited by page ("hlm. 14"), a region of a photo as the photo.
    page: str | None = None
    picture: bool = False
    # A recorded interview: where in the recording the quote is spoken, "00:12:34" or
    # "00:12:34–00:12:51" (en dash) when it ends in a later second.
    time: str | None = None
    # A machine-made transcript nobody has checked yet: the citation says so.
    machine_made: bool = False


_new_citation = tuple.__new__


def cite(
    source: CorpusSource,
    informant: CorpusInformant | None,
    start: int,
    *,
    end: int | None = None,
    mask: Mask = identity,
) -> Citation:
    """The citation of text starting at ``start`` in ``source``; with ``end``, a recorded
    interview's citation carries the passage's time range where the recording reaches it.

    ``mask`` is applied to the free-text parts (title and role), which may hold names.
    """
    return SourceCiter(source, informant, mask=mask)(start, end)


class SourceCiter:
    """Citations of places in one source, as :func:`cite` makes them; what does not depend
    on the place (the masked title and role, the informant's number and pseudonym) is
    worked out once, for the many quotes of one source."""

    __slots__ = ("_source", "_head", "_picture", "_machine_made", "_paged", "_turns",
                 "_by_paragraph", "_recorded", "_by_turn_only", "_turn_starts", "_turn_ends",
                 "_turn_numbers")

    def __init__(self, source: CorpusSource, informant: CorpusInformant | None, *,
                 mask: Mask = identity) -> None:
        self._source = source
        self._head = (
            mask_title(mask, source.title),
            source.kind,
            informant.number if informant is not None else None,
            mask(informant.role) if informant is not None else "",
            shown_pseudonym(informant, mask),
        )
        self._picture = source.picture
        self._machine_made = source.machine_made
        self._paged = bool(source.page_starts)
        self._turns = bool(source.turn_starts)
        self._by_paragraph = not source.picture
        self._recorded = bool(source.sync_offsets)
        # Cited by turn alone (no pages, picture or recording) where a turn holds the start.
        self._by_turn_only = (self._turns and not self._paged and not self._recorded
                              and not source.picture)
        self._turn_starts = source.turn_starts
        self._turn_ends = source.turn_ends
        self._turn_numbers = source.turn_numbers

    def __call__(self, start: int, end: int | None = None) -> Citation:
        if self._by_turn_only:
            # A transcript's usual quote: CorpusSource.turn_at, inline.
            index = _bisect_right(self._turn_starts, start) - 1
            if index >= 0 and start < self._turn_ends[index]:
                return _new_citation(Citation, (*self._head, self._turn_numbers[index], None,
                                                None, False, None, self._machine_made))
        source = self._source
        page = source.page_at(start) if self._paged else None
        turn = source.turn_at(start) if self._turns else None
        paragraph = (source.paragraph_at(start)
                     if turn is None and page is None and self._by_paragraph else None)
        time = passage_time(source, start, end) if self._recorded else None
        return _new_citation(Citation, (*self._head, turn, paragraph, page, self._picture,
                                        time, self._machine_made))


def passage_time(source: CorpusSource, start: int, end: int | None) -> str | None:
    """When a recorded interview speaks ``[start, end)``: "00:12:34–00:12:51", one time
    when both ends fall in the same second or without ``end``; None where the recording
    does not reach ``start`` (and for a source without recording)."""
    if end is None or end <= start:
        begin = source.time_at(start)
        return None if begin is None else _clock(begin)
    times = source.time_range(start, end)
    if times is None:
        return None
    first, last = _clock(times[0]), _clock(times[1])
    return first if first == last else f"{first}\u2013{last}"


def _clock(time_ms: int) -> str:
    seconds = max(0, time_ms) // 1000
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def shown_pseudonym(informant: CorpusInformant | None, mask: Mask = identity) -> str:
    """The pseudonym a citation or heading shows: "" when there is none or when
    pseudonymising would replace it (it is then the name in the transcript)."""
    pseudonym = informant.pseudonym.strip() if informant is not None else ""
    return pseudonym if pseudonym and mask(pseudonym) == pseudonym else ""
