"""Charts drawn by a front end are written by the core: PNG or SVG only, atomically."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.chart_files import write_chart_file
from app.errors import UnsupportedExportType


def test_a_chart_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "frekuensi.svg"
    write_chart_file(target, b"<svg>first</svg>")
    write_chart_file(target, b"<svg>second</svg>")  # replaces the earlier file
    assert target.read_bytes() == b"<svg>second</svg>"
    assert [path.name for path in tmp_path.iterdir()] == ["frekuensi.svg"]  # no temp left


def test_another_type_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    target = tmp_path / "frekuensi.pdf"
    with pytest.raises(UnsupportedExportType) as raised:
        write_chart_file(target, b"%PDF")
    assert "frekuensi.pdf" in raised.value.message() and ".png" in raised.value.message()
    assert not target.exists()
