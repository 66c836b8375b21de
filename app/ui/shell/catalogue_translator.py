"""A QTranslator that reads Telaah's Qt-free catalogue, so no compiled .qm files are needed.

Installed on the application, it makes ``QCoreApplication.translate(context, text)`` look
the text up in ``app/translations/telaah_<lang>.ts`` through :mod:`app.i18n`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

from app.i18n import Catalogue


class CatalogueTranslator(QTranslator):
    """Answers from ``catalogue``, by default the shipped one of ``language``."""

    def __init__(
        self,
        language: str,
        parent: QObject | None = None,
        *,
        catalogue: Catalogue | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._catalogue = catalogue if catalogue is not None else Catalogue.load(language)

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """The translation, or None so that Qt falls back to the source text."""
        return self._catalogue.lookup(context, source_text)

    def isEmpty(self) -> bool:
        return False

    def language(self) -> str:  # QTranslator.language(): the catalogue's language code
        return self._language
