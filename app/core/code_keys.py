"""Which code a typed key names, from the codes' ids, parents and names alone.

A key is a full path ("Kinerja/Kualitas"), else a bare name only one code has, else either
in another case. Pure functions over plain rows: the lookup through a session
(:mod:`app.core.lookup`) and the command line's plain write path
(:mod:`app.core.plain_coding`) name the same code for the same key.
"""

from __future__ import annotations

from collections.abc import Iterable

PATH_SEPARATOR = "/"


def paths_of(rows: Iterable[tuple[int, int | None, str]]) -> dict[int, str]:
    """Every code's full path by id, from ``(id, parent_id, name)`` rows."""
    parents = {code_id: (parent_id, name) for code_id, parent_id, name in rows}
    paths: dict[int, str] = {}

    def path_of(code_id: int) -> str:
        if code_id not in paths:
            parent_id, name = parents[code_id]
            paths[code_id] = (name if parent_id is None
                              else path_of(parent_id) + PATH_SEPARATOR + name)
        return paths[code_id]

    for code_id in parents:
        path_of(code_id)
    return paths


def codes_named(paths: dict[int, str], key: str) -> list[int]:
    """The ids of the codes ``key`` names: one, none, or several (an ambiguous name)."""
    wanted = key.strip().strip(PATH_SEPARATOR)
    found = [code_id for code_id, path in paths.items() if path == wanted]
    if not found and PATH_SEPARATOR not in wanted:
        found = [code_id for code_id, path in paths.items()
                 if path.rsplit(PATH_SEPARATOR, 1)[-1] == wanted]
    if not found:
        found = [code_id for code_id, path in paths.items()
                 if path.casefold() == wanted.casefold()]
    return found
