"""``telaah search``: find text across a project, and optionally code every hit."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.commands.common import open_project, print_json, say

if TYPE_CHECKING:  # loaded when the command runs, not with the CLI
    from app.core.project import Project
    from app.core.search import SearchHit


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    search = commands.add_parser("search", help="search the text of every source")
    search.add_argument("project", help="a .telaah file or a postgresql:// URL")
    search.add_argument("query")
    modes = search.add_mutually_exclusive_group()
    modes.add_argument("--fuzzy", dest="mode", action="store_const", const="fuzzy",
                       help="tolerate typos and Indonesian spelling variants")
    modes.add_argument("--regex", dest="mode", action="store_const", const="regex",
                       help="QUERY is a regular expression")
    modes.add_argument("--word", dest="mode", action="store_const", const="word",
                       help="match whole words only")
    search.set_defaults(mode="exact")
    search.add_argument("--case-sensitive", action="store_true")
    search.add_argument("--threshold", type=float, default=85.0,
                        help="fuzzy: lowest score (0-100) that counts as a hit")
    search.add_argument("--limit", type=int, help="at most this many hits")
    search.add_argument("--code", help="code every hit with this code path")
    search.add_argument("--coder", help="the coder who codes the hits (with --code)")
    search.add_argument("--json", action="store_true")
    search.set_defaults(run=_search)


def _search(arguments: argparse.Namespace) -> int:
    created: frozenset[int] = frozenset()
    if arguments.code:
        from app.core.search import search_project

        with open_project(arguments.project, write=True) as project:
            hits = search_project(project, query=arguments.query, mode=arguments.mode,
                                  case_sensitive=arguments.case_sensitive,
                                  threshold=arguments.threshold, limit=arguments.limit)
            created = _code_all(project, arguments, hits)
    else:  # only reading: without SQLAlchemy when the project file allows it
        from app.core.search_reading import search_project_at

        hits = search_project_at(arguments.project, query=arguments.query,
                                 mode=arguments.mode, case_sensitive=arguments.case_sensitive,
                                 threshold=arguments.threshold, limit=arguments.limit)
    if arguments.json:
        print_json([
            {"source": hit.source_title, "informant": hit.informant, "start": hit.start,
             "end": hit.end, "text": hit.text, "before": hit.before, "after": hit.after,
             "score": hit.score}
            for hit in hits
        ])
    else:
        for hit in hits:
            context = " ".join(f"{hit.before}[{hit.text}]{hit.after}".split())
            print(f"{hit.source_title}\t[{hit.start}, {hit.end})\t{hit.score:.0f}\t{context}")
        say(arguments, "{count} hit(s).", count=len(hits))
    if arguments.code:
        say(arguments, "Coded {count} hit(s) with {code}.", count=len(created),
            code=arguments.code)
    return 0


def _code_all(project: Project, arguments: argparse.Namespace,
              hits: Sequence[SearchHit]) -> frozenset[int]:
    from app.core.coding_by_name import code_hits_as
    from app.errors import InvalidValue

    if not arguments.coder:
        raise InvalidValue(field="coder", value="", detail="--code needs --coder NAME")
    return code_hits_as(project, hits=hits, code=arguments.code,
                        coder=arguments.coder).segments
