"""Read a PDF into a source's text with its pages, through PDFium (pypdfium2).

The text of each page comes in reading order (:mod:`app.io.pdf_layout`); a header or footer
line that repeats on most pages (its digits aside, so "Halaman 3" matches "Halaman 4") is
left out of the running text and kept with its page. Pages are joined with ``\\n``; each
page knows its ``[start, end)`` in the normalised text, so a segment's page is the one its
start falls in.

Before PDFium sees the file, every Flate stream is unpacked with a ceiling, so a small file
that unpacks to gigabytes (a decompression bomb in an object stream) is refused instead of
filling memory. A password, a damaged file or too many pages are refused with one line.
A PDF without a text layer comes back with ``has_text`` False: the core offers OCR.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# pypdfium2 ships no type hints (no py.typed); its objects are Any here.
import pypdfium2 as pdfium  # type: ignore[import-untyped]

from app.errors import (
    Cancelled,
    DamagedPdf,
    EncryptedPdf,
    PdfStreamTooLarge,
    PdfTooManyPages,
)
from app.io.pdf_layout import Run, paragraphs, reading_order
from app.io.text_normalise import normalise_text

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

MAX_PAGES = 2000
# One stream may unpack to this much; a page's content stream is rarely above a few MB.
MAX_STREAM_BYTES = 256 * 1024 * 1024
# Header and footer zones: the top and bottom share of the page height.
_MARGIN_SHARE = 0.12
_STREAM = re.compile(rb"stream\r?\n")
_SLICE = 16 * 1024 * 1024
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class PdfPageText:
    """Page ``number`` (1-based): its span in the source text and its running lines."""

    number: int
    label: str
    width: float
    height: float
    start: int
    end: int
    header: str
    footer: str


@dataclass(frozen=True)
class PdfText:
    text: str
    pages: tuple[PdfPageText, ...]
    has_text: bool
    title: str


@dataclass
class _RawPage:
    width: float
    height: float
    label: str
    runs: list[Run]


def check_streams(data: bytes, *, path: Path, limit: int = MAX_STREAM_BYTES) -> None:
    """Refuse a PDF with a compressed stream that unpacks to more than ``limit`` bytes."""
    for match in _STREAM.finditer(data):
        start = match.end()
        end = data.find(b"endstream", start)
        if end < 0:
            return
        inflater = zlib.decompressobj()
        pending, unpacked = data[start:end], 0
        try:
            # In slices, counting and dropping: a bomb never occupies memory.
            while pending:
                unpacked += len(inflater.decompress(pending, _SLICE))
                if unpacked > limit:
                    raise PdfStreamTooLarge(path=path, limit_mb=limit // (1024 * 1024))
                if not inflater.unconsumed_tail:
                    break
                pending = inflater.unconsumed_tail
        except zlib.error:
            continue  # not Flate (or damaged): PDFium judges it


def open_pdf(data: bytes, *, path: Path, max_pages: int = MAX_PAGES) -> pdfium.PdfDocument:
    """The PDFium document of ``data``, or a clear refusal."""
    check_streams(data, path=path)
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise EncryptedPdf(path=path) from None
        raise DamagedPdf(path=path, detail=str(error)) from None
    pages = len(document)
    if pages == 0:
        document.close()
        raise DamagedPdf(path=path, detail="the PDF has no pages")
    if pages > max_pages:
        document.close()
        raise PdfTooManyPages(path=path, pages=pages, limit=max_pages)
    return document


def read_pdf_bytes(data: bytes, *, path: Path, progress: Progress | None = None,
                   is_cancelled: IsCancelled | None = None,
                   max_pages: int = MAX_PAGES) -> PdfText:
    """The text of the PDF ``data`` with its pages (see the module docstring)."""
    document = open_pdf(data, path=path, max_pages=max_pages)
    try:
        title = str(document.get_metadata_value("Title") or "").strip()
        raw_pages: list[_RawPage] = []
        count = len(document)
        for index in range(count):
            if is_cancelled is not None and is_cancelled():
                raise Cancelled()
            raw_pages.append(_read_page(document, index, path))
            if progress is not None:
                progress(index + 1, count)
    finally:
        document.close()
    return assemble(raw_pages, title=title)


def _read_page(document: pdfium.PdfDocument, index: int, path: Path) -> _RawPage:
    try:
        page = document[index]
        width, height = page.get_size()
        text_page = page.get_textpage()
        runs = []
        for rect_index in range(text_page.count_rects()):
            left, bottom, right, top = text_page.get_rect(rect_index)
            text = text_page.get_text_bounded(left, bottom, right, top)
            text = text.replace("\r", " ").replace("\n", " ")
            if text.strip():
                runs.append(Run(x0=left, top=height - top, x1=right, bottom=height - bottom,
                                text=text))
        label = document.get_page_label(index) or ""
        text_page.close()
        page.close()
    except pdfium.PdfiumError as error:
        raise DamagedPdf(path=path, detail=f"page {index + 1}: {error}") from None
    return _RawPage(width=width, height=height, label=label.strip(), runs=runs)


def _margin_lines(runs: list[Run], height: float, *, top: bool) -> list[list[Run]]:
    """The lines in the top (or bottom) margin zone, from the page edge inwards."""
    if top:
        zone = [run for run in runs if run.bottom <= height * _MARGIN_SHARE]
    else:
        zone = [run for run in runs if run.top >= height * (1 - _MARGIN_SHARE)]
    lines: list[list[Run]] = []
    for run in sorted(zone, key=lambda item: item.top, reverse=not top):
        if lines and abs(lines[-1][0].top - run.top) < 0.5 * run.height:
            lines[-1].append(run)
        else:
            lines.append([run])
    return [sorted(line, key=lambda run: run.x0) for line in lines]


def _key(runs: list[Run]) -> str:
    text = " ".join(run.text.strip() for run in runs)
    return _DIGITS.sub("#", " ".join(text.split()))


def _repeated(lines: list[list[Run]], counts: Counter[str], needed: int) -> list[list[Run]]:
    """The lines from the page edge inwards that repeat on enough pages."""
    kept: list[list[Run]] = []
    for line in lines:
        if counts[_key(line)] < needed:
            break
        kept.append(line)
    return kept


def assemble(raw_pages: list[_RawPage], *, title: str = "") -> PdfText:
    """The running text and the pages, running headers and footers set apart."""
    tops = [_margin_lines(page.runs, page.height, top=True) for page in raw_pages]
    bottoms = [_margin_lines(page.runs, page.height, top=False) for page in raw_pages]
    with_text = sum(1 for page in raw_pages if page.runs)
    needed = max(2, (with_text + 1) // 2)
    top_counts: Counter[str] = Counter()
    bottom_counts: Counter[str] = Counter()
    for lines in tops:
        top_counts.update({_key(line) for line in lines})
    for lines in bottoms:
        bottom_counts.update({_key(line) for line in lines})
    pieces: list[str] = []
    pages: list[PdfPageText] = []
    offset = 0
    for number, page in enumerate(raw_pages, start=1):
        header = _repeated(tops[number - 1], top_counts, needed)
        footer = list(reversed(_repeated(bottoms[number - 1], bottom_counts, needed)))
        left_out = {id(run) for line in header + footer for run in line}
        body = [run for run in page.runs if id(run) not in left_out]
        page_text = normalise_text("\n".join(paragraphs(reading_order(body, page.width))))
        if pieces:
            pieces.append("\n")
            offset += 1
        pieces.append(page_text)
        pages.append(PdfPageText(
            number=number, label=page.label, width=page.width, height=page.height,
            start=offset, end=offset + len(page_text),
            header=" ".join(_shown(line) for line in header),
            footer=" ".join(_shown(line) for line in footer)))
        offset += len(page_text)
    text = "".join(pieces)
    return PdfText(text=text, pages=tuple(pages), has_text=bool(text.strip()), title=title)


def _shown(runs: list[Run]) -> str:
    return normalise_text(" ".join(" ".join(run.text.split()) for run in runs))
