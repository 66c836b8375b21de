"""Coding by the names people type (a source title, a code path, a coder name), as the
command line and scripts do it.

Each function is one user action and one transaction: the coder is created (if new) in the
same transaction as the segments, so an action that is refused (offsets outside the text,
a category that cannot be coded) leaves the project exactly as it was. The names are
looked up first, in read sessions, so a mistyped name refuses the action before anything
is written or backed up.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.changes import Changes
from app.core.coders import ensure_coder, set_coder_role
from app.core.ids import CoderId
from app.core.lookup import lookup_code, lookup_source
from app.core.project import Project
from app.core.segments import add_segment
from app.errors import InvalidValue, TableRowRefused, TelaahError

if TYPE_CHECKING:  # search (and rapidfuzz) loads with a search, not with telaah code
    from app.core.search import SearchHit


def code_span(project: Project, *, source: str, code: str, coder: str, start: int, end: int,
              memo: str = "", valence: str | None = None) -> Changes:
    """Code ``[start, end)`` of the source titled ``source`` with the code ``code`` names,
    as the coder called ``coder`` (created if new). ``created`` is the new segment's id."""
    source_id = lookup_source(project, title=source).id
    code_id = lookup_code(project, key=code).id
    with project.writing():
        coder_changes = ensure_coder(project, name=coder)
        assert coder_changes.created is not None
        coder_id = CoderId(coder_changes.created)  # ensure_coder's coder, new or found
        return coder_changes | add_segment(
            project, source_id=source_id, code_id=code_id, coder_id=coder_id,
            start=start, end=end, memo=memo, valence=valence)


SPAN_COLUMNS = ("source", "start", "end", "code")


def code_spans_from_file(project: Project, *, path: Path, coder: str) -> Changes:
    """Code every row of a CSV table (columns source, start, end, code; optional memo,
    valence and coder, else ``coder``) in one transaction: every row or none. A row the
    core refuses is a TableRowRefused naming the file, the row and why."""
    from app.io.csv_table import read_csv_rows

    rows = list(read_csv_rows(path, required=SPAN_COLUMNS))
    changes = Changes()
    with project.writing():
        for number, row in rows:
            try:
                changes = changes | code_span(
                    project, source=row["source"], code=row["code"],
                    coder=row.get("coder") or coder, start=_offset(row, "start"),
                    end=_offset(row, "end"), memo=row.get("memo", ""),
                    valence=row.get("valence") or None)
            except TelaahError as error:
                raise TableRowRefused(path=path, row=number, problem=error) from error
    return changes


def _offset(row: dict[str, str], column: str) -> int:
    try:
        return int(row[column])
    except ValueError:
        raise InvalidValue(field=column, value=row[column],
                           detail="a whole number of characters from 0") from None


def code_hits_as(project: Project, *, hits: Sequence[SearchHit], code: str,
                 coder: str) -> Changes:
    """Code every search hit with the code ``code`` names, as the coder called ``coder``
    (created if new). ``segments`` holds the segments created (a hit already coded so is
    left as it is)."""
    from app.core.search import code_hits

    code_id = lookup_code(project, key=code).id
    with project.writing():
        coder_changes = ensure_coder(project, name=coder)
        assert coder_changes.created is not None
        coder_id = CoderId(coder_changes.created)  # ensure_coder's coder, new or found
        return coder_changes | code_hits(project, hits=hits, code_id=code_id, coder_id=coder_id)


def add_coder(project: Project, *, name: str, role: str | None = None) -> Changes:
    """The coder called ``name``, created if new (as a coder unless ``role`` says
    otherwise); an existing coder is given ``role`` when one is named."""
    with project.writing():
        changes = ensure_coder(project, name=name, role=role or "coder")
        if role is not None and changes.created is not None:
            changes = changes | set_coder_role(project, coder_id=CoderId(changes.created),
                                               role=role)
        return changes
