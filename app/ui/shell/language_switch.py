"""Switch the interface language without a restart: new translator, rebuilt window.

The open project moves to the rebuilt window unchanged (undo history starts afresh).
The choice is stored in the user's settings for the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.i18n import translator_for
from app.ui.shell.catalogue_translator import CatalogueTranslator
from app.ui.shell.shell_window import ShellWindow
from app.ui.widgets.numbers import locale_for
from app.ui.widgets.settings import store_language

_installed: list[CatalogueTranslator] = []
_windows: list[ShellWindow] = []  # rebuilt windows have no other Python owner


def install_translator(language: str) -> CatalogueTranslator:
    """Make ``language`` the interface language (replacing one installed here before)."""
    application = QCoreApplication.instance()
    assert application is not None
    remove_translator()
    QLocale.setDefault(locale_for(language))
    translator = CatalogueTranslator(language, application)
    application.installTranslator(translator)
    _installed.append(translator)
    return translator


def remove_translator() -> None:
    """Back to the source language (English) and the machine's own number format."""
    QLocale.setDefault(QLocale.system())
    application = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if application is not None:
            application.removeTranslator(translator)


def connect(window: ShellWindow) -> None:
    window.language_requested.connect(lambda language: switch_language(window, language))


def switch_language(window: ShellWindow, language: str) -> ShellWindow:
    """Rebuild ``window`` in ``language``; returns the new window (the old one closes)."""
    if language == window.language:
        return window
    store_language(language)
    install_translator(language)
    project = window.take_project()
    rebuilt = window.sibling(project, translator=translator_for(language), language=language)
    connect(rebuilt)
    rebuilt.setGeometry(window.geometry())
    if window.isVisible():
        rebuilt.show()
        if project is not None and window.workspace is not None:
            source_id = window.workspace.transcript.source_id
            if source_id is not None:
                rebuilt.jump_to(source_id, 0, 0)
    window.close()
    window.deleteLater()
    _windows[:] = [kept for kept in _windows if kept is not window] + [rebuilt]
    return rebuilt
