"""``telaah cite [--bibtex]`` and ``telaah about``: how to cite this version of Telaah, and
its licence with the libraries it runs on."""

from __future__ import annotations

import argparse

from app import __version__
from app.commands.common import print_json, say


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cite = commands.add_parser("cite", help="how to cite Telaah (APA and BibTeX)")
    style = cite.add_mutually_exclusive_group()
    style.add_argument("--apa", action="store_true", help="only the APA reference")
    style.add_argument("--bibtex", action="store_true", help="only the BibTeX entry")
    cite.set_defaults(run=_cite)
    about = commands.add_parser("about", help="version, licence and bundled libraries")
    about.add_argument("--json", action="store_true")
    about.set_defaults(run=_about)


def _cite(arguments: argparse.Namespace) -> int:
    from app.core.software_citation import cite_telaah

    citation = cite_telaah(arguments.translate)
    if not arguments.bibtex:
        print(citation.apa)
    if not arguments.bibtex and not arguments.apa:
        print()
    if not arguments.apa:
        print(citation.bibtex, end="")
    return 0


def _about(arguments: argparse.Namespace) -> int:
    from app.core.bundled_libraries import bundled_libraries
    from app.core.software_citation import LICENCE

    libraries = bundled_libraries()
    if arguments.json:
        print_json({"version": __version__, "licence": LICENCE,
                    "libraries": [{"name": library.name, "version": library.version,
                                   "licence": library.licence} for library in libraries]})
        return 0
    say(arguments, "Telaah {version}, free software under the {licence} licence.",
        version=__version__, licence=LICENCE)
    for library in libraries:
        print(f"  {library.name} {library.version or '?'} ({library.licence})")
    return 0
