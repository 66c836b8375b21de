"""Export the project's codebook as .qdc (REFI-QDA), .docx or .xlsx, chosen by suffix."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.core.codes import codebook_entries, export_codebook
from app.core.project import Project
from app.errors import UnsupportedExportType
from app.io.docx_codebook import write_codebook_docx
from app.io.export_labels import ExportLabels
from app.io.xlsx_codebook import write_codebook_xlsx
from app.models import ProjectInfo

CODEBOOK_SUFFIXES = (".qdc", ".docx", ".xlsx")


def export_codebook_file(project: Project, *, path: Path, labels: ExportLabels) -> None:
    """Write the codebook to ``path``: .qdc, .docx (definitions, criteria, examples) or
    .xlsx (one row per code)."""
    suffix = path.suffix.lower()
    if suffix == ".qdc":
        export_codebook(project, path=path)
    elif suffix == ".docx":
        write_codebook_docx(codebook_entries(project), path, labels=labels,
                            title=_project_title(project))
    elif suffix == ".xlsx":
        write_codebook_xlsx(codebook_entries(project), path, labels=labels)
    else:
        raise UnsupportedExportType(path=path, suffix=path.suffix or path.name,
                                  allowed=list(CODEBOOK_SUFFIXES))


def _project_title(project: Project) -> str:
    with project.reading() as session:
        return session.scalar(select(ProjectInfo.title).where(ProjectInfo.id == 1)) or ""
