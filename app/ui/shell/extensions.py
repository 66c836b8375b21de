"""Features that hook themselves into the main window.

Each function gets the window once as a :class:`~app.ui.host.window_api.WindowHost`,
after its menus exist; it may add menus (``window.menu(key, title)``), stage tabs
(``window.add_stage_tab``) and follow ``window.project_shown``. The features only need
the window's public API, so they never import the window module.
"""

from __future__ import annotations

from collections.abc import Callable

from app.ui.analysis import analysis_tabs, quote_check_dialog
from app.ui.coding import recording_actions, search_panel
from app.ui.exchange import exchange_actions, exchange_merge
from app.ui.host.window_api import WindowHost
from app.ui.review import agreement_view, review_panel, review_word
from app.ui.shell import backup_dialog

# In menu order: the analysis stages and excerpts, search, recordings (import, transcribe,
# the player bar), review and agreement,
# exchange (QDPX), backups, then the quotation check of a thesis draft.
EXTENSIONS: list[Callable[[WindowHost], None]] = [
    analysis_tabs.install,
    search_panel.install,
    recording_actions.install,
    review_panel.install,
    review_word.install,
    agreement_view.install,
    exchange_actions.install,
    exchange_merge.install,
    backup_dialog.install,
    quote_check_dialog.install,
]
