"""Read a source file (.txt or .docx) into normalised text with paragraphs and turns."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from app.errors import MacroDocument, ParagraphTooLong, UnsupportedFileType
from app.io.docx_reader import read_docx_bytes
from app.io.file_bytes import MiB, read_file_bytes
from app.io.speaker_turns import Paragraph, Turn, find_paragraphs, find_turns
from app.io.txt_reader import decode_text_bytes

DEFAULT_MAX_BYTES = 64 * MiB
# A longer line is no transcript paragraph; it would also make the coding view crawl.
MAX_PARAGRAPH_CHARS = 1_000_000

TXT = "txt"
DOCX = "docx"
_FORMATS_BY_SUFFIX = {".txt": TXT, ".text": TXT, ".md": TXT, ".docx": DOCX}
_MACRO_SUFFIXES = frozenset({".docm"})


@dataclass(frozen=True)
class SourceFile:
    """A source's normalised text and what was learnt while reading it.

    ``encoding`` is the codec used for a text file ("utf-8", "cp1252", ...) or ``"docx"``;
    ``sha256`` is the hex digest of the file's raw bytes.
    """

    text: str
    encoding: str
    file_format: str
    file_name: str
    sha256: str
    paragraphs: tuple[Paragraph, ...]
    turns: tuple[Turn, ...]


def read_source_file(
    path: Path,
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> SourceFile:
    """Read ``path``; ``encoding`` forces the codec of a text file and is ignored for .docx.

    Raises a :class:`app.errors.FileProblem` subclass naming the file for every problem.
    """
    path = Path(path)
    file_format = _file_format(path)
    data = read_file_bytes(path, max_bytes=max_bytes)
    if file_format == DOCX:
        text, used_encoding = read_docx_bytes(data, path=path), DOCX
    else:
        text, used_encoding = decode_text_bytes(data, path=path, encoding=encoding)
    _check_paragraph_lengths(text, path)
    return SourceFile(
        text=text,
        encoding=used_encoding,
        file_format=file_format,
        file_name=path.name,
        sha256=hashlib.sha256(data).hexdigest(),
        paragraphs=find_paragraphs(text),
        turns=find_turns(text),
    )


def _file_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in _MACRO_SUFFIXES:
        raise MacroDocument(path=path)
    if suffix not in _FORMATS_BY_SUFFIX:
        raise UnsupportedFileType(path=path, suffix=suffix)
    return _FORMATS_BY_SUFFIX[suffix]


def _check_paragraph_lengths(text: str, path: Path) -> None:
    for line_number, line in enumerate(text.split("\n"), start=1):
        if len(line) > MAX_PARAGRAPH_CHARS:
            raise ParagraphTooLong(path=path, line=line_number, length=len(line),
                                   limit=MAX_PARAGRAPH_CHARS)
