"""``telaah new`` and ``telaah demo``: create a project, empty or with the sample study."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import say
from app.errors import FolderNotFound


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    new = commands.add_parser("new", help="create an empty project")
    new.add_argument("project", help="a .telaah file or a postgresql:// URL")
    new.add_argument("--codebook", default=None,
                     help="a .qdc codebook, or 'none' (default: Kasmir 2016)")
    new.add_argument("--title", default="")
    new.set_defaults(run=_new)

    demo = commands.add_parser("demo", help="build the sample study with reference coding")
    demo.add_argument("project", help="a .telaah file or a postgresql:// URL")
    demo.set_defaults(run=_demo)


def _new(arguments: argparse.Namespace) -> int:
    from app.core.codes import import_codebook
    from app.core.project import Project
    from app.resources import default_codebook

    _check_folder_exists(arguments.project)
    codebook = arguments.codebook
    codebook_path = None
    if codebook is None:
        codebook_path = default_codebook()
    elif codebook.lower() != "none":
        codebook_path = Path(codebook)
        _check_readable_codebook(codebook_path)
    with Project.building(arguments.project, title=arguments.title) as project:
        if codebook_path is not None:
            import_codebook(project, path=codebook_path)
        location = project.location
    say(arguments, "Created project {path}.", path=location)
    return 0


def _check_folder_exists(location: str) -> None:
    """A new project file needs an existing folder; say so rather than "no such project"."""
    if "://" in location:
        return
    folder = Path(location).expanduser().absolute().parent
    if not folder.is_dir():
        raise FolderNotFound(path=folder)


def _check_readable_codebook(path: Path) -> None:
    """Read the codebook before creating the project, so a bad file leaves nothing behind."""
    from app.io.codebook_file import read_codebook

    read_codebook(path)


def _demo(arguments: argparse.Namespace) -> int:
    from app.core.demo import build_demo
    from app.core.segments import list_segments
    from app.core.sources import list_sources

    project = build_demo(arguments.project)
    with project:
        say(
            arguments,
            "Built the demo study in {path}: {sources} sources, {segments} coded segments.",
            path=project.location,
            sources=len(list_sources(project)),
            segments=len(list_segments(project)),
        )
    return 0
