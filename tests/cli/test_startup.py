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


def _modules_loaded_by(arguments: list[str], project: Path) -> list[str]:
    """The modules a fresh process has loaded after running ``telaah ARGUMENTS``."""
    code = (
        "import json, sys\n"
        "from app.cli import main\n"
        "import contextlib, io\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main({[a.replace('{p}', str(project)) for a in arguments]!r})\n"
        "print(json.dumps([code, sorted(sys.modules)]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    exit_code, modules = json.loads(result.stdout)
    assert exit_code == 0
    return list(modules)


@pytest.mark.parametrize("arguments", [["info", "{p}"], ["segments", "{p}", "--json"],
                                       ["info", "{p}", "--json"]])
def test_read_commands_import_no_heavy_library(demo_path: Path, arguments: list[str]) -> None:
    modules = _modules_loaded_by(arguments, demo_path)
    loaded = sorted({name.split(".")[0] for name in modules} & set(HEAVY))
    assert loaded == []


@pytest.mark.parametrize("arguments", [
    ["info", "{p}"], ["info", "{p}", "--json"], ["search", "{p}", "kinerja"],
    ["search", "{p}", "kinerja", "--fuzzy", "--json"], ["search", "{p}", "kin.rja", "--regex"],
    ["--lang", "id", "search", "{p}", "Kinerja", "--word", "--case-sensitive"],
])
def test_info_and_search_read_a_project_file_without_sqlalchemy(
        demo_path: Path, arguments: list[str]) -> None:
    """The plain reader serves them (issue 19): SQLAlchemy's import alone takes longer than
    ``telaah info`` may. Nor is the error catalogue loaded for ``info`` (40 ms)."""
    modules = _modules_loaded_by(arguments, demo_path)
    assert [name for name in modules if name.split(".")[0] == "sqlalchemy"] == []
    assert "app.models" not in modules
    if arguments[0] == "info":
        assert "app.errors" not in modules


def test_code_writes_a_segment_without_sqlalchemy(demo_path: Path) -> None:
    """The plain writer serves ``telaah code`` on a project file (issue 19): importing
    SQLAlchemy and the models alone takes about the whole 0.3 s the command may take."""
    modules = _modules_loaded_by(["code", "{p}", "--source", "I1_kepala_dinas", "--start",
                                  "0", "--end", "9", "--code", "Kinerja/Kualitas",
                                  "--coder", "Zahra"], demo_path)
    assert [name for name in modules if name.split(".")[0] == "sqlalchemy"] == []
    assert "app.models" not in modules
    loaded = sorted({name.split(".")[0] for name in modules} & set(HEAVY))
    assert loaded == ["lxml"]  # only to read the catalogue its one line of output is in


def test_a_project_file_needing_the_full_path_still_gets_it(demo_path: Path) -> None:
    """The check can fail: ``segments`` still opens the project the full way."""
    modules = _modules_loaded_by(["segments", "{p}"], demo_path)
    assert "sqlalchemy" in modules


def test_a_mistyped_command_still_lists_every_command(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        app.cli.main(["infoo"])
    error = capsys.readouterr().err
    assert "'verify-quotes'" in error and "'info'" in error and "'sources'" in error
