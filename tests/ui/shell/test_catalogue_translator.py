"""Qt's translate() answers from Telaah's .ts catalogue; every UI string has Indonesian."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from app.i18n import Catalogue
from app.ui.shell import language_switch
from app.ui.shell.catalogue_translator import CatalogueTranslator
from app.ui.widgets.qt_strings import qt_texts

UI = Path(__file__).resolve().parents[3] / "app" / "ui"


def ui_strings() -> list[tuple[str, str]]:
    """(context, source) of every ``_tr("...")`` call, with the module's CONTEXT."""
    found: list[tuple[str, str]] = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        context = next(
            (node.value.value for node in tree.body
             if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
             and any(isinstance(t, ast.Name) and t.id == "CONTEXT" for t in node.targets)),
            None,
        )
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_tr":
                argument = node.args[0]
                assert isinstance(argument, ast.Constant), f"{path.name}: _tr needs a literal"
                assert context is not None, f"{path.name} calls _tr without a CONTEXT"
                found.append((context, argument.value))
    return found


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[CatalogueTranslator]:
    catalogue = Catalogue("id", {"MainWindow": {"&File": "&Berkas"}})
    translator = CatalogueTranslator("id", catalogue=catalogue)
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_qt_translate_uses_the_catalogue(installed: CatalogueTranslator) -> None:
    assert installed.language() == "id"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Berkas"
    assert QCoreApplication.translate("Elsewhere", "&File") == "&File"
    assert QCoreApplication.translate("MainWindow", "Untranslated") == "Untranslated"


def test_the_scan_finds_the_ui_strings() -> None:
    strings = ui_strings()
    assert ("CodeApplier", "Segment saved: {code}, {passage}") in strings
    assert len(strings) > 40


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_ui_string_is_in_the_shipped_catalogue(language: str) -> None:
    catalogue = Catalogue.load(language)
    missing = [pair for pair in ui_strings() if catalogue.lookup(*pair) is None]
    assert missing == []


def test_the_status_message_reads_as_in_the_issue() -> None:
    template = Catalogue.load("id").lookup("CodeApplier", "Segment saved: {code}, {passage}")
    assert template is not None
    assert template.format(code="Kinerja/Kualitas", passage="giliran 4, “pelatihan jarang”") == (
        "Segmen disimpan: Kinerja/Kualitas, giliran 4, “pelatihan jarang”")


def test_qt_standard_buttons_and_menus_speak_indonesian(qapp: QApplication) -> None:
    language_switch.install_translator("id")
    try:
        box = QMessageBox(QMessageBox.Icon.Question, "t", "?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                          | QMessageBox.StandardButton.Cancel)
        texts = {box.button(button).text() for button in (
            QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Cancel)}
        assert texts == {"&Ya", "&Tidak", "Batal"}
        field = QLineEdit()
        menu = field.createStandardContextMenu()
        assert "&Salin" in [action.text().split("\t")[0] for action in menu.actions()]
        assert qt_texts()[("QFileDialog", "File &name:")] == "&Nama berkas:"
    finally:
        language_switch.remove_translator()
    assert qt_texts()[("QPlatformTheme", "Cancel")] == "Cancel"
