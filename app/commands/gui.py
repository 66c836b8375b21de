"""``telaah gui``: open the workbench. The only command that loads Qt, and only when run."""

from __future__ import annotations

import argparse
from contextlib import ExitStack
from importlib import import_module
from pathlib import Path

from app.commands.common import say

# The Qt-free modules the main window imports before its first paint. They are imported
# before Qt, because once PySide6 is loaded it reads the source text of every module
# imported after it (to see whether it uses PySide's __feature__ switches): 0.08-0.1 s of a
# start that may take 0.8 s (issue 19). tests/commands/test_gui_command.py checks that they
# load no Qt, and that the window needs no other.
BEFORE_QT = (
    "app.core.workbench", "app.core.bulk_work", "app.core.change_watch",
    "app.core.search", "app.core.search_index", "app.core.code_suggestions",
    "app.core.conclusions", "app.core.condensation", "app.core.displays",
    "app.core.display_export", "app.core.triangulation", "app.core.report",
    "app.core.review_export", "app.core.regions", "app.core.page_match",
    "app.core.pseudonymising", "app.core.chart_files", "app.core.project_location",
    "app.core.verdict_scale_text", "app.core.conclusion_terms", "app.core.export_labels",
    "app.core.vocabulary", "app.i18n", "app.error_log", "app.resources",
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    gui = commands.add_parser("gui", help="open the workbench")
    gui.add_argument("project", nargs="?", help="a .telaah file or a postgresql:// URL")
    gui.add_argument("--demo", action="store_true",
                     help="open the demo study (built on first use)")
    gui.add_argument("--coder", default=None,
                     help="your coder name (default: the one given last in the GUI)")
    gui.add_argument("--screenshot", type=Path, help="save the main window as PNG and exit")
    gui.set_defaults(run=_gui)


def load_before_qt() -> None:
    """Import :data:`BEFORE_QT` (the benchmark's start-up row calls this too, as the command
    does, before it loads Qt itself to watch for the first paint)."""
    for name in BEFORE_QT:
        import_module(name)


def _gui(arguments: argparse.Namespace) -> int:
    load_before_qt()
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
