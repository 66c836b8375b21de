"""``telaah copy``: copy a project between SQLite and PostgreSQL."""

from __future__ import annotations

import argparse

from app.commands.common import say


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    copy = commands.add_parser("copy", help="copy a project between SQLite and PostgreSQL")
    copy.add_argument("source", help="a .telaah file or a postgresql:// URL")
    copy.add_argument("destination", help="a new .telaah file or an empty PostgreSQL database")
    copy.set_defaults(run=_copy)


def _copy(arguments: argparse.Namespace) -> int:
    from app.core.project_copy import copy_project

    with copy_project(arguments.source, arguments.destination) as copied:
        location = copied.location
    say(arguments, "Copied the project to {path}.", path=location)
    return 0
