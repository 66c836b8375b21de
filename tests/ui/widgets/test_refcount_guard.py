"""The GUI survives many Qt calls even with PySide6 wheels that leak singleton references."""

from __future__ import annotations

import subprocess
import sys

from app.ui.widgets.refcount_guard import protect_singletons

# Without the guard, PySide6 6.12.0 on CPython 3.11 aborts after ~5,000 such calls.
MANY_CALLS = (
    "import app.ui\n"
    "from PySide6.QtCore import QObject, Signal\n"
    "class Emitter(QObject):\n"
    "    ping = Signal(str)\n"
    "emitter = Emitter()\n"
    "for _ in range(30_000):\n"
    "    emitter.setObjectName('x')\n"
    "    emitter.ping.emit('x')\n"
    "print('survived')\n"
)


def test_thirty_thousand_void_calls_and_emits_do_not_abort() -> None:
    result = subprocess.run([sys.executable, "-c", MANY_CALLS], capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"


def test_protection_is_idempotent() -> None:
    assert protect_singletons() == protect_singletons()
