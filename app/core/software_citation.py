"""How to cite Telaah: APA (7th edition) and BibTeX, with the version in use.

Students must cite the software they analysed their data with; Help › Cite Telaah and
``telaah cite`` give these texts ready to paste.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app import __version__

AUTHOR = "The Telaah developers"
TITLE = "Telaah"
SUBTITLE = "A workbench for qualitative interview analysis"
RELEASE_YEAR = 2026  # of this version; update with the version number
LICENCE = "GPL-3.0-or-later"


@dataclass(frozen=True)
class SoftwareCitation:
    apa: str  # plain text; the title is in italics in APA style (*Telaah* in Markdown)
    apa_html: str
    bibtex: str


def cite_telaah(translate: Callable[[str], str], *, version: str = __version__,
                year: int = RELEASE_YEAR) -> SoftwareCitation:
    """The citation of this version; ``translate`` words the bracketed parts of APA."""
    described = translate("Version {version}").format(version=version)
    kind = translate("Computer software")
    apa_tail = f" ({described}) [{kind}]."
    apa = f"{AUTHOR}. ({year}). {TITLE}: {SUBTITLE}{apa_tail}"
    apa_html = f"{AUTHOR}. ({year}). <i>{TITLE}: {SUBTITLE}</i>{apa_tail}"
    key = f"telaah{year}"
    bibtex = (
        f"@misc{{{key},\n"
        f"  author       = {{{{{AUTHOR}}}}},\n"
        f"  title        = {{{{{TITLE}}}: {SUBTITLE}}},\n"
        f"  year         = {{{year}}},\n"
        f"  version      = {{{version}}},\n"
        f"  howpublished = {{{kind}}},\n"
        f"  note         = {{{described}, {LICENCE}}}\n"
        f"}}\n"
    )
    return SoftwareCitation(apa=apa, apa_html=apa_html, bibtex=bibtex)
