"""PDFs and photos for the tests, made the way a researcher's files are: a .docx written
with python-docx and turned into a PDF by LibreOffice (``soffice --headless``); a scan made
from an image; photos drawn with Pillow. Nothing here is a stored fixture."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.conftest import without_tool

SOFFICE = shutil.which("soffice")


def need_soffice() -> str:
    if SOFFICE is None:
        without_tool("LibreOffice (soffice) is not installed")
    return SOFFICE


def _page_number_field(paragraph: object) -> None:
    run = paragraph.add_run()  # type: ignore[attr-defined]
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind is not None:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def write_docx(path: Path, paragraphs: Sequence[str], *, columns: int = 1,
               header: str = "", footer_page_numbers: bool = False,
               page_breaks_every: int = 0, title: str = "") -> Path:
    """A .docx with ``paragraphs`` (optionally in ``columns`` columns), a running header
    and page numbers in the footer, a page break every ``page_breaks_every`` paragraphs."""
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "DejaVu Sans"  # type: ignore[union-attr]
    style.font.size = Pt(10)  # type: ignore[union-attr]
    section = document.sections[0]
    if title:
        document.add_heading(title, level=1)
    if columns > 1:
        if title:
            # The title spans the page; the columns start in a new continuous section.
            document.add_section(0)  # WD_SECTION.CONTINUOUS
            section = document.sections[-1]
        cols = section._sectPr.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols")
            section._sectPr.append(cols)
        cols.set(qn("w:num"), str(columns))
        cols.set(qn("w:space"), "720")
    for section_item in document.sections:
        if header:
            section_item.header.paragraphs[0].text = header
        if footer_page_numbers:
            footer = section_item.footer.paragraphs[0]
            footer.text = ""
            _page_number_field(footer)
    for number, text in enumerate(paragraphs, start=1):
        document.add_paragraph(text)
        if page_breaks_every and number % page_breaks_every == 0 and number < len(paragraphs):
            document.add_page_break()
    document.save(str(path))
    return path


def docx_to_pdf(docx: Path, *, out_dir: Path | None = None, filter_options: str = "") -> Path:
    """Convert with LibreOffice; the PDF lands beside the .docx (or in ``out_dir``)."""
    soffice = need_soffice()
    out_dir = out_dir or docx.parent
    target = "pdf" + (f":writer_pdf_Export:{filter_options}" if filter_options else "")
    profile = (out_dir / ".lo-profile").resolve()
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", target, "--outdir", str(out_dir), str(docx)],
                   check=True, capture_output=True, timeout=180)
    pdf = out_dir / (docx.stem + ".pdf")
    assert pdf.exists(), f"LibreOffice made no PDF from {docx}"
    return pdf


def make_pdf(tmp_path: Path, name: str, paragraphs: Sequence[str], **options: object) -> Path:
    filter_options = str(options.pop("filter_options", ""))
    docx = write_docx(tmp_path / f"{name}.docx", paragraphs, **options)  # type: ignore[arg-type]
    return docx_to_pdf(docx, filter_options=filter_options)


MARKED_WORDS = ("pelayanan", "publik", "dinas", "koperasi", "usaha", "mikro", "pendampingan",
                "anggaran", "program", "kegiatan", "indikator", "kinerja", "sasaran",
                "strategis", "pelatihan", "pemasaran", "digital", "modal", "kelembagaan")


def marked_paragraphs(count: int, *, words: int = 60) -> list[str]:
    """Paragraphs that start with their own marker ("Paragraf 07:") so that the order a
    reader gives them back can be checked."""
    found = []
    for number in range(1, count + 1):
        body = " ".join(MARKED_WORDS[(number * 7 + index * 3) % len(MARKED_WORDS)]
                        for index in range(words))
        found.append(f"Paragraf {number:02d}: {body}.")
    return found


def scanned_pdf(path: Path, lines: Sequence[str]) -> Path:
    """A one-page PDF that is only a picture of typed text, as a scanner makes it."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
    page = Image.new("L", (1654, 2339), 255)  # A4 at 200 dpi
    draw = ImageDraw.Draw(page)
    for number, line in enumerate(lines):
        draw.text((150, 200 + number * 70), line, fill=0, font=font)
    page.save(path, "PDF", resolution=200)
    return path


def photo(path: Path, *, size: tuple[int, int] = (1200, 900), taken: str = "",
          image_format: str = "JPEG") -> Path:
    """An observation photo without people: a table with boxes and a board, drawn."""
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", size, (218, 224, 230))
    draw = ImageDraw.Draw(picture)
    width, height = size
    draw.rectangle((0, int(height * 0.65), width, height), fill=(150, 110, 70))  # table
    for index in range(4):
        left = int(width * (0.1 + index * 0.2))
        draw.rectangle((left, int(height * 0.45), left + int(width * 0.12),
                        int(height * 0.65)), fill=(200 - index * 30, 80 + index * 30, 60))
    draw.rectangle((int(width * 0.3), int(height * 0.08), int(width * 0.7),
                    int(height * 0.3)), fill=(40, 90, 60))  # notice board
    exif = Image.Exif()
    if taken:
        exif[306] = taken
        exif.get_ifd(0x8769)[36867] = taken
    options: dict[str, object] = {"exif": exif} if taken else {}
    picture.save(path, image_format, **options)
    return path
