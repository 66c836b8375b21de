"""Typed core errors become translated message boxes."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.errors import NotFound
from app.ui.host.error_messages import error_box


def test_the_box_shows_the_translated_template_filled_with_the_error_data(qapp: object) -> None:
    translations = {NotFound.template: "Tidak ada {kind} '{key}' di proyek ini."}
    box = error_box(None, NotFound(kind="sumber", key=42),
                    lambda text: translations.get(text, text))
    assert box.text() == "Tidak ada sumber '42' di proyek ini."
    assert box.icon() == QMessageBox.Icon.Warning
    assert "Traceback" not in box.text() and box.detailedText() == ""
    box.deleteLater()


def test_a_library_s_words_stay_behind_show_details(qapp: object) -> None:
    from app.errors import CorruptDocument

    error = CorruptDocument(path="wawancara.docx",
                            detail="not a zip archive: BadZipFile: File is not a zip file")
    box = error_box(None, error, lambda text: text)
    assert "BadZipFile" not in box.text() and "wawancara.docx" in box.text()
    assert "BadZipFile: File is not a zip file" in box.detailedText()
    box.deleteLater()


def test_the_details_button_speaks_the_interface_language(qapp: object) -> None:
    from app.errors import NotAProject
    from app.i18n import translator_for
    from app.ui.shell.language_switch import install_translator, remove_translator

    install_translator("id")
    try:
        box = error_box(None, NotAProject(path="studi.telaah", detail="not an SQLite database"),
                        translator_for("id"))
        box.show()
        texts = [button.text() for button in box.buttons()]
        assert "Tampilkan Rincian..." in texts and "Show Details..." not in texts
        assert "SQLite" not in box.text() and "bukan proyek Telaah" in box.text()
        box.close()
        box.deleteLater()
    finally:
        remove_translator()
