"""``telaah new`` and ``telaah demo``: create a project, empty or with the sample study."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import say


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
    from app.core.new_project import create_project

    codebook = arguments.codebook  # None: the shipped codebook; "none": no codes
    empty = codebook is not None and codebook.lower() == "none"
    location = create_project(
        arguments.project, title=arguments.title, with_codebook=not empty,
        codebook=Path(codebook) if codebook is not None and not empty else None,
    )
    say(arguments, "Created project {path}.", path=location)
    return 0


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
