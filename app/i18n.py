"""Translations without Qt: the catalogues are Qt Linguist ``.ts`` files read with lxml.

Telaah ships Bahasa Indonesia (``id``) and English (``en``); source strings in the code are
English. The same catalogue serves the CLI (through :func:`translator_for`) and the GUI (a
``QTranslator`` in :mod:`app.ui.shell.catalogue_translator` asks :class:`Catalogue`), so no
compiled ``.qm`` files or build step are needed.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # lxml loads when a catalogue is read, not for every command
    from lxml import etree


TRANSLATIONS = Path(__file__).with_name("translations")
LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "en"
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_INDONESIAN_CODES = ("id", "in", "ind")  # ISO 639-1, its withdrawn alias, ISO 639-2
_HEADLESS_CONTEXTS = ("errors", "cli")


def available_languages() -> tuple[str, ...]:
    """The languages Telaah ships, each with a ``telaah_<code>.ts`` catalogue."""
    return LANGUAGES


def choose_language(requested: str | None = None) -> str:
    """An explicit request, else ``TELAAH_LANG``, else the system locale; English otherwise."""
    for candidate in (requested, os.environ.get("TELAAH_LANG")):
        if candidate:
            return _normalise(candidate)
    for variable in _LOCALE_VARIABLES:
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX"):
            return _normalise(value.split(":")[0])
    return DEFAULT_LANGUAGE


def _normalise(value: str) -> str:
    code = value.strip().lower().replace("-", "_").split("_")[0].split(".")[0]
    if code in _INDONESIAN_CODES:
        return "id"
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


class Catalogue:
    """The finished translations of one language: ``{context: {source: translation}}``."""

    def __init__(self, language: str, messages: dict[str, dict[str, str]]) -> None:
        self.language = language
        self.messages = messages
        # Context-free lookups (error templates, CLI messages) prefer those two contexts, so
        # a short word such as "Code" gets the CLI's wording rather than a widget's.
        preferred = [name for name in _HEADLESS_CONTEXTS if name in messages]
        ordered = preferred + [name for name in messages if name not in _HEADLESS_CONTEXTS]
        self._any: dict[str, str] = {}
        for name in ordered:
            for source, translation in messages[name].items():
                self._any.setdefault(source, translation)

    @staticmethod
    def load(language: str) -> Catalogue:
        """The shipped catalogue of ``language`` (read once); English for unknown codes."""
        return _load(_normalise(language))

    def translate(self, context: str, text: str) -> str:
        """The finished translation of ``text`` in ``context``, else ``text`` itself."""
        return self.messages.get(context, {}).get(text) or text

    def translate_any(self, text: str) -> str:
        """Ignoring the context: for error templates and CLI messages."""
        return self._any.get(text) or text

    def lookup(self, context: str, text: str) -> str | None:
        """The translation, or None when there is none (Qt then keeps the source text)."""
        return self.messages.get(context, {}).get(text)


@cache
def _load(language: str) -> Catalogue:
    path = TRANSLATIONS / f"telaah_{language}.ts"
    if not path.is_file():
        return Catalogue(language, {})
    return Catalogue(language, read_ts(path))


def safe_parser() -> etree.XMLParser:
    """An lxml parser that loads no DTD, expands no entity and never touches the network."""
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=False)


def read_ts(path: Path) -> dict[str, dict[str, str]]:
    """Finished messages of a .ts file (unfinished and obsolete ones are skipped)."""
    from lxml import etree

    parser = safe_parser()
    root = etree.parse(str(path), parser).getroot()
    messages: dict[str, dict[str, str]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                messages.setdefault(name, {})[source] = translation.text
    return messages


def translator_for(language: str) -> Callable[[str], str]:
    """A ``translate(text)`` function, as :meth:`app.errors.TelaahError.message` takes.

    The catalogue is read at the first translation: a command that prints nothing
    translated does not parse the .ts file (30 ms on every start, issue 19)."""
    def translate(text: str) -> str:
        return Catalogue.load(language).translate_any(text)  # cached after the first call

    return translate
