"""SubRip (.srt) and WebVTT (.vtt) subtitles as a timed transcript.

Each cue's text becomes words of the transcript with a sync point at the cue's start (and
one at its end where a pause follows). A cue that opens with a speaker (a WebVTT voice
``<v Informan 3>`` or a label such as ``Informan 3:``) starts a paragraph; a cue without
one continues the paragraph before it unless a pause of two seconds or more lies between.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from app.errors.media import InvalidSubtitles, InvalidTimestamp, TranscriptWithoutTimes
from app.io.speaker_turns import find_turns
from app.io.timed_transcript import (
    SRT,
    VTT,
    Mark,
    TimedLine,
    TimedText,
    assemble,
    milliseconds,
)

PAUSE_MS = 2000

_TIME = r"(?:(\d{1,2}):)?(\d{1,2}):(\d{1,2})[,.](\d{1,3})"
_TIMING = re.compile(rf"^\s*(?P<start>{_TIME})\s*-->\s*(?P<end>{_TIME})(?:\s.*)?$")
_ONE_TIME = re.compile(rf"^{_TIME}$")
_VOICE = re.compile(r"^\s*<v(?:\.[^\s>]*)?\s+(?P<name>[^>]+)>")
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True, slots=True)
class _Cue:
    start: Mark
    end: Mark
    speaker: str
    text: str


def parse_srt(text: str, *, path: Path | str) -> TimedText:
    return _build(_cues(text, path=path, webvtt=False), path=path, transcript_format=SRT)


def parse_vtt(text: str, *, path: Path | str) -> TimedText:
    first = text.split("\n", 1)[0].strip()
    if not first.startswith("WEBVTT"):
        raise InvalidSubtitles(path=path, line=1)
    return _build(_cues(text, path=path, webvtt=True), path=path, transcript_format=VTT)


def _blocks(text: str) -> list[list[tuple[int, str]]]:
    """Runs of non-blank lines, each line with its number."""
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            current.append((number, line))
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _cues(text: str, *, path: Path | str, webvtt: bool) -> list[_Cue]:
    cues: list[_Cue] = []
    blocks = _blocks(text)
    if webvtt:
        blocks = blocks[1:]  # the WEBVTT header block
    for block in blocks:
        first = block[0][1].strip()
        if webvtt and first.split(" ", 1)[0] in ("NOTE", "STYLE", "REGION"):
            continue
        timing_index = next((index for index, (_, line) in enumerate(block[:2])
                             if "-->" in line), None)
        if timing_index is None:
            raise InvalidSubtitles(path=path, line=block[min(1, len(block) - 1)][0])
        number, timing_line = block[timing_index]
        timing = _TIMING.match(timing_line)
        if timing is None:
            raise InvalidSubtitles(path=path, line=number)
        start = _time_mark(timing.group("start"), number, path)
        end = _time_mark(timing.group("end"), number, path)
        speaker, words = _cue_words([line for _, line in block[timing_index + 1:]], webvtt)
        if words or speaker:
            cues.append(_Cue(start, end, speaker, words))
    if not cues:
        raise TranscriptWithoutTimes(path=path)
    return cues


def _time_mark(stamp: str, line: int, path: Path | str) -> Mark:
    match = _ONE_TIME.match(stamp.strip())
    if match is None:
        raise InvalidTimestamp(path=path, line=line, stamp=stamp)
    hours, minutes, seconds, fraction = match.groups()
    if int(minutes) > 59 or int(seconds) > 59:
        raise InvalidTimestamp(path=path, line=line, stamp=stamp)
    return Mark(milliseconds(int(hours or 0), int(minutes), int(seconds), fraction), line,
                stamp.strip())


def _cue_words(lines: list[str], webvtt: bool) -> tuple[str, str]:
    """The cue's speaker (from a voice tag) and its words on one line, tags removed."""
    speaker = ""
    joined = " ".join(line.strip() for line in lines)
    if webvtt:
        voice = _VOICE.match(joined)
        if voice is not None:
            speaker = voice.group("name").strip()
            joined = joined[voice.end():]
        joined = html.unescape(_TAG.sub("", joined))
    return speaker, " ".join(joined.split())


def _build(cues: list[_Cue], *, path: Path | str, transcript_format: str) -> TimedText:
    lines: list[TimedLine] = []
    current_speaker = ""
    for index, cue in enumerate(cues):
        labelled = bool(cue.speaker) or bool(find_turns(cue.text))
        previous = cues[index - 1] if index else None
        pause = previous is None or cue.start.time_ms - previous.end.time_ms >= PAUSE_MS
        same_voice = bool(cue.speaker) and cue.speaker == current_speaker
        words = f"{cue.speaker}: {cue.text}" if cue.speaker and not same_voice else cue.text
        if not lines or pause or (labelled and not same_voice):
            if same_voice and pause:
                words = f"{cue.speaker}: {cue.text}"
            lines.append(TimedLine(cue.start.line, [cue.start, words]))
        else:
            lines[-1].pieces.extend([" ", cue.start, words])
        if cue.speaker:
            current_speaker = cue.speaker
        elif labelled:
            current_speaker = ""
        following = cues[index + 1] if index + 1 < len(cues) else None
        if following is None or following.start.time_ms > cue.end.time_ms:
            lines[-1].pieces.append(cue.end)
    return assemble(lines, path=path, transcript_format=transcript_format)
