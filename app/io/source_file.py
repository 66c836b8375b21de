"""Read a source file (.txt or .docx) into normalised text with paragraphs and turns."""

from __future__ import annotations

import hashlib
import stat
from dataclasses import dataclass
from pathlib import Path

from app.errors import (
    FileNotFoundProblem,
    FileTooLarge,
    FileUnreadable,
    MacroDocument,
    UnsupportedFileType,
)
from app.io.docx_reader import read_docx_bytes
from app.io.speaker_turns import Paragraph, Turn, find_paragraphs, find_turns
from app.io.txt_reader import decode_text_bytes

MiB = 1024 * 1024
DEFAULT_MAX_BYTES = 64 * MiB

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
    data = _read_bytes(path, max_bytes)
    if file_format == DOCX:
        text, used_encoding = read_docx_bytes(data, path=path), DOCX
    else:
        text, used_encoding = decode_text_bytes(data, path=path, encoding=encoding)
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


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing a missing, special or too large file before reading."""
    try:
        status = path.stat()
    except FileNotFoundError:
        raise FileNotFoundProblem(path=path) from None
    except OSError as error:
        raise FileUnreadable(path=path, detail=_os_detail(error)) from None
    if stat.S_ISDIR(status.st_mode):
        raise FileUnreadable(path=path, detail="it is a folder")
    if not stat.S_ISREG(status.st_mode):
        raise FileUnreadable(path=path, detail="it is not a regular file")
    _check_size(path, status.st_size, max_bytes)
    try:
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise FileNotFoundProblem(path=path) from None
    except OSError as error:
        raise FileUnreadable(path=path, detail=_os_detail(error)) from None
    _check_size(path, len(data), max_bytes)  # the file may have grown since stat()
    return data


def _check_size(path: Path, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise FileTooLarge(
            path=path,
            size_mb=_megabytes(size, round_up=True),
            limit_mb=_megabytes(max_bytes),
            size_bytes=size,
            limit_bytes=max_bytes,
        )


def _megabytes(size: int, *, round_up: bool = False) -> float:
    """Size in MiB to one decimal, without ".0" when whole (64, not 64.0).

    A size over a limit is rounded up and the limit down, so that the message never
    claims that 64 MB is more than 64 MB.
    """
    tenths = -(-size * 10 // MiB) if round_up else size * 10 // MiB
    return tenths // 10 if tenths % 10 == 0 else tenths / 10


def _os_detail(error: OSError) -> str:
    return error.strerror or type(error).__name__
