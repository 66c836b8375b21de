"""Read a timestamped transcript file of any form Telaah knows.

``.srt`` and ``.vtt`` are subtitles, ``.otr`` is oTranscribe's file, ``.html``/``.htm`` its
HTML; ``.txt`` and ``.docx`` carry ``[hh:mm:ss]`` or ``#hh:mm:ss-d#`` marks in their text.
The result is a :class:`~app.io.source_file.SourceFile` (text, paragraphs, turns, hash) and
the transcript's sync points.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from app.errors import UnsupportedFileType
from app.io.file_bytes import read_file_bytes
from app.io.otranscribe import parse_otr, parse_otranscribe_html
from app.io.source_file import (
    DEFAULT_MAX_BYTES,
    SourceFile,
    read_source_file,
)
from app.io.speaker_turns import find_paragraphs, find_turns
from app.io.subtitle_cues import parse_srt, parse_vtt
from app.io.sync_points import SyncPoint
from app.io.timed_transcript import TimedText, has_marks, parse_marked_text
from app.io.txt_reader import decode_text_bytes

TIMED_SUFFIXES = (".srt", ".vtt", ".otr", ".html", ".htm")
TEXT_SUFFIXES = (".txt", ".text", ".md", ".docx")
_PARSERS = {".srt": parse_srt, ".vtt": parse_vtt, ".otr": parse_otr,
            ".html": parse_otranscribe_html, ".htm": parse_otranscribe_html}


@dataclass(frozen=True)
class TranscriptFile:
    """A transcript as a source file and the sync points its times gave; no points for a
    plain transcript (a recording imported with it stays unsynchronised until marked)."""

    source: SourceFile
    timed: TimedText | None

    @property
    def sync_points(self) -> tuple[SyncPoint, ...]:
        return self.timed.sync_points if self.timed is not None else ()


def read_transcript_file(path: Path, *, encoding: str | None = None,
                         max_bytes: int = DEFAULT_MAX_BYTES) -> TranscriptFile:
    """Read ``path``; refuses bad times with one :class:`app.errors.FileProblem` naming the
    file and line."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in _PARSERS:
        data = read_file_bytes(path, max_bytes=max_bytes)
        text, used_encoding = decode_text_bytes(data, path=path, encoding=encoding)
        timed = _PARSERS[suffix](text, path=path)
        return TranscriptFile(_source_file(timed, path, data, used_encoding), timed)
    if suffix not in TEXT_SUFFIXES:
        raise UnsupportedFileType(path=path, suffix=suffix)
    plain = read_source_file(path, encoding=encoding, max_bytes=max_bytes)
    if not has_marks(plain.text):
        return TranscriptFile(plain, None)
    timed = parse_marked_text(plain.text, path=path)
    source = SourceFile(text=timed.text, encoding=plain.encoding, file_format=plain.file_format,
                        file_name=plain.file_name, sha256=plain.sha256,
                        paragraphs=find_paragraphs(timed.text), turns=find_turns(timed.text))
    return TranscriptFile(source, timed)


def _source_file(timed: TimedText, path: Path, data: bytes, encoding: str) -> SourceFile:
    return SourceFile(text=timed.text, encoding=encoding, file_format=timed.transcript_format,
                      file_name=path.name, sha256=hashlib.sha256(data).hexdigest(),
                      paragraphs=find_paragraphs(timed.text), turns=find_turns(timed.text))
