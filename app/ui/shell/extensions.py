"""Features that hook themselves into the main window.

Each function gets the window once as a :class:`~app.ui.host.window_api.WindowHost`,
after its menus exist; it may add menus (``window.menu(key, title)``), stage tabs
(``window.add_stage_tab``) and follow ``window.project_shown``. The features only need
the window's public API, so they never import the window module.

:data:`EXTENSIONS` shape what the window shows and follow every shown project: they are
installed while the window is built. :data:`LATER_EXTENSIONS` only add menu entries (and
look at the window's current state when installed): ``telaah gui`` installs them just
after the window's first paint, so that their modules (QDPX, recordings, agreement, the
quotation check: ~0.1 s of imports) load while the person looks at the project, not
before (issue 19). Any other window gets them at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

from app.ui.analysis import analysis_tabs
from app.ui.coding import search_panel
from app.ui.host.window_api import WindowHost
from app.ui.review import review_panel

Install = Callable[[WindowHost], None]
LATER_FALLBACK_MS = 1500  # a window never painted (minimised at once) still gets them


def _recordings(window: WindowHost) -> None:
    from app.ui.coding import recording_actions

    recording_actions.install(window)


def _review_word(window: WindowHost) -> None:
    from app.ui.review import review_word

    review_word.install(window)


def _agreement(window: WindowHost) -> None:
    from app.ui.review import agreement_view

    agreement_view.install(window)


def _exchange(window: WindowHost) -> None:
    from app.ui.exchange import exchange_actions

    exchange_actions.install(window)


def _merge(window: WindowHost) -> None:
    from app.ui.exchange import exchange_merge

    exchange_merge.install(window)


def _backups(window: WindowHost) -> None:
    from app.ui.shell import backup_dialog

    backup_dialog.install(window)


def _quote_check(window: WindowHost) -> None:
    from app.ui.analysis import quote_check_dialog

    quote_check_dialog.install(window)


# In menu order (a menu with entries of both groups, Review, has the first group's first,
# as before): the analysis stages and excerpts, search, the review queue; then recordings
# (import, transcribe, the player bar), Word review and agreement, exchange (QDPX),
# backups, the quotation check of a thesis draft.
EXTENSIONS: list[Install] = [
    analysis_tabs.install,
    search_panel.install,
    review_panel.install,
]
LATER_EXTENSIONS: list[Install] = [
    _recordings,
    _review_word,
    _agreement,
    _exchange,
    _merge,
    _backups,
    _quote_check,
]


def install_features(window: WindowHost, *, later_after_paint: bool = False,
                     on_later: Callable[[], None] = lambda: None) -> None:
    """Install every feature in ``window``: :data:`LATER_EXTENSIONS` after its first paint
    when ``later_after_paint`` (then ``on_later`` runs), else at once."""
    for install in EXTENSIONS:
        install(window)
    if not later_after_paint:
        for install in LATER_EXTENSIONS:
            install(window)
        return
    _AfterFirstPaint(window, on_later)


class _AfterFirstPaint(QObject):
    """Installs the later features once the window has painted (or after a while)."""

    def __init__(self, window: WindowHost, on_later: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._on_later = on_later
        self._pending = True
        window.installEventFilter(self)
        QTimer.singleShot(LATER_FALLBACK_MS, self, self._install)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._pending:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._install)  # once this paint is on the screen
        return False

    def _install(self) -> None:
        if not self._pending:
            return
        self._pending = False
        self._window.removeEventFilter(self)
        for install in LATER_EXTENSIONS:
            install(self._window)
        self._on_later()
