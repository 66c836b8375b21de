"""``telaah backup list|restore``: the backups taken before the first write of a session.

Both work on a damaged or missing project file too: that is when they are needed most.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import print_json, say


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = commands.add_parser("backup", help="list or restore a project's backups")
    actions = backup.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="backups, newest first")
    listing.add_argument("project", type=Path)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=_list)
    restore = actions.add_parser("restore", help="replace the project with a backup")
    restore.add_argument("project", type=Path)
    restore.add_argument("backup", help="a backup file, or its number in 'backup list'")
    restore.set_defaults(run=_restore)


def _list(arguments: argparse.Namespace) -> int:
    from app.core.backups import project_backups

    backups = project_backups(arguments.project)
    if arguments.json:
        print_json([{"number": n, "file": str(b.path), "taken_at": b.taken_at.isoformat(),
                     "bytes": b.size} for n, b in enumerate(backups, start=1)])
    else:
        for number, backup in enumerate(backups, start=1):
            taken = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            print(f"{number:>3}  {taken}  {backup.size:>10}  {backup.path}")
    return 0


def _restore(arguments: argparse.Namespace) -> int:
    from app.core.backups import restore_project

    project: Path = arguments.project
    restored = restore_project(project, backup=arguments.backup)
    chosen = restored.backup
    if restored.kept_aside is not None:
        say(arguments, "Restored {path} from {backup}; the damaged file is kept as {kept}.",
            path=project, backup=chosen, kept=restored.kept_aside)
    elif restored.safety is not None:
        say(arguments, "Restored {path} from {backup}; the replaced state is kept in "
            "{safety}.", path=project, backup=chosen, safety=restored.safety.path)
    else:
        say(arguments, "Restored {path} from {backup}.", path=project, backup=chosen)
    return 0
