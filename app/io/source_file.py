"""Read a source file (.txt, .docx, .pdf or a photo) into normalised text with paragraphs
and turns; a PDF or photo also brings its original file (and a PDF its pages)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from app.errors import MacroDocument, UnsupportedFileType
from app.io.file_bytes import MiB, read_file_bytes
from app.io.source_text import MAX_PARAGRAPH_CHARS as MAX_PARAGRAPH_CHARS
from app.io.source_text import SourceFile as SourceFile
from app.io.source_text import check_paragraph_lengths
from app.io.speaker_turns import find_paragraphs, find_turns
from app.io.txt_reader import decode_text_bytes

DEFAULT_MAX_BYTES = 64 * MiB

# PDFs and photos may be larger: reports with pictures, photos straight from a camera.
MEDIA_MAX_BYTES = 256 * MiB

TXT = "txt"
DOCX = "docx"
PDF = "pdf"
JPEG = "jpeg"
PNG = "png"
TIFF = "tiff"
PICTURE_FORMATS = (JPEG, PNG, TIFF)
_FORMATS_BY_SUFFIX = {".txt": TXT, ".text": TXT, ".md": TXT, ".docx": DOCX, ".pdf": PDF,
                      ".jpg": JPEG, ".jpeg": JPEG, ".png": PNG, ".tif": TIFF, ".tiff": TIFF}
_MACRO_SUFFIXES = frozenset({".docm"})


def read_source_file(
    path: Path,
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    ocr: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> SourceFile:
    """Read ``path``; ``encoding`` forces the codec of a text file and is ignored for .docx.

    ``ocr`` recognises the text of a scanned PDF with Tesseract (else such a PDF is refused
    with a message offering OCR); ``progress`` hears of a PDF's pages.
    Raises a :class:`app.errors.FileProblem` subclass naming the file for every problem.
    """
    path = Path(path)
    file_format = _file_format(path)
    if file_format == PDF or file_format in PICTURE_FORMATS:
        # Imported here: PDF, OCR and picture readers (lxml, PIL) cost every command that
        # merely reaches this module ~0.1 s at start-up (issue 19).
        from app.io.media_sources import read_pdf_source, read_picture_source

        data = read_file_bytes(path, max_bytes=max(max_bytes, MEDIA_MAX_BYTES))
        if file_format == PDF:
            return read_pdf_source(path, data, ocr=ocr, progress=progress)
        return read_picture_source(path, data, file_format=file_format)
    data = read_file_bytes(path, max_bytes=max_bytes)
    if file_format == DOCX:
        from app.io.docx_reader import read_docx_bytes  # see above

        text, used_encoding = read_docx_bytes(data, path=path), DOCX
    else:
        text, used_encoding = decode_text_bytes(data, path=path, encoding=encoding)
    check_paragraph_lengths(text, path)
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
