"""The triangulation matrix of a project, the analyst's judgements, and its exports.

``triangulation_matrix`` returns a frozen :class:`TriangulationMatrix` the GUI can show
and drill into (every cell lists its segment ids). An analyst's judgement of a row is
stored per code and layout and always carries a written rationale.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select

from app.analysis.pseudonymise import Mask, identity
from app.analysis.triangulation_matrix import GROUPS as GROUPS
from app.analysis.triangulation_matrix import LAYOUTS as LAYOUTS
from app.analysis.triangulation_matrix import JudgementOverride, build_triangulation_matrix
from app.analysis.triangulation_matrix import MatrixCell as MatrixCell
from app.analysis.triangulation_matrix import MatrixRow as MatrixRow
from app.analysis.triangulation_matrix import TriangulationMatrix as TriangulationMatrix
from app.core.bulk_work import collector_paused
from app.core.changes import Changes
from app.core.coded_corpus import load_coded_corpus
from app.core.ids import CodeId, CoderId
from app.core.lookup import find_coder
from app.core.project import Project
from app.errors import (
    ExportCancelled,
    InvalidValue,
    NotFound,
    RationaleRequired,
    UnsupportedExportType,
)
from app.io.export_labels import ExportLabels
from app.io.triangulation_table import write_triangulation_csv, write_triangulation_json
from app.io.triangulation_text import cell_text as cell_text
from app.io.triangulation_text import code_title as code_title
from app.io.triangulation_text import column_title as column_title
from app.io.triangulation_text import row_reason as row_reason
from app.io.triangulation_text import short_citations as short_citations
from app.io.triangulation_text import summary_column_title as summary_column_title
from app.io.triangulation_text import summary_text as summary_text
from app.models import Code, Coder, TriangulationJudgement
from app.models.base import utc_now
from app.models.triangulation_judgement import TRIANGULATION_JUDGEMENTS as TRIANGULATION_JUDGEMENTS

Progress = Callable[[int, int], None]
EXPORT_SUFFIXES = (".docx", ".xlsx", ".csv", ".json")


@dataclass(frozen=True)
class JudgementView:
    code_id: CodeId
    layout: str
    judgement: str
    rationale: str
    author: str | None
    created_at: datetime
    updated_at: datetime


def triangulation_matrix(
    project: Project,
    *,
    layout: str = "source",
    group: str = "all",
    coders: Collection[str] | None = None,
    quotes_per_cell: int = 2,
    mask: Mask | None = None,
) -> TriangulationMatrix:
    """The matrix of ``group``'s codes in ``layout``, with the analyst's judgements.

    ``coders`` limits the evidence to those coders' segments (all coders when None);
    ``mask`` (see :func:`app.core.pseudonymising.export_mask`) pseudonymises quotes,
    citations and informants' roles.
    """
    _check_choice("layout", layout, LAYOUTS)
    _check_choice("code group", group, GROUPS)
    if coders is not None:
        with project.reading() as session:
            for name in coders:
                find_coder(session, name)
    # 50,000 segments, their passages and the cells' lists: no cyclic garbage collection
    # in between (see bulk_work; about a third of the time at group scale).
    with collector_paused():
        return _matrix(project, layout=layout, group=group, coders=coders,
                       quotes_per_cell=quotes_per_cell, mask=mask)


def _matrix(project: Project, *, layout: str, group: str, coders: Collection[str] | None,
            quotes_per_cell: int, mask: Mask | None) -> TriangulationMatrix:
    corpus = load_coded_corpus(project, coders=coders, full_text=False)
    overrides: dict[int, JudgementOverride] = {
        view.code_id: JudgementOverride(
            judgement=view.judgement,
            rationale=view.rationale,
            created_at=view.created_at,
            updated_at=view.updated_at,
            author=view.author,
        )
        for view in list_triangulation_judgements(project, layout=layout)
    }
    return build_triangulation_matrix(
        corpus, layout=layout, group=group, overrides=overrides, quotes_per_cell=quotes_per_cell,
        mask=mask or identity,
    )


def set_triangulation_judgement(
    project: Project,
    *,
    code_id: CodeId,
    layout: str,
    judgement: str,
    rationale: str,
    author_id: CoderId | None = None,
) -> Changes:
    """Record the analyst's judgement of a row, replacing an earlier one."""
    _check_choice("layout", layout, LAYOUTS)
    _check_choice("judgement", judgement, TRIANGULATION_JUDGEMENTS)
    with project.writing() as session:
        code = session.get(Code, code_id)
        if code is None:
            raise NotFound(kind="code", key=code_id)
        if not rationale.strip():
            raise RationaleRequired(code=code.name)
        author = session.get(Coder, author_id) if author_id is not None else None
        if author_id is not None and author is None:
            raise NotFound(kind="coder", key=author_id)
        stored = session.scalar(
            select(TriangulationJudgement).where(
                TriangulationJudgement.code_id == code_id,
                TriangulationJudgement.layout == layout,
            )
        )
        now = utc_now()
        if stored is None:
            stored = TriangulationJudgement(code_id=code_id, layout=layout, created_at=now)
            session.add(stored)
        stored.judgement = judgement
        stored.rationale = rationale.strip()
        stored.author_id = author.id if author is not None else None
        stored.updated_at = now
        return Changes(codes=frozenset({code_id}))


