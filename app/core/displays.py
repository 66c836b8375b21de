"""Data display: build the matrices of a project and turn them into exportable tables."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.analysis.co_occurrence import OVERLAP as OVERLAP
from app.analysis.co_occurrence import SAME_TURN as SAME_TURN
from app.analysis.co_occurrence import co_occurrence
from app.analysis.code_matrix import CodeMatrix as CodeMatrix
from app.analysis.code_matrix import MatrixCell as MatrixCell
from app.analysis.code_matrix import MatrixColumn, build_code_matrix
from app.analysis.evidence import Evidence
from app.core.bulk_work import collector_paused
from app.core.evidence import matrix_passages_in, passages_in
from app.core.lookup import code_paths, find_coder
from app.core.project import Project
from app.io.display_table import Cell as Cell
from app.io.display_table import DisplayTable as DisplayTable
from app.io.display_table import heat_hex as heat_hex
from app.models import Code, Informant, Source
from app.vocabulary import SOURCE_KINDS

VALUES = ("count", "share", "statements")
Translate = Callable[[str], str]


def code_matrix(
    project: Project, *, group: str | None = None, coder: str | None = None
) -> CodeMatrix:
    """The code × informant matrix over codable codes (of ``group``) and every informant."""
    return code_matrices(project, coder=coder)(group)


def code_matrices(project: Project, *,
                  coder: str | None = None) -> Callable[[str | None], CodeMatrix]:
    """:func:`code_matrix` of any group, from one reading of the project: the display's
    matrix page and summary grid show different groups of the same passages, which take
    most of the time to read (0.2 s for 50,000 segments)."""
    with project.reading() as session, collector_paused():  # 50,000 rows: see bulk_work
        if coder is not None:
            find_coder(session, coder)  # an unknown name is an error, not an empty matrix
        passages = matrix_passages_in(session, coder=coder)
        paths = code_paths(session)
        code_rows = session.execute(
            select(Code.id, Code.code_group).where(Code.codable.is_(True))
            .order_by(Code.parent_id, Code.position, Code.id)
        ).all()
        characters = dict(session.execute(
            select(Source.informant_id, func.sum(Source.char_count))
            .group_by(Source.informant_id)
        ).all())
        columns = [
            MatrixColumn(informant_id=i.id, label=i.label, informant_type=i.informant_type,
                         role=i.role, characters=characters.get(i.id, 0) or 0)
            for i in session.scalars(select(Informant))
        ]
        unlinked = tuple(session.scalars(
            select(Source.title).where(Source.informant_id.is_(None),
                                       Source.kind == SOURCE_KINDS[0])  # interviews
            .order_by(Source.title)))

    def of_group(group: str | None) -> CodeMatrix:
        codes = [(code_id, paths[code_id]) for code_id, code_group in code_rows
                 if group is None or code_group == group]
        with collector_paused():
            matrix = build_code_matrix(passages, codes=codes, columns=columns)
        return replace(matrix, unlinked_interviews=unlinked)

    return of_group


# Said under a code × informant matrix that leaves interviews out.
UNLINKED_NOTE = ("Interviews without a linked informant are not in this matrix: {titles}. "
                 "Link each to its informant in Sources and informants.")
TRANSLATED = (UNLINKED_NOTE,)


def matrix_table(matrix: CodeMatrix, *, value: str, translate: Translate) -> DisplayTable:
    if value not in VALUES:
        raise ValueError(value)
    header = [translate("Code")] + [
        f"{column.label} ({column.informant_type})" for column in matrix.columns
    ] + [translate("Total")]
    rows = []
    heat = []
    for row in matrix.rows:
        cells: list[str | int | float] = []
        for cell in row.cells:
            if value == "count":
                cells.append(cell.count)
            elif value == "share":
                cells.append(round(cell.share, 4))
            else:
                cells.append("\n".join(f"• {s}" for s in cell.statements))
        rows.append([row.code, *cells, row.total])
        peak = matrix.maximum or 1
        heat.append([None] + [cell.count / peak for cell in row.cells] + [None])
    notes = ([translate(UNLINKED_NOTE).format(titles=", ".join(matrix.unlinked_interviews))]
             if matrix.unlinked_interviews else [])
    return DisplayTable(title=translate("Code × informant matrix"), columns=header,
                        rows=rows, heat=heat, notes=notes)


def co_occurrence_table(
    project: Project, *, mode: str = OVERLAP, translate: Translate
) -> DisplayTable:
    with project.reading() as session:
        evidence = _evidence(session, None)
        paths = code_paths(session)
    counts = co_occurrence(evidence, mode=mode)
    used = sorted({code for pair in counts for code in pair}, key=lambda c: paths[c])
    peak = max(counts.values(), default=1)
    rows: list[list[str | int | None]] = []
    heat: list[list[float | None]] = []
    for first in used:
        values = [counts.get((min(first, second), max(first, second)), 0) if first != second
                  else None for second in used]
        rows.append([paths[first], *values])
        shades: list[float | None] = [None if v is None else v / peak for v in values]
        heat.append([None, *shades])
    return DisplayTable(title=translate("Code co-occurrence"),
                        columns=[translate("Code")] + [paths[c] for c in used],
                        rows=rows, heat=heat)


def _evidence(session: Session, coder: str | None) -> list[Evidence]:
    return passages_in(session, coder=coder)
