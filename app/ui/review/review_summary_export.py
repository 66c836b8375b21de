"""The Word review summary from the GUI, in the interface language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.core import review_export
from app.core.project import Project
from app.core.pseudonymising import Mask

# The summary's words are the core's (the catalogue's headless context), the same words
# ``telaah review --summary`` writes.
CATALOGUE_CONTEXT = "cli"


def _core_words(text: str) -> str:
    return QCoreApplication.translate(CATALOGUE_CONTEXT, text)


def summary_labels() -> dict[str, str]:
    """The Word summary's fixed words in the interface language."""
    return review_export.review_summary_labels(_core_words)


def export_review_summary(project: Project, path: Path, *, mask: Mask | None = None,
                          supervisor: str = "") -> None:
    """The review summary as a Word document (as ``telaah review --summary``); ``mask``
    pseudonymises quotes, comments and source titles."""
    review_export.export_review_summary(project, path, translate=_core_words, mask=mask,
                                        supervisor=supervisor)