def clear_triangulation_judgement(project: Project, *, code_id: CodeId, layout: str) -> Changes:
    """Drop the analyst's judgement of a row: the suggestion applies again."""
    _check_choice("layout", layout, LAYOUTS)
    with project.writing() as session:
        result = session.execute(
            delete(TriangulationJudgement).where(
                TriangulationJudgement.code_id == code_id,
                TriangulationJudgement.layout == layout,
            )
        )
        # A DELETE gives a CursorResult, which counts rows; Session.execute is typed as Result.
        if not result.rowcount:  # type: ignore[attr-defined]
            return Changes()
        return Changes(codes=frozenset({code_id}))


def list_triangulation_judgements(
    project: Project, *, layout: str | None = None
) -> list[JudgementView]:
    query = (
        select(TriangulationJudgement, Coder.name)
        .outerjoin(Coder, TriangulationJudgement.author_id == Coder.id)
        .order_by(TriangulationJudgement.code_id, TriangulationJudgement.layout)
    )
    if layout is not None:
        query = query.where(TriangulationJudgement.layout == layout)
    with project.reading() as session:
        return [
            JudgementView(
                code_id=stored.code_id,
                layout=stored.layout,
                judgement=stored.judgement,
                rationale=stored.rationale,
                author=author,
                created_at=stored.created_at,
                updated_at=stored.updated_at,
            )
            for stored, author in session.execute(query)
        ]


def export_triangulation(
    matrix: TriangulationMatrix,
    *,
    path: Path,
    labels: ExportLabels,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write ``matrix`` as .docx, .xlsx, .csv or .json, chosen by the file's suffix."""
    from app.io.docx_triangulation import write_triangulation_docx  # python-docx and
    from app.io.xlsx_triangulation import write_triangulation_xlsx  # openpyxl load when used

    suffix = path.suffix.lower()
    writers = {
        ".docx": write_triangulation_docx,
        ".xlsx": write_triangulation_xlsx,
        ".csv": write_triangulation_csv,
        ".json": write_triangulation_json,
    }
    if suffix not in writers:
        raise UnsupportedExportType(path=path, suffix=path.suffix or path.name,
                                  allowed=list(EXPORT_SUFFIXES))
    if cancelled is not None and cancelled():
        raise ExportCancelled(path=path)
    if progress is not None:
        progress(0, 1)
    writers[suffix](matrix, path, labels=labels)
    if progress is not None:
        progress(1, 1)


def _check_choice(field: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise InvalidValue(field=field, value=value, detail=", ".join(allowed))
