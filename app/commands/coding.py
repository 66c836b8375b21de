"""``telaah import`` and ``telaah code``: bring sources in and code a span of one."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import open_project, say
from app.core.vocabulary import SOURCE_KINDS, VALENCES


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imports = commands.add_parser(
        "import", help="import transcripts, notes, documents or photos (.txt, .docx, .pdf, "
        ".jpg, .png, .tif)")
    imports.add_argument("project", help="a .telaah file or a postgresql:// URL")
    imports.add_argument("files", type=Path, nargs="+")
    imports.add_argument("--kind", choices=SOURCE_KINDS, default="interview")
    imports.add_argument("--informant", help="informant id, e.g. I1")
    imports.add_argument("--encoding", help="force the text encoding of .txt files")
    imports.add_argument("--ocr", action="store_true",
                         help="recognise the text of scanned PDFs with Tesseract")
    imports.set_defaults(run=_import)

    code = commands.add_parser(
        "code", help="apply a code to a span of a source, or to every span listed in a .csv")
    code.add_argument("project", help="a .telaah file or a postgresql:// URL")
    what = code.add_mutually_exclusive_group(required=True)
    what.add_argument("--source", help="source title")
    what.add_argument("--spans", type=Path,
                      help="a .csv with the columns source, start, end, code (and optionally "
                           "memo, valence, coder): every row in one transaction, or none")
    code.add_argument("--start", type=int, help="first character (from 0)")
    code.add_argument("--end", type=int, help="character after the last")
    code.add_argument("--code", help="code path such as Kinerja/Kualitas")
    code.add_argument("--coder", required=True)
    code.add_argument("--memo", default="")
    code.add_argument("--valence", choices=VALENCES)
    code.set_defaults(run=_code)


def _import(arguments: argparse.Namespace) -> int:
    from app.core.sources import import_sources

    with open_project(arguments.project, write=True) as project:
        changes = import_sources(
            project,
            paths=arguments.files,
            kind=arguments.kind,
            informant=arguments.informant,
            encoding=arguments.encoding,
            ocr=arguments.ocr,
        )
        location = project.location
    say(arguments, "Imported {count} source(s) into {path}.",
        count=len(changes.sources), path=location)
    return 0


def _code(arguments: argparse.Namespace) -> int:
    if arguments.spans is not None:
        from app.core.coding_by_name import code_spans_from_file

        with open_project(arguments.project, write=True) as project:
            changes = code_spans_from_file(project, path=arguments.spans,
                                           coder=arguments.coder)
        say(arguments, "Coded {count} segment(s) from {path}.",
            count=len(changes.segments), path=arguments.spans)
        return 0
    for option in ("start", "end", "code"):
        if getattr(arguments, option) is None:
            from app.errors import InvalidValue

            raise InvalidValue(field=f"--{option}", value="", detail="needed with --source")
    from app.core.plain_coding import code_span_at

    created = code_span_at(
        str(arguments.project),
        source=arguments.source,
        code=arguments.code,
        coder=arguments.coder,
        start=arguments.start,
        end=arguments.end,
        memo=arguments.memo,
        valence=arguments.valence,
    )
    say(arguments, "Coded segment {id} stored.", id=created)
    return 0
