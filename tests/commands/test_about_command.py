"""``telaah cite`` and ``telaah about``."""

from __future__ import annotations

import json

import pytest

from app import __version__
from app.cli import main


def test_cite_gives_apa_and_bibtex_with_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "cite"]) == 0
    out = capsys.readouterr().out
    apa, bibtex = out.split("\n\n", 1)
    assert apa.startswith("The Telaah developers. (") and f"(Version {__version__})" in apa
    assert bibtex.startswith("@misc{telaah") and f"{{{__version__}}}" in bibtex
    assert main(["--lang", "id", "cite", "--apa"]) == 0
    assert f"(Versi {__version__}) [Perangkat lunak komputer]" in capsys.readouterr().out
    assert main(["cite", "--bibtex"]) == 0
    assert capsys.readouterr().out.startswith("@misc{")


def test_about_lists_the_licences(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["about", "--json"]) == 0
    about = json.loads(capsys.readouterr().out)
    assert about["version"] == __version__ and about["licence"] == "GPL-3.0-or-later"
    licences = {library["name"]: library["licence"] for library in about["libraries"]}
    assert licences["Qt for Python (PySide6)"] == "LGPL-3.0-only"
    assert licences["SQLAlchemy"] == "MIT"
    assert all(library["version"] for library in about["libraries"])
