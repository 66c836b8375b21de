"""Save a python-docx document so that a failure never leaves half a file behind."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from app.io.file_bytes import write_file_atomically


def save_document(document: Any, path: Path) -> None:
    """Write ``document`` (a python-docx Document) to ``path`` atomically."""
    buffer = io.BytesIO()
    document.save(buffer)
    write_file_atomically(Path(path), buffer.getvalue())
