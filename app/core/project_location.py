"""Where a project lives, as it may be shown to people and written to logs."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url

from app.errors import TelaahError
from app.storage.location import ProjectLocation

MASKED_PASSWORD = ":***@"  # how a shown database URL stands for its password


def shown_location(location: Path | str) -> str:
    """``location`` as it may be shown: a file path, or a database URL without its
    password; an empty string when it is no project location at all."""
    if not location:
        return ""
    try:
        return ProjectLocation.parse(location).display
    except TelaahError:
        return ""


def lacks_password(location: str) -> bool:
    """Whether ``location`` is a database URL shown without its password (as remembered
    among the recent projects), so that the password must be asked for again."""
    return "://" in location and MASKED_PASSWORD in location


def with_password(location: str, password: str) -> str:
    """The database URL ``location`` with ``password`` in it, to open the project."""
    return make_url(location).set(password=password).render_as_string(hide_password=False)
