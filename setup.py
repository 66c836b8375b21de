"""Build hook: the shipped data goes into the wheel as package data under ``app/shipped``.

The codebooks, the sample study and the user guide live beside the package in the
repository (where people read and edit them). A wheel must carry them inside the package,
so that an installation works wherever it lands (a venv, ``pip install --user``, pipx):
``app/resources.py`` finds them under ``app/shipped``. An editable install reads them from
the checkout instead, so nothing is copied then. Everything else is in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
# Folder in the checkout -> file patterns copied into app/shipped/<folder>/.
SHIPPED = {
    "codebooks": ("*.qdc", "README.md"),
    "sample_transcripts": ("*.txt", "*.docx", "*.pdf", "*.jpg", "*.csv", "coding/*.csv",
                           "recordings/*.ogg", "recordings/*.csv"),
    "docs": ("user-guide.*.md", "images/*.png"),
}


def shipped_files(root: Path = HERE) -> list[tuple[Path, Path]]:
    """(file in the checkout, its path under app/shipped) for every shipped file."""
    pairs = []
    for folder, patterns in SHIPPED.items():
        for pattern in patterns:
            for path in sorted((root / folder).glob(pattern)):
                pairs.append((path, path.relative_to(root)))
    return pairs


class BuildWithShippedData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "app" / "shipped"
        for source, relative in shipped_files():
            destination = target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)


if __name__ == "__main__":  # packaging/telaah.spec imports shipped_files only
    setup(cmdclass={"build_py": BuildWithShippedData})
