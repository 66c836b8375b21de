"""Read a photo (JPEG, PNG, TIFF) for a source: check that it is really a picture of a
sane size, learn its pixel size and EXIF date, and make display and cropped copies.

Pillow only opens the header before the size check, so a decompression bomb (a small file
that unpacks to billions of pixels) is refused before any pixel is decoded; then the whole
picture is decoded once, so a truncated or fake file (a text file named .jpg) is refused at
import instead of failing later in a view or an export.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import ImageTooLarge, NotAnImage

if TYPE_CHECKING:
    from PIL import Image

# Pillow is imported where a picture is read, not with this module: the workbench reaches
# this module through the photo, PDF and REFI-QDA code and must not load Pillow at start-up
# (tests/ui/test_startup_imports.py).

# 110 million pixels: a 108-megapixel phone photo fits; a bomb of 40,000 × 40,000 does not.
MAX_PIXELS = 110_000_000
FORMATS = {"JPEG": "image/jpeg", "MPO": "image/jpeg", "PNG": "image/png",
           "TIFF": "image/tiff"}
SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff")
_EXIF_IFD = 0x8769
_DATE_TIME_ORIGINAL = 36867
_DATE_TIME = 306
_ORIENTATION = 274
_PIXEL_COUNT = re.compile(r"\((\d+) pixels\)")


@dataclass(frozen=True)
class PictureInfo:
    """What import learns of a photo; ``width``/``height`` as it is shown (EXIF rotation
    applied), ``taken`` the EXIF date and time in ISO form or ""."""

    mime: str
    width: int
    height: int
    taken: str


def _open(data: bytes, path: Path) -> Image.Image:
    from PIL import Image, UnidentifiedImageError

    # Pillow's own bomb check (a warning above the limit, an error above twice it) uses ours.
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            picture = Image.open(io.BytesIO(data))
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as error:
        raise NotAnImage(path=path, detail=str(error)) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        found = _PIXEL_COUNT.search(str(error))
        pixels = int(found.group(1)) if found else 2 * MAX_PIXELS
        raise ImageTooLarge(path=path, megapixels=round(pixels / 1_000_000),
                            limit=MAX_PIXELS // 1_000_000) from None
    return picture


def read_picture(data: bytes, *, path: Path, max_pixels: int = MAX_PIXELS) -> PictureInfo:
    """Check ``data`` is a JPEG, PNG or TIFF picture of at most ``max_pixels``."""
    from PIL import Image

    picture = _open(data, path)
    if picture.format not in FORMATS:
        raise NotAnImage(path=path, detail=f"format {picture.format}")
    width, height = picture.size
    if width * height > max_pixels:
        raise ImageTooLarge(path=path, megapixels=round(width * height / 1_000_000),
                            limit=max_pixels // 1_000_000)
    exif = picture.getexif()
    try:
        picture.load()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        raise NotAnImage(path=path, detail=str(error)) from None
    if exif.get(_ORIENTATION) in (5, 6, 7, 8):
        width, height = height, width
    return PictureInfo(mime=FORMATS[str(picture.format)], width=width, height=height,
                       taken=_taken(exif))


def _taken(exif: Image.Exif) -> str:
    """The EXIF date the photo was taken (or, failing that, last changed), ISO form."""
    raw = exif.get_ifd(_EXIF_IFD).get(_DATE_TIME_ORIGINAL) or exif.get(_DATE_TIME)
    if not isinstance(raw, str):
        return ""
    try:
        return datetime.strptime(raw.strip("\x00 ")[:19], "%Y:%m:%d %H:%M:%S").isoformat()
    except ValueError:
        return ""


def upright(data: bytes) -> Image.Image:
    """The picture decoded and turned as its EXIF orientation says (for display)."""
    from PIL import Image, ImageOps

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    picture = Image.open(io.BytesIO(data))
    return ImageOps.exif_transpose(picture) or picture


def display_copy(data: bytes, *, longest_side: int = 1600) -> bytes:
    """A PNG no larger than ``longest_side`` on its longer side, for the views."""
    picture = upright(data)
    picture.thumbnail((longest_side, longest_side))
    return _png(picture)


def cropped(data: bytes, *, x: float, y: float, w: float, h: float,
            longest_side: int = 1200) -> bytes:
    """The region (normalised to 0..1 of the upright picture) as a PNG, for exports."""
    picture = upright(data)
    width, height = picture.size
    box = (round(x * width), round(y * height), round((x + w) * width),
           round((y + h) * height))
    piece = picture.crop(box)
    piece.thumbnail((longest_side, longest_side))
    return _png(piece)


def _png(picture: Image.Image) -> bytes:
    if picture.mode not in ("RGB", "RGBA", "L"):
        picture = picture.convert("RGB")
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()
