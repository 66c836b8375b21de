"""Start-up pays for what the command uses: a read command loads no document, fuzzy-search,
migration or GUI library."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from importlib import import_module
from pathlib import Path

import pytest

import app.cli

REPO = Path(__file__).resolve().parents[2]
# Loaded by a command only when it needs them.
HEAVY = ("alembic", "docx", "rapidfuzz", "openpyxl", "psycopg", "PySide6", "mako",
         "pygments", "krippendorff", "numpy", "PIL", "pypdfium2", "lxml")


def test_the_map_of_commands_names_what_each_module_registers() -> None:
    assert set(app.cli.COMMANDS_OF_MODULE) == set(app.cli.COMMAND_MODULES)
    for module_name, names in app.cli.COMMANDS_OF_MODULE.items():
        parser = argparse.ArgumentParser()
        commands = parser.add_subparsers()
        import_module(f"app.commands.{module_name}").register(commands)
        assert tuple(commands.choices) == names, module_name


@pytest.mark.parametrize("arguments", [["info", "{p}"], ["segments", "{p}", "--json"],
                                       ["info", "{p}", "--json"]])
def test_read_commands_import_no_heavy_library(demo_path: Path, arguments: list[str]) -> None:
    code = (
        "import json, sys\n"
        "from app.cli import main\n"
        "import contextlib, io\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main({[a.replace('{p}', str(demo_path)) for a in arguments]!r})\n"
        "print(json.dumps([code, sorted(sys.modules)]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    exit_code, modules = json.loads(result.stdout)
    assert exit_code == 0
    loaded = sorted({name.split(".")[0] for name in modules} & set(HEAVY))
    assert loaded == []


def test_a_mistyped_command_still_lists_every_command(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        app.cli.main(["infoo"])
    error = capsys.readouterr().err
    assert "'verify-quotes'" in error and "'info'" in error and "'sources'" in error
