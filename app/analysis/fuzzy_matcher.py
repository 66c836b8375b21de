"""rapidfuzz (and numpy, which its ``cdist`` needs), loaded once for every thread.

Fuzzy search loads them when first used (not at start-up, issue 19), and the GUI loads
them in the background after a project opens. Two threads importing ``rapidfuzz.process``
at the same moment can get a partially initialised module ("has no attribute 'cdist'"):
a search started right after the window showed failed that way. Everything that needs
them for searching calls :func:`load_fuzzy_matcher` first; the lock lets one thread
import them while the others wait.
"""

from __future__ import annotations

import contextlib
import threading

_lock = threading.Lock()
_loaded = False


def load_fuzzy_matcher() -> None:
    """Import numpy and rapidfuzz's scorers (at once when already loaded)."""
    global _loaded
    if _loaded:
        return
    with _lock:
        if not _loaded:
            with contextlib.suppress(ImportError):  # rapidfuzz works without, slower
                import numpy  # noqa: F401
            import rapidfuzz.fuzz  # noqa: F401
            import rapidfuzz.process  # noqa: F401

            _loaded = True
