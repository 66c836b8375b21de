"""Code photo regions listed in a CSV table (the sample study's ``regions.csv``): one row
per region with its coder, source title, code path, rectangle (0..1 of the photo) and
description. All rows or none."""

from __future__ import annotations

from pathlib import Path

from app.core.changes import Changes
from app.core.coders import ensure_coder
from app.core.ids import CodeId, CoderId, SourceId
from app.core.lookup import find_code, find_source
from app.core.project import Project
from app.core.regions import add_region
from app.errors import InvalidTable, TelaahError
from app.io.csv_table import read_csv_rows

COLUMNS = ("coder", "source", "code", "x", "y", "w", "h", "description")


def import_region_table(project: Project, *, path: Path) -> Changes:
    """Add every region of the table at ``path``; a bad row names its line."""
    changes = Changes()
    with project.writing() as session:
        for number, row in read_csv_rows(path, required=COLUMNS):
            try:
                coder = ensure_coder(project, name=row["coder"]).created
                source = find_source(session, row["source"])
                code = find_code(session, row["code"])
                x, y, w, h = (float(row[key]) for key in ("x", "y", "w", "h"))
            except ValueError as error:
                raise InvalidTable(path=path, row=number,
                                   detail="x, y, w and h must be numbers from 0 to 1") from error
            except TelaahError as error:
                # Shown as its own message, in the reader's language.
                raise InvalidTable(path=path, row=number, detail=error) from error
            assert coder is not None
            try:
                changes = changes | add_region(
                    project, source_id=SourceId(source.id), code_id=CodeId(code.id),
                    coder_id=CoderId(coder), x=x, y=y, w=w, h=h,
                    description=row["description"], valence=row.get("valence") or None)
            except TelaahError as error:
                raise InvalidTable(path=path, row=number, detail=error) from error
    return changes
