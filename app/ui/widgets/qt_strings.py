"""Qt's own visible strings, so the catalogue can translate them too.

Qt ships no Indonesian translation of its standard buttons (OK, Cancel, Yes, No...), of
the right-click menus of text fields, or of its file dialog. Qt asks the installed
translator for them under its own contexts. The literal ``QCoreApplication.translate``
calls below let tools/update_translations.py collect them into telaah_*.ts like any other
UI string; :func:`qt_texts` returns them translated (used by the tests).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def qt_texts() -> dict[tuple[str, str], str]:
    """(Qt context, English text) -> the text in the current interface language."""
    pairs = [
        ("QPlatformTheme", "OK", translate("QPlatformTheme", "OK")),
        ("QPlatformTheme", "Cancel", translate("QPlatformTheme", "Cancel")),
        ("QPlatformTheme", "Close", translate("QPlatformTheme", "Close")),
        ("QPlatformTheme", "&Yes", translate("QPlatformTheme", "&Yes")),
        ("QPlatformTheme", "&No", translate("QPlatformTheme", "&No")),
        ("QPlatformTheme", "Save", translate("QPlatformTheme", "Save")),
        ("QPlatformTheme", "Open", translate("QPlatformTheme", "Open")),
        ("QPlatformTheme", "Apply", translate("QPlatformTheme", "Apply")),
        ("QPlatformTheme", "Discard", translate("QPlatformTheme", "Discard")),
        ("QPlatformTheme", "Help", translate("QPlatformTheme", "Help")),
        ("QPlatformTheme", "Reset", translate("QPlatformTheme", "Reset")),
        ("QMessageBox", "Show Details...", translate("QMessageBox", "Show Details...")),
        ("QMessageBox", "Hide Details...", translate("QMessageBox", "Hide Details...")),
        ("QLineEdit", "&Undo", translate("QLineEdit", "&Undo")),
        ("QLineEdit", "&Redo", translate("QLineEdit", "&Redo")),
        ("QLineEdit", "Cu&t", translate("QLineEdit", "Cu&t")),
        ("QLineEdit", "&Copy", translate("QLineEdit", "&Copy")),
        ("QLineEdit", "&Paste", translate("QLineEdit", "&Paste")),
        ("QLineEdit", "Delete", translate("QLineEdit", "Delete")),
        ("QLineEdit", "Select All", translate("QLineEdit", "Select All")),
        ("QWidgetTextControl", "&Undo", translate("QWidgetTextControl", "&Undo")),
        ("QWidgetTextControl", "&Redo", translate("QWidgetTextControl", "&Redo")),
        ("QWidgetTextControl", "Cu&t", translate("QWidgetTextControl", "Cu&t")),
        ("QWidgetTextControl", "&Copy", translate("QWidgetTextControl", "&Copy")),
        ("QWidgetTextControl", "&Paste", translate("QWidgetTextControl", "&Paste")),
        ("QWidgetTextControl", "Delete", translate("QWidgetTextControl", "Delete")),
        ("QWidgetTextControl", "Select All", translate("QWidgetTextControl", "Select All")),
        ("QWidgetTextControl", "Copy &Link Location",
         translate("QWidgetTextControl", "Copy &Link Location")),
        ("QFileDialog", "&Look in:", translate("QFileDialog", "&Look in:")),
        ("QFileDialog", "File &name:", translate("QFileDialog", "File &name:")),
        ("QFileDialog", "Files of &type:", translate("QFileDialog", "Files of &type:")),
        ("QFileDialog", "&Open", translate("QFileDialog", "&Open")),
        ("QFileDialog", "&Save", translate("QFileDialog", "&Save")),
        ("QFileDialog", "Open", translate("QFileDialog", "Open")),
        ("QFileDialog", "Save As", translate("QFileDialog", "Save As")),
        ("QFileDialog", "All Files (*)", translate("QFileDialog", "All Files (*)")),
        ("QFileDialog", "&New Folder", translate("QFileDialog", "&New Folder")),
        ("QFileDialog", "Create New Folder", translate("QFileDialog", "Create New Folder")),
        ("QFileDialog", "&Rename", translate("QFileDialog", "&Rename")),
        ("QFileDialog", "&Delete", translate("QFileDialog", "&Delete")),
        ("QFileDialog", "Show &hidden files", translate("QFileDialog", "Show &hidden files")),
        ("QFileDialog", "Back", translate("QFileDialog", "Back")),
        ("QFileDialog", "Forward", translate("QFileDialog", "Forward")),
        ("QFileDialog", "Parent Directory", translate("QFileDialog", "Parent Directory")),
        ("QFileDialog", "List View", translate("QFileDialog", "List View")),
        ("QFileDialog", "Detail View", translate("QFileDialog", "Detail View")),
        ("QFileSystemModel", "Name", translate("QFileSystemModel", "Name")),
        ("QFileSystemModel", "Size", translate("QFileSystemModel", "Size")),
        ("QFileSystemModel", "Type", translate("QFileSystemModel", "Type")),
        ("QFileSystemModel", "Date Modified", translate("QFileSystemModel", "Date Modified")),
        ("QFileSystemModel", "Computer", translate("QFileSystemModel", "Computer")),
    ]
    return {(context, text): translated for context, text, translated in pairs}
