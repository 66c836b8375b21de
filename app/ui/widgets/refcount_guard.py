"""Work around PySide6 wheels that return None, True and False without a new reference.

The PySide6 6.12.0 ``cp310-abi3`` wheels return these singletons the way CPython 3.12
headers allow (they are immortal there). On CPython 3.11 every call of a void Qt method
(``label.setText(...)``) and every ``signal.emit(...)`` then drops one reference to
``None`` or ``True``; after a few thousand calls the interpreter aborts with
"Fatal Python error: none_dealloc". See tests/ui/test_refcount_guard.py.

:func:`protect_singletons` measures the leak once and, only when it is there, makes the
singletons practically immortal the way CPython 3.12 does, by raising their reference
counts far out of reach. On a fixed PySide6 or on CPython 3.12+ it does nothing.
"""

from __future__ import annotations

import ctypes
import platform
import sys

from PySide6.QtCore import QObject

# 2**60 lost references would take decades at millions of Qt calls per second, and stays
# far from the 2**63 limit of Py_ssize_t.
_HEADROOM = 1 << 60
_PROBE_CALLS = 64
_protected = False


def pyside_drops_references() -> bool:
    """True when a void Qt method call loses a reference to None."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("telaah-probe")
    return before - sys.getrefcount(None) >= _PROBE_CALLS // 2


def protect_singletons() -> bool:
    """Guard None, True, False and NotImplemented if this PySide6 needs it; True if done."""
    global _protected
    if _protected:
        return True
    if platform.python_implementation() != "CPython" or sys.version_info >= (3, 12):
        return False
    if hasattr(sys, "gettotalrefcount"):  # a debug build lays objects out differently
        return False
    if not pyside_drops_references():
        return False
    for singleton in (None, True, False, NotImplemented):
        # ob_refcnt is the first field of every object in a release build of CPython.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _protected = True
    return True
