"""Photos drawn with Pillow: size and EXIF date read, fakes and bombs refused, display and
cropped copies made."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from app.errors import ImageTooLarge, NotAnImage
from app.io.image_reader import cropped, display_copy, read_picture
from tests.io.pdf_builders import photo


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "TIFF"])
def test_a_photo_is_read_with_its_size(tmp_path: Path, image_format: str) -> None:
    path = photo(tmp_path / f"pasar.{image_format.lower()}", size=(640, 480),
                 image_format=image_format)
    info = read_picture(path.read_bytes(), path=path)
    assert (info.width, info.height) == (640, 480)
    assert info.mime == {"JPEG": "image/jpeg", "PNG": "image/png",
                         "TIFF": "image/tiff"}[image_format]


def test_the_exif_date_is_read(tmp_path: Path) -> None:
    path = photo(tmp_path / "kantor.jpg", taken="2024:03:02 07:15:30")
    assert read_picture(path.read_bytes(), path=path).taken == "2024-03-02T07:15:30"
    plain = photo(tmp_path / "tanpa.jpg")
    assert read_picture(plain.read_bytes(), path=plain).taken == ""


def test_a_text_file_named_jpg_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotAnImage) as raised:
        read_picture(b"Catatan observasi, bukan foto.\n", path=tmp_path / "foto.jpg")
    assert raised.value.message().startswith(str(tmp_path / "foto.jpg"))


def test_a_cut_off_jpeg_is_refused(tmp_path: Path) -> None:
    data = photo(tmp_path / "utuh.jpg").read_bytes()
    with pytest.raises(NotAnImage):
        read_picture(data[: len(data) // 2], path=tmp_path / "rusak.jpg")


def test_a_gif_is_refused_as_not_a_photo_format(tmp_path: Path) -> None:
    out = io.BytesIO()
    Image.new("RGB", (10, 10)).save(out, "GIF")
    with pytest.raises(NotAnImage):
        read_picture(out.getvalue(), path=tmp_path / "animasi.jpg")


def test_a_decompression_bomb_is_refused_before_decoding(tmp_path: Path) -> None:
    out = io.BytesIO()
    Image.new("1", (20000, 20000)).save(out, "PNG")
    assert len(out.getvalue()) < 100_000
    with pytest.raises(ImageTooLarge) as raised:
        read_picture(out.getvalue(), path=tmp_path / "bom.png")
    assert "400 million pixels" in raised.value.message()


def test_display_copy_is_downscaled_and_crop_takes_the_region(tmp_path: Path) -> None:
    data = photo(tmp_path / "besar.jpg", size=(4000, 3000)).read_bytes()
    shown = Image.open(io.BytesIO(display_copy(data, longest_side=1600)))
    assert shown.size == (1600, 1200)
    piece = Image.open(io.BytesIO(cropped(data, x=0.3, y=0.08, w=0.4, h=0.22)))
    assert piece.size == (1200, 495)  # 1600 × 660 scaled to 1200 wide
    # The notice board (dark green) fills the crop.
    red, green, blue = piece.convert("RGB").getpixel((600, 247))  # type: ignore[misc]
    assert (red, green, blue) == pytest.approx((40, 90, 60), abs=12)
