"""Errors about PDF documents, scans and their OCR, and photos used as sources."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors.base import TelaahError
from app.errors.files import FileProblem

# --- PDF ---------------------------------------------------------------------------------------


@dataclass(eq=False, kw_only=True)
class EncryptedPdf(FileProblem):
    template = (
        "{path}: the PDF is protected by a password; save a copy without the password "
        "and import that."
    )


@dataclass(eq=False, kw_only=True)
class DamagedPdf(FileProblem):
    """``detail`` is PDFium's reason, kept for ``--verbose``."""

    template = "{path}: the PDF is damaged or not a PDF file and cannot be read."


@dataclass(eq=False, kw_only=True)
class PdfTooManyPages(FileProblem):
    template = (
        "{path}: the PDF has {pages} pages, more than the {limit} Telaah imports; "
        "split it into parts."
    )

    pages: int
    limit: int


@dataclass(eq=False, kw_only=True)
class PdfStreamTooLarge(FileProblem):
    template = (
        "{path}: the PDF holds a compressed stream that unpacks to more than {limit_mb} MB; "
        "it is refused as a possible decompression bomb."
    )

    limit_mb: int


@dataclass(eq=False, kw_only=True)
class PdfWithoutText(FileProblem):
    template = (
        "{path}: the PDF has no text layer (it is a scan or holds only pictures); "
        "import it with OCR to recognise its text."
    )


@dataclass(eq=False, kw_only=True)
class OcrUnavailable(FileProblem):
    template = (
        "{path}: the PDF has no text layer (it is a scan) and OCR needs Tesseract with its "
        "Indonesian data; install the packages tesseract-ocr and tesseract-ocr-ind."
    )


@dataclass(eq=False, kw_only=True)
class OcrFailed(FileProblem):
    """``detail`` is Tesseract's own message, kept for ``--verbose``."""

    template = "{path}: OCR of page {page} failed; the PDF was not imported."

    page: int


@dataclass(eq=False, kw_only=True)
class OcrFoundNoText(FileProblem):
    template = "{path}: OCR recognised no text on any page; the PDF was not imported."


# --- images ------------------------------------------------------------------------------------


@dataclass(eq=False, kw_only=True)
class NotAnImage(FileProblem):
    """``detail`` is Pillow's reason, kept for ``--verbose``."""

    template = (
        "{path}: the file is not a JPEG, PNG or TIFF picture (or it is damaged), "
        "whatever its name says."
    )


@dataclass(eq=False, kw_only=True)
class ImageTooLarge(FileProblem):
    template = (
        "{path}: the picture has {megapixels} million pixels, more than the {limit} million "
        "Telaah accepts (a possible decompression bomb); scale it down first."
    )

    megapixels: int
    limit: int


# --- regions -----------------------------------------------------------------------------------


@dataclass(eq=False, kw_only=True)
class InvalidRegion(TelaahError):
    template = (
        "The region x={x}, y={y}, width={w}, height={h} does not lie inside the picture "
        "(each value from 0 to 1, width and height above 0)."
    )

    x: float
    y: float
    w: float
    h: float


@dataclass(eq=False, kw_only=True)
class NotAPicture(TelaahError):
    template = "The source '{title}' is not a photo; regions can only be coded on photos."

    title: str
