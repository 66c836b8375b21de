"""What every sub-command shares: opening a project, printing results and messages."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # loaded by the commands that open a Project, not by every command
    from app.core.project import Project


def open_project(location: Path | str, *, write: bool = False) -> Project:
    """The project at ``location``; errors are typed and reported by ``app.cli.main``.

    A command that only reads opens the project read-only: no lock, no backup, no change to
    the file. A command that writes says so; opening for writing refuses a project file
    someone has open in the GUI (the session lock), so a script never edits under a
    person's hands.
    """
    from app.core.project import Project

    return Project.open(str(location), read_only=not write)


def say(arguments: argparse.Namespace, template: str, **values: Any) -> None:
    """Print a translated one-line message; ``template`` is the catalogue key."""
    print(arguments.translate(template).format(**values))


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
