"""The ``telaah`` command: headless project work, plus ``gui`` to open the workbench.

Exit codes: 0 success, 2 a user error (one translated line on stderr, never a traceback),
141 when the reader of the output went away early (``telaah info x | head -1``), quietly.
Nothing here imports PySide6 unless the command is ``gui``, nor SQLAlchemy or the error
catalogue unless the command loads them: a command that reads a project without SQLAlchemy
(issue 19) starts without them, and an error of theirs can only come from code that did.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, cast

from app import __version__

if TYPE_CHECKING:
    from app.errors import TelaahError

USER_ERROR = 2
# What a shell reports for a program ended by SIGPIPE (128 + 13).
READER_GONE = 141
# The modules of app/commands, each adding its sub-command(s) with ``register``; the order
# is the order of ``telaah --help``.
COMMAND_MODULES: tuple[str, ...] = (
    "project", "coding", "info", "project_copy", "gui",
    "review", "displays", "backup", "qdpx", "search", "verify_quotes", "revise",
    "triangulation", "excerpts", "codebook", "agreement", "informants", "merge",
    "review_word", "about", "desktop", "transcribe",
)
# The sub-commands each of those modules registers, so that a run imports only the module
# of its own command (every module for --help or a mistyped command): start-up pays for
# what the command uses. tests/cli/test_startup.py keeps this map true.
COMMANDS_OF_MODULE: dict[str, tuple[str, ...]] = {
    "project": ("new", "demo"),
    "coding": ("import", "code"),
    "info": ("info", "segments"),
    "project_copy": ("copy",),
    "gui": ("gui",),
    "review": ("coders", "review"),
    "displays": ("matrix", "cooccurrence", "report", "conclusions"),
    "backup": ("backup",),
    "qdpx": ("qdpx",),
    "search": ("search",),
    "verify_quotes": ("verify-quotes",),
    "revise": ("revise",),
    "triangulation": ("triangulation",),
    "excerpts": ("excerpts",),
    "codebook": ("codebook",),
    "agreement": ("agreement",),
    "informants": ("informants", "sources"),
    "merge": ("merge",),
    "about": ("cite", "about"),
    "desktop": ("desktop-integration",),
    "review_word": ("review-export", "review-import"),
    "transcribe": ("import-recording", "transcribe"),
}
# Two-word commands and the command registered for each (``telaah review export ...``).
_TWO_WORD_COMMANDS = {("review", "export"): "review-export",
                      ("review", "import"): "review-import"}
# Global options that take a value (the command name follows them).
_OPTIONS_WITH_VALUE = ("--lang",)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        try:
            return _run(argv)
        finally:
            # Buffered output may reach a pipe only now; a reader that has gone shows here.
            if sys.stdout is not None:  # None under pythonw
                sys.stdout.flush()
    except BrokenPipeError:
        _discard_stdout()
        return READER_GONE


def _discard_stdout() -> None:
    """Point stdout at the null device, so that the interpreter's last flush of what is
    still buffered does not fail once more."""
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):  # not a real file: replace the object
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    finally:
        os.close(null)


def _run(argv: Sequence[str] | None) -> int:
    argv = _joined_command(sys.argv[1:] if argv is None else list(argv))
    parser = build_parser(_command_named(argv))
    arguments = parser.parse_args(argv)
    from app.i18n import choose_language, translator_for

    language = choose_language(arguments.lang)
    translate = translator_for(language)
    arguments.language = language
    arguments.translate = translate
    try:
        return int(arguments.run(arguments) or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        problem = _user_error(error, getattr(arguments, "project", None))
        if problem is None:
            raise
        return _fail(problem, translate, verbose=arguments.verbose)


def _user_error(error: Exception, project: str | None) -> TelaahError | None:
    """``error`` as the Telaah error to report, or None for a bug (raised on).

    A Telaah error or an SQLAlchemy error can only come from code that imported its module,
    so the modules are looked up rather than imported: a command that never loaded them
    does not pay for them here.
    """
    errors = sys.modules.get("app.errors")
    if errors is not None and isinstance(error, errors.TelaahError):
        return cast("TelaahError", error)
    database = sys.modules.get("sqlalchemy.exc")
    if database is not None and isinstance(error, database.SQLAlchemyError):
        from app.errors import DatabaseProblem

        detail = str(getattr(error, "orig", None) or error).splitlines()[0]
        return DatabaseProblem(path=_safe_location(project), detail=detail)
    return None


def _safe_location(value: str | None) -> str:
    """The project argument as it may be shown: a database URL loses its password."""
    if not value:
        return ""
    from app.core.project_location import shown_location

    return shown_location(value)


def _fail(error: TelaahError, translate: Callable[[str], str], *, verbose: bool = False) -> int:
    from app.error_log import record

    print(f"telaah: {translate('error')}: {error.message(translate)}", file=sys.stderr)
    # The library's or system's own words: in the log, and on stderr with --verbose.
    detail = record(error)
    if detail and verbose:
        print(f"telaah: {type(error).__name__}: {detail}", file=sys.stderr)
    return USER_ERROR


def _joined_command(argv: list[str]) -> list[str]:
    """``review export ...`` as the one command ``review-export ...`` (see _TWO_WORD_COMMANDS)."""
    command = _command_named(argv)
    if command is None:
        return argv
    index = argv.index(command)
    joined = _TWO_WORD_COMMANDS.get((command, argv[index + 1] if index + 1 < len(argv) else ""))
    return argv[:index] + [joined] + argv[index + 2:] if joined else argv


def _command_named(argv: list[str]) -> str | None:
    """The sub-command ``argv`` asks for, if it names one before any help option."""
    index = 0
    while index < len(argv):
        word = argv[index]
        if word in ("-h", "--help", "--version"):
            return None
        if word in _OPTIONS_WITH_VALUE:
            index += 2
            continue
        if not word.startswith("-"):
            return word
        index += 1
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; for ``command``, only the module that registers it."""
    parser = argparse.ArgumentParser(
        prog="telaah", description="Qualitative interview analysis workbench."
    )
    parser.add_argument("--version", action="version", version=f"telaah {__version__}")
    parser.add_argument("--lang", choices=("id", "en"), help="language of messages")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="after an error, print its technical detail on stderr")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    mapped = {name for names in COMMANDS_OF_MODULE.values() for name in names}
    if command is not None and command not in mapped:
        command = None  # mistyped: argparse lists every command
    for module_name in COMMAND_MODULES:
        names = COMMANDS_OF_MODULE.get(module_name)
        if command is None or names is None or command in names:
            import_module(f"app.commands.{module_name}").register(commands)
    return parser

