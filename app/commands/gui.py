"""``telaah gui``: open the workbench. The only command that loads Qt, and only when run."""

from __future__ import annotations

import argparse
from contextlib import ExitStack
from pathlib import Path

from app.commands.common import say


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    gui = commands.add_parser("gui", help="open the workbench")
    gui.add_argument("project", nargs="?", help="a .telaah file or a postgresql:// URL")
    gui.add_argument("--demo", action="store_true",
                     help="open the demo study (built on first use)")
    gui.add_argument("--coder", default=None,
                     help="your coder name (default: the one given last in the GUI)")
    gui.add_argument("--screenshot", type=Path, help="save the main window as PNG and exit")
    gui.set_defaults(run=_gui)


def _gui(arguments: argparse.Namespace) -> int:
    project_path: str | None = arguments.project
    if arguments.demo and project_path is None:
        demo_path = _demo_location()
        if not demo_path.exists():
            from app.core.demo import build_demo

            demo_path.parent.mkdir(parents=True, exist_ok=True)
            build_demo(demo_path).close()
        project_path = str(demo_path)
    elif (arguments.demo and project_path is not None and "://" not in project_path
          and not Path(project_path).exists()):
        from app.core.demo import build_demo

        build_demo(project_path).close()
    from app.core.bulk_work import collector_paused

    with ExitStack() as startup:
        # No collector while the workbench is imported and its window built: it resumes
        # at the first turn of the event loop (see app.ui.widgets.startup_pause).
        startup.enter_context(collector_paused())
        from app.ui.widgets.startup_pause import end_at_first_event_loop_turn

        end_at_first_event_loop_turn(startup.close)
        from app.ui.shell.launch import run_gui

        # Without --coder / --lang the GUI uses the name and language chosen last in it (and
        # asks for the name on the very first start).
        status = run_gui(
            project_path,
            coder=arguments.coder,
            language=arguments.lang,
            screenshot=arguments.screenshot,
        )
    if status == 0 and arguments.screenshot is not None:
        say(arguments, "Screenshot saved to {path}.", path=arguments.screenshot)
    return status


def _demo_location() -> Path:
    from app.resources import demo_location

    return demo_location()
