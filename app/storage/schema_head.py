"""The newest schema revision, known without reading the migration files.

:mod:`app.storage.schema` reads every migration file (about 7 ms of parsing) to know the
revisions; opening a project at the newest one, as nearly every opening is, needs only
:data:`HEAD_REVISION`. tests/storage/test_plain_reader.py checks that it is Alembic's head,
and :func:`is_head` trusts it only while no migration file sorts after it, so a migration
added without changing it makes the callers take their full path instead of skipping it.
"""

from __future__ import annotations

import os
from pathlib import Path

HEAD_REVISION = "0009"
VERSIONS_DIR = Path(__file__).with_name("migrations") / "versions"


def is_head(revision: str | None) -> bool:
    """True when ``revision`` is the newest schema revision."""
    if revision != HEAD_REVISION:
        return False
    try:
        files = [name for name in os.listdir(VERSIONS_DIR) if name.endswith(".py")]
    except OSError:
        return False
    return bool(files) and max(files).startswith(f"{HEAD_REVISION}_")
