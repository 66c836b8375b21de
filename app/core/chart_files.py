"""Charts a front end has drawn (PNG or SVG bytes), written to the file the person chose.

The GUI paints a chart with Qt; the file itself is written here, like every other export:
atomically, so a failed write leaves any earlier file whole, and with a clear error naming
the file when it cannot be written.
"""

from __future__ import annotations

from pathlib import Path

from app.errors import UnsupportedExportType
from app.io.file_bytes import write_file_atomically

CHART_SUFFIXES = (".png", ".svg")


def write_chart_file(path: Path, content: bytes) -> None:
    """Write a drawn chart (``content``: the PNG or SVG bytes) to ``path``."""
    if path.suffix.lower() not in CHART_SUFFIXES:
        raise UnsupportedExportType(path=path, suffix=path.suffix, allowed=list(CHART_SUFFIXES))
    write_file_atomically(path, content)
