"""Who is at the keyboard, as the session lock and the change feed name a writer."""

from __future__ import annotations

import getpass


def login_name() -> str:
    """The operating-system user, or "?" where this uid has no name (a bare container)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"
