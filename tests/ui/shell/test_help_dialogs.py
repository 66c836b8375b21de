"""Help › Cite Telaah (APA and BibTeX with the version) and Help › About (licences)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app import __version__
from app.ui.analysis.citation_dialog import CitationDialog
from app.ui.shell.about_dialog import AboutDialog
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import identity


def _help_texts(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menu("help", "").actions()
            if not action.isSeparator()]


def test_help_offers_the_citation_and_about(qtbot: QtBot) -> None:
    window = MainWindow(None, "Tester", identity, language="en")
    qtbot.addWidget(window)
    assert _help_texts(window)[-2:] == ["&Cite Telaah…", "&About Telaah"]
    window.actions_by_name["cite"].trigger()
    assert isinstance(window.citation_dialog, CitationDialog)
    assert window.citation_dialog.isVisible()
    window.citation_dialog.close()
    window.actions_by_name["about"].trigger()
    assert isinstance(window.about_dialog, AboutDialog) and window.about_dialog.isVisible()
    window.about_dialog.close()


def test_the_citation_names_the_version_and_copies(qtbot: QtBot) -> None:
    dialog = CitationDialog(identity)
    qtbot.addWidget(dialog)
    assert f"(Version {__version__}) [Computer software]" in dialog.apa.text()
    assert "<i>Telaah" in dialog.apa.text()
    bibtex = dialog.bibtex.toPlainText()
    assert bibtex.startswith("@misc{telaah") and f"version      = {{{__version__}}}" in bibtex
    dialog.copy_bibtex.click()
    assert QGuiApplication.clipboard().text() == bibtex
    dialog.copy_apa.click()
    assert QGuiApplication.clipboard().text().startswith("The Telaah developers. (")


def test_the_citation_in_indonesian(qtbot: QtBot) -> None:
    from app.i18n import translator_for

    dialog = CitationDialog(translator_for("id"))
    qtbot.addWidget(dialog)
    assert f"(Versi {__version__}) [Perangkat lunak komputer]" in dialog.apa.text()


def test_about_names_the_licence_and_each_library(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert f"Telaah {__version__}" in text and "GPL-3.0-or-later" in text
    for name, licence in (("Qt", "LGPL-3.0-only"), ("SQLAlchemy", "MIT"),
                          ("lxml", "BSD-3-Clause"), ("Psycopg 3", "LGPL-3.0-only")):
        assert name in text and licence in text
    assert "—" not in text  # every library's version was found
