"""What every sub-command shares: opening a project, printing results and messages."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.core.project import Project


def open_project(location: Path | str) -> Project:
    """The project at ``location``; errors are typed and reported by ``app.cli.main``."""
    return Project.open(Path(location))


def say(arguments: argparse.Namespace, template: str, **values: Any) -> None:
    """Print a translated one-line message; ``template`` is the catalogue key."""
    print(arguments.translate(template).format(**values))


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
