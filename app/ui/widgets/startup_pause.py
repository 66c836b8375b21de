"""Start the workbench without the cyclic garbage collector rescanning what it builds.

Importing the workbench (~1,000 modules) and building its window allocate hundreds of
thousands of objects that live as long as the window; with the collector on, it rescans
them over and over (0.15 s of a start at group scale, issue 19). ``telaah gui`` pauses it
(:func:`app.core.bulk_work.collector_paused`) and this ends the pause at the first turn
of the event loop, once the window is shown (or in the first modal dialog's loop).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def end_at_first_event_loop_turn(end: Callable[[], object]) -> None:
    """Call ``end`` once the event loop runs; the application object is made here when
    there is none yet (the launcher then uses this one)."""
    if QApplication.instance() is None:
        QApplication([sys.argv[0] if sys.argv else "telaah"])
    QTimer.singleShot(0, end)
