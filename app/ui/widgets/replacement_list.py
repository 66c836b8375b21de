"""Show the user what a pseudonymised export replaced.

The list holds the very names and numbers the export hides, so it is shown in a message
box only, never written into the exported file. The box is window-modal but opened
without blocking (``open``), so callers and tests carry on.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from app.core.pseudonymising import Replacement

CONTEXT = "ReplacementList"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def pseudonymise_check_box(parent: QWidget) -> QCheckBox:
    """The one wording of the choice, for every export that quotes transcripts."""
    box = QCheckBox(_tr("Pseudonymise names, NIP, NIK, phone numbers and e-mail addresses"),
                    parent)
    box.setToolTip(_tr("Informant names become labels such as [Informan 3]; after writing, "
                       "Telaah lists what it replaced (the list is not in the file)."))
    return box


def replacements_text(replacements: Sequence[Replacement]) -> str:
    return "\n".join(f"{item.original} → {item.replacement} ({item.count}×)"
                     for item in replacements)


def show_replacements(parent: QWidget, replacements: Sequence[Replacement]) -> QMessageBox:
    """A message box saying how many texts were replaced, the list under "Show Details"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Pseudonymised"))
    box.setText(_tr("{count} different text(s) were replaced in the export. The list below "
                    "is shown here only; it is not in the file.").format(count=len(replacements)))
    if replacements:
        box.setDetailedText(replacements_text(replacements))
    box.open()
    return box
