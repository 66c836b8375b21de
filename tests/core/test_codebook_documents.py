"""The project's codebook exported as .qdc, .docx and .xlsx, and read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from app.core.codebook_documents import export_codebook_file
from app.core.codes import codebook_entries, list_codes
from app.core.project import Project
from app.errors import UnsupportedExportType
from app.io.codebook_entry import walk_codebook
from app.io.codebook_file import read_codebook
from app.io.export_labels import ExportLabels


def test_entries_follow_the_code_tree(demo_project: Project) -> None:
    paths = [path for path, _ in walk_codebook(codebook_entries(demo_project))]
    assert paths == [code.path for code in list_codes(demo_project)]


def test_every_format_holds_every_code(demo_project: Project, tmp_path: Path) -> None:
    codes = list_codes(demo_project)
    labels = ExportLabels("id")
    export_codebook_file(demo_project, path=tmp_path / "kode.qdc", labels=labels)
    export_codebook_file(demo_project, path=tmp_path / "kode.docx", labels=labels)
    export_codebook_file(demo_project, path=tmp_path / "kode.XLSX", labels=labels)
    assert [path for path, _ in walk_codebook(read_codebook(tmp_path / "kode.qdc"))] == [
        code.path for code in codes]
    headings = [p.text for p in Document(str(tmp_path / "kode.docx")).paragraphs
                if p.style.name.startswith("Heading")]
    assert headings == [code.name for code in codes]
    rows = list(load_workbook(tmp_path / "kode.XLSX")["Buku Kode"].iter_rows(values_only=True))
    assert [row[0] for row in rows[1:]] == [code.path for code in codes]
    assert [row[7] for row in rows[1:]] == [code.definition for code in codes]


def test_unknown_suffix_is_refused(demo_project: Project, tmp_path: Path) -> None:
    with pytest.raises(UnsupportedExportType):
        export_codebook_file(demo_project, path=tmp_path / "kode.pdf", labels=ExportLabels("id"))
    assert not (tmp_path / "kode.pdf").exists()
