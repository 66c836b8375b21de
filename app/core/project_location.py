"""Where a project lives, as it may be shown to people and written to logs."""

from __future__ import annotations

from pathlib import Path

from app.errors import TelaahError
from app.storage.location import ProjectLocation


def shown_location(location: Path | str) -> str:
    """``location`` as it may be shown: a file path, or a database URL without its
    password; an empty string when it is no project location at all."""
    if not location:
        return ""
    try:
        return ProjectLocation.parse(location).display
    except TelaahError:
        return ""
