"""The Word review summary from the GUI, in the interface language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.core.project import Project
from app.core.pseudonymising import Mask
from app.core.review_export import write_review_summary_file
from app.core.vocabulary import REVIEW_STATUSES
from app.ui.review.review_model import status_label
from app.ui.review.review_texts import role_label

CONTEXT = "ReviewPanel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def summary_labels() -> dict[str, str]:
    """The Word summary's fixed words in the interface language."""
    return {
        "title": _tr("Review summary"), "code": _tr("Code"), "total": _tr("Total"),
        "comments": _tr("Comments"), "project": _tr("Project"),
        "supervisor": _tr("Supervisor"), "date": _tr("Date"), "coders": _tr("Coders"),
        "coder": _tr("Coder"), "quote": _tr("Quote"), "where": _tr("Source and turn"),
        "status": _tr("Status"), "thread": _tr("Comments (thread)"),
        "turn": _tr("turn {number}"), "paragraph": _tr("para. {number}"),
        "role_coder": role_label("coder"), "role_supervisor": role_label("supervisor"),
        "was": _tr("changed the segment; it was: “{text}”"),
        **{status: status_label(status) for status in REVIEW_STATUSES},
    }


def export_review_summary(project: Project, path: Path, *, mask: Mask | None = None,
                          supervisor: str = "") -> None:
    """The review summary as a Word document (as ``telaah review --summary``); ``mask``
    pseudonymises quotes, comments and source titles."""
    write_review_summary_file(project, path, labels=summary_labels(), mask=mask,
                              supervisor=supervisor)
