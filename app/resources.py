"""Where the shipped data lives: the codebooks, the sample study and the user guide.

In a source checkout (and an editable install) they sit next to the ``app`` package; a
wheel installs them under ``<prefix>/share/telaah`` (see ``data-files`` in pyproject.toml).
``TELAAH_DATA_DIR`` overrides both.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.errors import DataMissing

CODEBOOKS = "codebooks"
SAMPLE_STUDY = "sample_transcripts"
DEFAULT_CODEBOOK = "kasmir-2016.qdc"
DOCS = "docs"


def data_root() -> Path:
    candidates = []
    override = os.environ.get("TELAAH_DATA_DIR")
    if override:
        candidates.append(Path(override))
    candidates.append(Path(__file__).resolve().parent.parent)
    candidates.append(Path(sys.prefix) / "share" / "telaah")
    for candidate in candidates:
        if (candidate / CODEBOOKS / DEFAULT_CODEBOOK).is_file():
            return candidate
    raise DataMissing(what=f"{CODEBOOKS}/{DEFAULT_CODEBOOK}")


def default_codebook() -> Path:
    return data_root() / CODEBOOKS / DEFAULT_CODEBOOK


def sample_study() -> Path:
    return data_root() / SAMPLE_STUDY


def user_guide(language: str) -> Path:
    """The user guide in ``language`` ("id" or "en"), English when there is none in it."""
    folder = data_root() / DOCS
    for name in (f"user-guide.{language}.md", "user-guide.en.md"):
        if (folder / name).is_file():
            return folder / name
    raise DataMissing(what=f"{DOCS}/user-guide.{language}.md")
