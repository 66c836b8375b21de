"""What every sub-command shares: opening a project, printing results and messages."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.core.project import Project
from app.errors import ProjectLocked
from app.storage.location import ProjectLocation
from app.storage.session_lock import current_holder


def open_project(location: Path | str, *, write: bool = False) -> Project:
    """The project at ``location``; errors are typed and reported by ``app.cli.main``.

    A command that writes refuses a project file someone has open in the GUI (the session
    lock), so a script never edits under a person's hands; reading is always allowed.
    """
    where = ProjectLocation.parse(str(location))
    if write and where.path is not None:
        holder = current_holder(where.path)
        if holder is not None:
            raise ProjectLocked(path=where.path, user=holder.user, host=holder.host,
                                since=holder.since)
    return Project.open(str(location))


def say(arguments: argparse.Namespace, template: str, **values: Any) -> None:
    """Print a translated one-line message; ``template`` is the catalogue key."""
    print(arguments.translate(template).format(**values))


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
