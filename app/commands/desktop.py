"""``telaah desktop-integration [--remove]``: the menu entry, icon and ``.telaah`` file type
for the current user on Linux (see app/desktop_integration.py)."""

from __future__ import annotations

import argparse

from app.commands.common import say


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    desktop = commands.add_parser(
        "desktop-integration",
        help="add Telaah to the desktop's menu and open .telaah files with it (Linux)")
    desktop.add_argument("--remove", action="store_true", help="take it out again")
    desktop.set_defaults(run=_desktop_integration)


def _desktop_integration(arguments: argparse.Namespace) -> int:
    from app import desktop_integration

    if arguments.remove:
        removed = desktop_integration.remove()
        say(arguments, "Removed Telaah's menu entry, icons and file type ({count} files).",
            count=len(removed))
        return 0
    installed = desktop_integration.install()
    say(arguments, "Telaah is in the applications menu; double-clicking a .telaah file "
        "opens it with: {command}", command=installed.command)
    return 0
