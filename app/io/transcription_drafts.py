"""Transcription mode's autosaved text: one private file per project and source in the
data folder (``telaah/transcription-drafts``), kept until the text is applied."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from app.io.file_bytes import MiB, read_file_bytes, write_file_atomically

MAX_DRAFT_BYTES = 64 * MiB


def draft_path(project_location: str, source_id: int) -> Path:
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    key = hashlib.sha256(project_location.encode("utf-8")).hexdigest()[:16]
    return Path(data_home) / "telaah" / "transcription-drafts" / f"{key}-{source_id}.txt"


def save_draft_text(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_file_atomically(path, text.encode("utf-8"))
    return path


def read_draft_text(path: Path) -> str | None:
    if not path.is_file():
        return None
    return read_file_bytes(path, max_bytes=MAX_DRAFT_BYTES).decode("utf-8", errors="replace")


def discard_draft_text(path: Path) -> None:
    path.unlink(missing_ok=True)
