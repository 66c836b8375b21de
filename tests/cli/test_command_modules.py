"""One shape for every command: each is registered by a module of app/commands listed in
``app.cli.COMMAND_MODULES``; app/cli.py itself defines none."""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

import app.cli
from app.cli import COMMAND_MODULES, COMMANDS_OF_MODULE, build_parser

CLI = Path(app.cli.__file__)


def _commands(parser: argparse.ArgumentParser) -> tuple[str, ...]:
    sub_parsers = next(action for action in parser._actions
                       if isinstance(action, argparse._SubParsersAction))
    return tuple(sub_parsers.choices)


def test_every_command_comes_from_a_command_module() -> None:
    from_modules = tuple(name for module in COMMAND_MODULES for name in COMMANDS_OF_MODULE[module])
    assert _commands(build_parser()) == from_modules
    assert {"new", "demo", "import", "code", "info", "segments", "copy", "gui"} <= set(
        from_modules)


def test_cli_defines_no_command_itself() -> None:
    calls = [node.func.attr for node in ast.walk(ast.parse(CLI.read_text(encoding="utf-8")))
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)]
    assert "add_parser" not in calls
    assert "set_defaults" not in calls
    # The scan sees calls at all.
    assert "add_argument" in calls


def test_a_run_registers_only_the_module_of_its_command() -> None:
    for module, names in COMMANDS_OF_MODULE.items():
        for name in names:
            assert _commands(build_parser(name)) == names, (module, name)
