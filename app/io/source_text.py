"""What every source reader returns: a source's normalised text and what was learnt while
reading it (kept apart from the readers so that each reader module may build one)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import ParagraphTooLong
from app.io.original_file import OriginalFile
from app.io.speaker_turns import Paragraph, Turn

if TYPE_CHECKING:  # the PDF reader loads pypdfium2: not for every command (issue 19)
    from app.io.pdf_reader import PdfPageText

# A longer line is no transcript paragraph; it would also make the coding view crawl.
MAX_PARAGRAPH_CHARS = 1_000_000


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
    # A PDF's pages (their spans in ``text``), and the original PDF, photo or recording.
    pages: tuple[PdfPageText, ...] = ()
    original: OriginalFile | None = None
    # The text was made by a machine (OCR, automatic transcription): a draft to check.
    machine_made: bool = False
    # A photo's EXIF date (ISO), which becomes the source's date unless one is given.
    taken: str = ""


def check_paragraph_lengths(text: str, path: Path) -> None:
    for line_number, line in enumerate(text.split("\n"), start=1):
        if len(line) > MAX_PARAGRAPH_CHARS:
            raise ParagraphTooLong(path=path, line=line_number, length=len(line),
                                   limit=MAX_PARAGRAPH_CHARS)
