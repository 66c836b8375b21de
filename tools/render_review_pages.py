"""Render pages of a review document (``telaah review export``) with its comments in the
margin, for the user guide's pictures.

LibreOffice 7.4 lays the pages out (``soffice --convert-to pdf``; poppler turns them into
pixels and gives each word's box) but cannot print comments in the margin, so this script
draws them: each Word comment, as read back from the file by Telaah's own reader (after
LibreOffice saved it, when ``--through-libreoffice`` is given), in a balloon beside the line
its passage starts on, with the passage shaded.

    python tools/render_review_pages.py review.docx --pages 2 3 -o docs/images/review-word
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

from app.io.docx_review_reader import WordComment, read_review_document  # noqa: E402

DPI = 110
MARGIN_PT = 250  # width of the comment column, in points
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(text)]


def _convert(document: Path, folder: Path, target: str) -> Path:
    profile = folder / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", target, "--outdir", str(folder / target), str(document)],
                   check=True, capture_output=True, timeout=300)
    return folder / target / (document.stem + "." + target)


def _page_words(pdf: Path, page: int, folder: Path) -> tuple[float, float, list[tuple]]:
    boxes = folder / f"words-{page}.html"
    subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(pdf),
                    str(boxes)], check=True)
    root = etree.parse(str(boxes), etree.HTMLParser()).getroot()
    sheet = root.find(".//page")
    words = [(float(w.get("xmin")), float(w.get("ymin")), float(w.get("xmax")),
              float(w.get("ymax")), (w.text or "").lower())
             for w in root.iter("word")]
    return float(sheet.get("width")), float(sheet.get("height")), words


def _find(words: list[tuple], quote: list[str]) -> list[tuple] | None:
    """The page words of the quote's first words (all of them, when it fits the page)."""
    plain = [_words(word[4]) for word in words]
    flat = [(index, part) for index, parts in enumerate(plain) for part in parts]
    wanted = quote[: max(3, min(len(quote), 40))]
    for start in range(len(flat)):
        if [part for _index, part in flat[start:start + len(wanted)]] == wanted[:len(
                flat[start:start + len(wanted)])] and len(flat) - start >= min(3, len(wanted)):
            first = flat[start][0]
            last = flat[min(start + len(wanted), len(flat)) - 1][0]
            return words[first:last + 1]
    return None


def render(document: Path, pages: list[int], output: Path, through_lo: bool) -> list[Path]:
    QGuiApplication.instance() or QGuiApplication([])
    written = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        source = _convert(document, folder, "docx") if through_lo else document
        comments = [c for c in read_review_document(source).comments if c.quote.strip()]
        pdf = _convert(source, folder, "pdf")
        for page in pages:
            prefix = folder / f"page-{page}"
            subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", str(page), "-l", str(page),
                            "-singlefile", str(pdf), str(prefix)], check=True)
            width, height, words = _page_words(pdf, page, folder)
            target = output.with_name(f"{output.name}-{page}.png")
            _draw(QImage(str(prefix) + ".png"), width, height, words, comments, target)
            written.append(target)
    return written


def _draw(page: QImage, width: float, height: float, words: list[tuple],
          comments: list[WordComment], target: Path) -> None:
    scale = page.width() / width
    margin = int(MARGIN_PT * scale)
    image = QImage(page.width() + margin, page.height(), QImage.Format.Format_RGB32)
    image.fill(QColor("#e8e8e8"))
    painter = QPainter(image)
    painter.drawImage(0, 0, page)
    font = QFont("DejaVu Sans")
    font.setPixelSize(int(7.2 * scale))
    painter.setFont(font)
    next_top = 4.0
    colours = [QColor(255, 214, 102, 90), QColor(125, 190, 255, 90), QColor(150, 220, 150, 90)]
    placed = []
    for number, comment in enumerate(comments):
        found = _find(words, _words(comment.quote))
        if found:
            placed.append((found[0][1], comment.segment_id is None, number, comment, found))
    for _y, _reply, number, comment, found in sorted(placed, key=lambda item: item[:3]):
        colour = colours[number % len(colours)]
        for x0, y0, x1, y1, _text in found:
            painter.fillRect(QRectF(x0 * scale, y0 * scale, (x1 - x0) * scale,
                                    (y1 - y0) * scale), colour)
        anchor_y = found[0][1] * scale
        box_width = margin - 16
        text = comment.text if comment.segment_id is not None else (
            f"{comment.author}: {comment.text}")
        bounds = painter.boundingRect(QRectF(0, 0, box_width - 12, 2000),
                                      int(Qt.TextFlag.TextWordWrap), text)
        top = max(anchor_y - 4, next_top)
        if top + bounds.height() + 10 > image.height():
            break
        box = QRectF(page.width() + 8, top, box_width, bounds.height() + 10)
        solid = QColor(colour)
        solid.setAlpha(255)
        painter.setPen(QPen(solid.darker(130), 1))
        first_line_end = max(word[2] for word in found if abs(word[1] - found[0][1]) < 1)
        painter.drawLine(QPointF(first_line_end * scale, anchor_y + 6),
                         QPointF(box.left(), top + 8))
        painter.fillRect(box, QColor("#fffbe6") if comment.segment_id is None else
                         QColor("white"))
        painter.drawRect(box)
        painter.setPen(QColor("#202020"))
        painter.drawText(box.adjusted(6, 5, -6, -5), int(Qt.TextFlag.TextWordWrap), text)
        next_top = box.bottom() + 6
    painter.end()
    image.save(str(target))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("document", type=Path)
    parser.add_argument("--pages", type=int, nargs="+", default=[1])
    parser.add_argument("-o", "--output", type=Path, required=True,
                        help="file name prefix; '-<page>.png' is added")
    parser.add_argument("--through-libreoffice", action="store_true",
                        help="let LibreOffice open and save the .docx first")
    arguments = parser.parse_args()
    for path in render(arguments.document, arguments.pages, arguments.output,
                       arguments.through_libreoffice):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
