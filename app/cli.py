"""The ``telaah`` command: headless project work, plus ``gui`` to open the workbench.

Exit codes: 0 success, 2 a user error (one translated line on stderr, never a traceback),
141 when the reader of the output went away early (``telaah info x | head -1``), quietly.
Nothing here imports PySide6 unless the command is ``gui``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from app import __version__
from app.commands.common import open_project, print_json, say
from app.error_log import record
from app.errors import DatabaseProblem, FolderNotFound, TelaahError

USER_ERROR = 2
# What a shell reports for a program ended by SIGPIPE (128 + 13).
READER_GONE = 141
# Modules of app/commands that add further sub-commands (each has ``register``).
COMMAND_MODULES: tuple[str, ...] = (
    "review", "displays", "backup", "qdpx", "search", "verify_quotes", "revise",
    "triangulation", "excerpts", "codebook", "agreement", "informants", "merge",
    "review_word", "about", "desktop",
)
# The sub-commands each of those modules registers, so that a run imports only the module
# of its own command (every module for --help or a mistyped command): start-up pays for
# what the command uses. tests/cli/test_startup.py keeps this map true.
COMMANDS_OF_MODULE: dict[str, tuple[str, ...]] = {
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
    except TelaahError as error:
        return _fail(error, translate, verbose=arguments.verbose)
    except SQLAlchemyError as error:
        detail = str(getattr(error, "orig", None) or error).splitlines()[0]
        where = _safe_location(getattr(arguments, "project", None))
        return _fail(DatabaseProblem(path=where, detail=detail), translate,
                     verbose=arguments.verbose)
    except KeyboardInterrupt:
        return 130


def _safe_location(value: str | None) -> str:
    """The project argument as it may be shown: a database URL loses its password."""
    if not value:
        return ""
    from app.storage.location import ProjectLocation

    try:
        return ProjectLocation.parse(value).display
    except TelaahError:
        return ""


def _fail(error: TelaahError, translate: Callable[[str], str], *, verbose: bool = False) -> int:
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

    new = commands.add_parser("new", help="create an empty project")
    new.add_argument("project", help="a .telaah file or a postgresql:// URL")
    new.add_argument("--codebook", default=None,
                     help="a .qdc codebook, or 'none' (default: Kasmir 2016)")
    new.add_argument("--title", default="")
    new.set_defaults(run=_new)

    demo = commands.add_parser("demo", help="build the sample study with reference coding")
    demo.add_argument("project", help="a .telaah file or a postgresql:// URL")
    demo.set_defaults(run=_demo)

    imports = commands.add_parser("import", help="import transcripts or notes (.txt, .docx)")
    imports.add_argument("project", help="a .telaah file or a postgresql:// URL")
    imports.add_argument("files", type=Path, nargs="+")
    imports.add_argument("--kind", choices=("interview", "observation", "documentation"),
                         default="interview")
    imports.add_argument("--informant", help="informant id, e.g. I1")
    imports.add_argument("--encoding", help="force the text encoding of .txt files")
    imports.set_defaults(run=_import)

    code = commands.add_parser("code", help="apply a code to a span of a source")
    code.add_argument("project", help="a .telaah file or a postgresql:// URL")
    code.add_argument("--source", required=True, help="source title")
    code.add_argument("--start", required=True, type=int, help="first character (from 0)")
    code.add_argument("--end", required=True, type=int, help="character after the last")
    code.add_argument("--code", required=True, help="code path such as Kinerja/Kualitas")
    code.add_argument("--coder", required=True)
    code.add_argument("--memo", default="")
    code.add_argument("--valence", choices=("positive", "negative", "mixed"))
    code.set_defaults(run=_code)

    info = commands.add_parser("info", help="summarise a project")
    info.add_argument("project", help="a .telaah file or a postgresql:// URL")
    info.add_argument("--json", action="store_true")
    info.set_defaults(run=_info)

    segments = commands.add_parser("segments", help="list coded segments")
    segments.add_argument("project", help="a .telaah file or a postgresql:// URL")
    segments.add_argument("--code", help="code path; a category includes its sub-codes")
    segments.add_argument("--informant", help="informant id")
    segments.add_argument("--coder")
    segments.add_argument("--status", action="append",
                          choices=("pending", "accepted", "needs_revision", "rejected", "revised"),
                          help="review status (repeatable)")
    segments.add_argument("--json", action="store_true")
    segments.set_defaults(run=_segments)

    copy = commands.add_parser("copy", help="copy a project between SQLite and PostgreSQL")
    copy.add_argument("source", help="a .telaah file or a postgresql:// URL")
    copy.add_argument("destination", help="a new .telaah file or an empty PostgreSQL database")
    copy.set_defaults(run=_copy)

    gui = commands.add_parser("gui", help="open the workbench")
    gui.add_argument("project", nargs="?", help="a .telaah file or a postgresql:// URL")
    gui.add_argument("--demo", action="store_true",
                     help="open the demo study (built on first use)")
    gui.add_argument("--coder", default=None, help="your coder name (default: the one given last in the GUI)")
    gui.add_argument("--screenshot", type=Path, help="save the main window as PNG and exit")
    gui.set_defaults(run=_gui)

    mapped = {name for names in COMMANDS_OF_MODULE.values() for name in names}
    if command is not None and command not in commands.choices and command not in mapped:
        command = None  # mistyped: argparse lists every command
    for module_name in COMMAND_MODULES:
        names = COMMANDS_OF_MODULE.get(module_name)
        if command is None or names is None or command in names:
            import_module(f"app.commands.{module_name}").register(commands)
    return parser


# --- commands ------------------------------------------------------------------------------


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


def _import(arguments: argparse.Namespace) -> int:
    from app.core.sources import import_sources

    with open_project(arguments.project, write=True) as project:
        changes = import_sources(
            project,
            paths=arguments.files,
            kind=arguments.kind,
            informant=arguments.informant,
            encoding=arguments.encoding,
        )
        location = project.location
    say(arguments, "Imported {count} source(s) into {path}.",
        count=len(changes.sources), path=location)
    return 0


def _code(arguments: argparse.Namespace) -> int:
    from app.core.coders import ensure_coder
    from app.core.lookup import find_code, find_source
    from app.core.segments import add_segment

    with open_project(arguments.project, write=True) as project:
        with project.reading() as session:
            source_id = find_source(session, arguments.source).id
            code_id = find_code(session, arguments.code).id
        coder_id = ensure_coder(project, name=arguments.coder).created
        assert coder_id is not None
        changes = add_segment(
            project,
            source_id=source_id,
            code_id=code_id,
            coder_id=coder_id,
            start=arguments.start,
            end=arguments.end,
            memo=arguments.memo,
            valence=arguments.valence,
        )
    say(arguments, "Coded segment {id} stored.", id=changes.created)
    return 0


def _info(arguments: argparse.Namespace) -> int:
    from app.core.project_summary import summarise_project

    with open_project(arguments.project) as project:
        summary = summarise_project(project)
    if arguments.json:
        print_json(summary)
        return 0
    print(summary["title"])
    for question in summary["research_questions"]:
        print(f"  ? {question}")
    print(f"sources: {len(summary['sources'])}")
    for source in summary["sources"]:
        print(f"  {source['kind']:<13} {source['informant'] or '-':<4} "
              f"{source['words']:>7} words  {source['title']}")
    print(f"informants: {len(summary['informants'])}")
    for informant in summary["informants"]:
        print(f"  {informant['id']:<4} {informant['type']:<9} {informant['role']}")
    print(f"codes: {len(summary['codes'])}")
    for code in summary["codes"]:
        print(f"  {code['segments']:>5}  {code['path']}")
    print(f"coders: {len(summary['coders'])}")
    for coder in summary["coders"]:
        print(f"  {coder['segments']:>5}  {coder['name']}")
    return 0


def _segments(arguments: argparse.Namespace) -> int:
    from app.core.segment_filters import segments_matching

    with open_project(arguments.project) as project:
        segments = segments_matching(
            project, code=arguments.code, informant=arguments.informant, coder=arguments.coder,
            review_statuses=frozenset(arguments.status) if arguments.status else None,
        )
    rows = [
        {"id": segment.id, "source": segment.source, "informant": segment.informant,
         "code": segment.code, "coder": segment.coder, "start": segment.start,
         "end": segment.end, "text": segment.text, "valence": segment.valence,
         "memo": segment.memo, "status": segment.review_status}
        for segment in segments
    ]
    if arguments.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['id']}\t{row['source']}\t[{row['start']}, {row['end']})\t"
                  f"{row['code']}\t{row['coder']}\t{row['text']}")
    return 0


def _copy(arguments: argparse.Namespace) -> int:
    from app.core.project_copy import copy_project

    with copy_project(arguments.source, arguments.destination) as copied:
        location = copied.location
    say(arguments, "Copied the project to {path}.", path=location)
    return 0


def _gui(arguments: argparse.Namespace) -> int:
    project_path: str | None = arguments.project
    if arguments.demo and project_path is None:
        demo_path = _demo_location()
        if not demo_path.exists():
            from app.core.demo import build_demo

            demo_path.parent.mkdir(parents=True, exist_ok=True)
            build_demo(demo_path).close()
        project_path = str(demo_path)
    elif arguments.demo and "://" not in project_path and not Path(project_path).exists():
        from app.core.demo import build_demo

        build_demo(project_path).close()
    from app.ui.launch import run_gui

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


