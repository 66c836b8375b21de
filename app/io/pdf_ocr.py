"""OCR of a scanned PDF: each page rendered by PDFium and read by Tesseract.

Tesseract is an optional system program (Debian: ``tesseract-ocr`` with the Indonesian
data ``tesseract-ocr-ind``); it is run as a separate process per page, with the page as a
PNG in a private temporary folder, and never reaches the network. Progress is reported
per page and the progress callback may raise ``Cancelled`` between pages. The text is
built like a text-layer PDF's: paragraphs (Tesseract's blank lines) with their lines
joined and hyphenation undone, pages joined with ``\\n``.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.errors import OcrFailed, OcrFoundNoText, OcrUnavailable
from app.io.pdf_layout import join_lines
from app.io.pdf_reader import PdfPageText, PdfText, open_pdf
from app.io.text_normalise import normalise_text

Progress = Callable[[int, int], None]
LANGUAGES = "ind+eng"
DPI = 300
# One page must not hold the import forever.
PAGE_TIMEOUT_S = 180


def tesseract_program() -> str | None:
    """The Tesseract program if it is installed with Indonesian data, else None."""
    program = shutil.which("tesseract")
    if program is None:
        return None
    try:
        listed = subprocess.run([program, "--list-langs"], capture_output=True, text=True,
                                timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    languages = set((listed.stdout + listed.stderr).split())
    return program if "ind" in languages else None


def ocr_pdf_bytes(data: bytes, *, path: Path, progress: Progress | None = None) -> PdfText:
    """The text Tesseract recognises on each page of the scanned PDF ``data``."""
    program = tesseract_program()
    if program is None:
        raise OcrUnavailable(path=path)
    document = open_pdf(data, path=path)
    pieces: list[str] = []
    pages: list[PdfPageText] = []
    offset = 0
    try:
        count = len(document)
        with tempfile.TemporaryDirectory(prefix="telaah-ocr-") as folder:
            for index in range(count):
                page = document[index]
                width, height = page.get_size()
                image_path = Path(folder) / f"page-{index + 1}.png"
                page.render(scale=DPI / 72).to_pil().save(image_path)
                page.close()
                page_text = _recognise(program, image_path, path, index + 1)
                image_path.unlink()
                if pieces:
                    pieces.append("\n")
                    offset += 1
                pieces.append(page_text)
                pages.append(PdfPageText(number=index + 1, label="", width=width,
                                         height=height, start=offset,
                                         end=offset + len(page_text), header="", footer=""))
                offset += len(page_text)
                if progress is not None:
                    progress(index + 1, count)
    finally:
        document.close()
    text = "".join(pieces)
    if not text.strip():
        raise OcrFoundNoText(path=path)
    return PdfText(text=text, pages=tuple(pages), has_text=True, title="")


def _recognise(program: str, image: Path, path: Path, page: int) -> str:
    try:
        done = subprocess.run([program, str(image), "stdout", "-l", LANGUAGES],
                              capture_output=True, timeout=PAGE_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError) as error:
        raise OcrFailed(path=path, page=page, detail=str(error)) from None
    if done.returncode != 0:
        raise OcrFailed(path=path, page=page,
                        detail=done.stderr.decode("utf-8", "replace").strip())
    raw = normalise_text(done.stdout.decode("utf-8", "replace")).replace("\f", "")
    paragraphs = []
    for block in raw.split("\n\n"):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        joined = lines[0]
        for line in lines[1:]:
            joined = join_lines(joined, line)
        paragraphs.append(joined)
    return "\n".join(paragraphs)
