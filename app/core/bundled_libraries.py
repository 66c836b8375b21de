"""The libraries Telaah runs on, with their licences, for Help › About and ``telaah about``.

Versions are read from the installed distributions (the PyInstaller bundle carries their
metadata); a library that cannot be found is listed without a version.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata

# (distribution, name shown, licence): the runtime dependencies in pyproject.toml and what
# they bring along in a bundle (Qt, shiboken, Python itself).
LIBRARIES: tuple[tuple[str, str, str], ...] = (
    ("PySide6-Essentials", "Qt for Python (PySide6)", "LGPL-3.0-only"),
    ("PySide6-Addons", "Qt for Python add-ons (multimedia)", "LGPL-3.0-only"),
    ("PySide6-Pdf", "Qt for Python PDF module", "LGPL-3.0-only"),
    ("shiboken6", "Shiboken", "LGPL-3.0-only"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("alembic", "Alembic", "MIT"),
    ("python-docx", "python-docx", "MIT"),
    ("rapidfuzz", "RapidFuzz", "MIT"),
    ("lxml", "lxml", "BSD-3-Clause"),
    ("psycopg", "Psycopg 3", "LGPL-3.0-only"),
    ("numpy", "NumPy", "BSD-3-Clause"),
    ("openpyxl", "openpyxl", "MIT"),
    ("pypdfium2", "pypdfium2", "Apache-2.0 OR BSD-3-Clause"),
    ("Pillow", "Pillow", "MIT-CMU"),
)
PYTHON_LICENCE = "PSF-2.0"
QT_LICENCE = "LGPL-3.0-only"


@dataclass(frozen=True)
class Library:
    name: str
    version: str  # "" when the distribution cannot be found
    licence: str


def bundled_libraries() -> tuple[Library, ...]:
    """Python and each library, with the version installed here (the GUI adds Qt's)."""
    found = [Library("Python", platform.python_version(), PYTHON_LICENCE)]
    for distribution, name, licence in LIBRARIES:
        try:
            version = metadata.version(distribution)
        except metadata.PackageNotFoundError:
            version = ""
        found.append(Library(name, version, licence))
    return tuple(found)
