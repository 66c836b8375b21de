"""oTranscribe's exports as a timed transcript.

oTranscribe keeps a transcript as HTML in which each timestamp is a
``<span class="timestamp" data-timestamp="83.4">01:23</span>`` (seconds in the attribute);
its ``.otr`` file is JSON holding that HTML under ``"text"``. Paragraphs (``<p>``,
``<div>``, ``<br>``) become lines; a timestamp becomes a sync point where it stands.
"""

from __future__ import annotations

import json
import math
import re
from html.parser import HTMLParser
from pathlib import Path

from app.errors.media import TranscriptWithoutTimes
from app.io.timed_transcript import OTRANSCRIBE, Mark, TimedLine, TimedText, assemble

_BREAKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr"})
_SKIPPED = frozenset({"script", "style", "head", "title"})
_BLANKS = re.compile(r"\s+")


def parse_otr(text: str, *, path: Path | str) -> TimedText:
    """An ``.otr`` file: JSON with the transcript's HTML under ``"text"``."""
    try:
        document = json.loads(text)
    except ValueError:
        raise TranscriptWithoutTimes(path=path) from None
    if not isinstance(document, dict) or not isinstance(document.get("text"), str):
        raise TranscriptWithoutTimes(path=path)
    return parse_otranscribe_html(document["text"], path=path)


def parse_otranscribe_html(markup: str, *, path: Path | str) -> TimedText:
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    lines = reader.finish()
    if not any(isinstance(piece, Mark) for line in lines for piece in line.pieces):
        raise TranscriptWithoutTimes(path=path)
    return assemble(lines, path=path, transcript_format=OTRANSCRIBE)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._lines: list[TimedLine] = [TimedLine(1)]
        self._in_stamp = 0
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
            return
        if tag in _BREAKS:
            self._break()
        if tag == "span":
            values = dict(attrs)
            classes = (values.get("class") or "").split()
            if self._in_stamp:
                self._in_stamp += 1
            elif "timestamp" in classes and values.get("data-timestamp") is not None:
                self._stamp(values.get("data-timestamp") or "")
                self._in_stamp = 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag == "span" and self._in_stamp:
            self._in_stamp -= 1
        elif tag in _BREAKS and tag != "br":
            self._break()

    def handle_data(self, data: str) -> None:
        if not self._in_stamp and not self._skipping:
            self._lines[-1].pieces.append(_BLANKS.sub(" ", data))

    def _break(self) -> None:
        if self._lines[-1].pieces:
            self._lines.append(TimedLine(len(self._lines) + 1))

    def _stamp(self, seconds_text: str) -> None:
        try:
            seconds = float(seconds_text)
        except ValueError:
            return
        if not math.isfinite(seconds) or seconds < 0:
            return
        time_ms = round(seconds * 1000)
        total = time_ms // 1000
        stamp = f"{total // 3600:02d}:{total // 60 % 60:02d}:{total % 60:02d}"
        self._lines[-1].pieces.append(Mark(time_ms, len(self._lines), stamp))

    def finish(self) -> list[TimedLine]:
        while len(self._lines) > 1 and not self._lines[-1].pieces:
            self._lines.pop()
        for line in self._lines:
            if line.pieces and isinstance(line.pieces[0], str):
                line.pieces[0] = line.pieces[0].lstrip()
            if line.pieces and isinstance(line.pieces[-1], str):
                line.pieces[-1] = line.pieces[-1].rstrip()
        return self._lines
