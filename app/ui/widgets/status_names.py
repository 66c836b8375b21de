"""Review statuses (and a comment's verdict) as people read them.

Shared by the review windows and the transcript's margin, so it stands below both. The
translation context stays the review model's, where these labels were first written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "ReviewModel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_label(status: str | None) -> str:
    """A review status (or a comment's verdict) as people read it."""
    labels = {
        "pending": _tr("Pending"),
        "accepted": _tr("Accepted"),
        "needs_revision": _tr("Needs revision"),
        "rejected": _tr("Rejected"),
        "revised": _tr("Revised"),
    }
    return labels.get(status or "", status or "")
