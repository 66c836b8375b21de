"""The base of the project-wide feature windows (review, agreement, search, quote check)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from app.core.project import Project
from app.core.workbench import Workbench
from app.ui.host.analysis_context import JumpTo, Translate, same_text
from app.ui.host.change_hub import ChangeHub
from app.ui.host.window_api import WindowHost


class FeatureDialog(QDialog):
    """A non-modal window over one project: it writes through the project, follows and
    announces changes on ``hub``, acts as ``coder_name``, shows passages with ``jump_to``
    and puts errors in the user's language with ``_translate``.

    ``wb`` is the core façade its actions go through: the parent window's workbench for the
    same project (one coder, one undo history), else its own.
    """

    def __init__(self, project: Project, hub: ChangeHub, coder_name: str, jump_to: JumpTo,
                 parent: QWidget | None = None, *,
                 translate_error: Translate = same_text) -> None:
        super().__init__(parent)
        self.project = project
        self.hub = hub
        self.coder_name = coder_name
        self._jump_to = jump_to
        self._translate = translate_error
        shared = parent.workbench if isinstance(parent, WindowHost) else None
        self.wb = shared if shared is not None and shared.project is project else Workbench(
            project, coder_name=coder_name)
