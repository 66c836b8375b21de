"""What every analysis tab shares: the project, the change hub and how to report errors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import InitVar, dataclass, field

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.core.changes import Changes
from app.core.project import Project
from app.core.workbench import Workbench
from app.errors import TelaahError
from app.ui.host.change_hub import ChangeHub
from app.ui.host.error_messages import show_error

Translate = Callable[[str], str]
JumpTo = Callable[[int, int, int], None]


def same_text(text: str) -> str:
    return text


@dataclass(frozen=True)
class AnalysisContext:
    """``translate_error`` maps error templates to the user's language; ``language`` is the
    language of exported documents ("id" or "en").

    ``wb`` is the core façade every stage's action goes through: the window's own workbench
    when it has one (``workbench``), so that an action here and one in the coding view share
    the coder and the undo history; else one made for ``project`` and ``coder_name``.
    """

    project: Project
    hub: ChangeHub
    coder_name: str
    jump_to: JumpTo
    translate_error: Translate = same_text
    language: str = "id"
    workbench: InitVar[Workbench | None] = None
    wb: Workbench = field(init=False)

    def __post_init__(self, workbench: Workbench | None) -> None:
        shared = workbench if workbench is not None else Workbench(
            self.project, coder_name=self.coder_name)
        object.__setattr__(self, "wb", shared)  # a frozen dataclass sets it once, here

    def report(self, parent: QWidget | None, error: TelaahError) -> None:
        show_error(parent, error, self.translate_error)

    def publish(self, changes: Changes) -> None:
        self.hub.publish(changes)


class DeferredReload(QObject):
    """Reloads ``owner`` once the current event is done, after every wanted broadcast.

    A hidden owner (a stage tab in the background) only remembers that it is out of date
    and reloads when it is shown, so one edit does not recompute every display.
    """

    def __init__(self, owner: QWidget, hub: ChangeHub, reload: Callable[[], None],
                 wanted: Callable[[Changes], bool] = lambda changes: True) -> None:
        super().__init__(owner)
        self._owner = owner
        self._reload = reload
        self._wanted = wanted
        self.out_of_date = False
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self._run)
        hub.changed.connect(self._on_changes)
        owner.installEventFilter(self)

    def _on_changes(self, changes: Changes) -> None:
        if self._wanted(changes):
            self.out_of_date = True
            if self._owner.isVisible():
                self._pending.start()

    def request(self) -> None:
        """Reload now if the owner is shown, else as soon as it is."""
        self.out_of_date = True
        if self._owner.isVisible():
            self._run()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While its owner is being torn down Qt may still call the filter through a fresh
        # wrapper whose Python attributes are gone: nothing is left to reload then.
        if getattr(self, "_owner", None) is None:
            return False
        if watched is self._owner and event.type() == QEvent.Type.Show and self.out_of_date:
            self._run()
        return False

    def _run(self) -> None:
        self._pending.stop()
        self.out_of_date = False
        self._reload()


def reload_after_changes(
    owner: QWidget, hub: ChangeHub, reload: Callable[[], None],
    wanted: Callable[[Changes], bool] = lambda changes: True,
) -> DeferredReload:
    return DeferredReload(owner, hub, reload, wanted)
