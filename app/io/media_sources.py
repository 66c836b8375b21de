"""PDFs and photos as sources: their text, pages and original file (see
:func:`app.io.source_file.read_source_file`, which dispatches here).

A PDF's text is its running text (:mod:`app.io.pdf_reader`), or with ``ocr`` what
Tesseract reads on a scan (:mod:`app.io.pdf_ocr`). A photo's text starts as one line naming
the file; each coded region adds its description as a line of its own
(:mod:`app.core.regions`), so a region's description is its segment's text everywhere a
text segment shows its quote.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from app.errors import OcrUnavailable, PdfWithoutText
from app.io.image_reader import read_picture
from app.io.original_file import OriginalFile
from app.io.pdf_ocr import ocr_pdf_bytes, tesseract_program
from app.io.pdf_reader import read_pdf_bytes
from app.io.source_text import SourceFile, check_paragraph_lengths
from app.io.speaker_turns import find_paragraphs


def read_pdf_source(path: Path, data: bytes, *, ocr: bool = False,
                    progress: Callable[[int, int], None] | None = None) -> SourceFile:
    pdf = read_pdf_bytes(data, path=path, progress=progress)
    machine_made = False
    if not pdf.has_text:
        if tesseract_program() is None:
            raise OcrUnavailable(path=path)
        if not ocr:
            raise PdfWithoutText(path=path)
        pdf = ocr_pdf_bytes(data, path=path, progress=progress)
        machine_made = True
    check_paragraph_lengths(pdf.text, path)
    digest = hashlib.sha256(data).hexdigest()
    meta: dict[str, object] = {"pages": len(pdf.pages), "ocr": machine_made}
    if pdf.title:
        meta["title"] = pdf.title
    return SourceFile(
        text=pdf.text, encoding="pdf", file_format="pdf", file_name=path.name, sha256=digest,
        paragraphs=find_paragraphs(pdf.text), turns=(), pages=pdf.pages,
        original=OriginalFile(filename=path.name, media_type="pdf", mime="application/pdf",
                              data=data, sha256=digest, meta=meta),
        machine_made=machine_made)


def picture_caption(file_name: str) -> str:
    """The first line of a photo source's text."""
    return f"[{file_name}]"


def read_picture_source(path: Path, data: bytes, *, file_format: str) -> SourceFile:
    info = read_picture(data, path=path)
    digest = hashlib.sha256(data).hexdigest()
    text = picture_caption(path.name)
    meta: dict[str, object] = {"width": info.width, "height": info.height}
    if info.taken:
        meta["exif_date"] = info.taken
    return SourceFile(
        text=text, encoding=file_format, file_format=file_format, file_name=path.name,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        paragraphs=find_paragraphs(text), turns=(),
        original=OriginalFile(filename=path.name, media_type="image", mime=info.mime,
                              data=data, sha256=digest, meta=meta),
        taken=info.taken)
