"""The base of the project-wide feature windows (review, agreement, search, quote check)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from app.core.project import Project
from app.ui.host.analysis_context import JumpTo, Translate, same_text
from app.ui.host.change_hub import ChangeHub


class FeatureDialog(QDialog):
    """A non-modal window over one project: it writes through the project, follows and
    announces changes on ``hub``, acts as ``coder_name``, shows passages with ``jump_to``
    and puts errors in the user's language with ``_translate``."""

    def __init__(self, project: Project, hub: ChangeHub, coder_name: str, jump_to: JumpTo,
                 parent: QWidget | None = None, *,
                 translate_error: Translate = same_text) -> None:
        super().__init__(parent)
        self.project = project
        self.hub = hub
        self.coder_name = coder_name
        self._jump_to = jump_to
        self._translate = translate_error
