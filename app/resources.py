"""Where the shipped data lives: the codebooks, the sample study and the user guide.

An installed Telaah (wheel, PyInstaller bundle) carries them as package data in
``app/shipped`` (setup.py and packaging/telaah.spec copy them there); in a source checkout
(and an editable install) they sit next to the ``app`` package. ``TELAAH_DATA_DIR``
overrides both.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.errors import DataMissing

CODEBOOKS = "codebooks"
SAMPLE_STUDY = "sample_transcripts"
DEFAULT_CODEBOOK = "kasmir-2016.qdc"
DOCS = "docs"
SHIPPED = "shipped"
ICONS = "icons"


def data_root() -> Path:
    candidates = []
    override = os.environ.get("TELAAH_DATA_DIR")
    if override:
        candidates.append(Path(override))
    package = Path(__file__).resolve().parent
    candidates.append(package / SHIPPED)
    candidates.append(package.parent)
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


def icon_file(name: str) -> Path:
    """One of the application's icons (``telaah.svg``, ``telaah-256.png``, ``telaah.ico``)."""
    return Path(__file__).resolve().parent / ICONS / name


def demo_location() -> Path:
    """Where ``telaah gui --demo`` and the welcome screen keep the demo study."""
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "telaah" / "demo-study.telaah"
