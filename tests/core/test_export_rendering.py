"""The demo study's exports open in LibreOffice and come out as the expected pages.

Needs ``soffice`` (LibreOffice Writer) and poppler's ``pdfinfo``/``pdftotext``; CI installs
them. Without them the test is skipped with the reason.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.core.codebook_documents import export_codebook_file
from app.core.excerpts import ExcerptOptions, export_excerpts
from app.core.project import Project
from app.core.triangulation import export_triangulation, triangulation_matrix
from app.io.export_labels import ExportLabels

TOOLS = ("soffice", "pdfinfo", "pdftotext")
pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS),
    reason="LibreOffice (soffice) and poppler-utils (pdfinfo, pdftotext) are not installed",
)


def _convert(files: list[Path], folder: Path) -> None:
    profile = folder / "lo-profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
         "--convert-to", "pdf", "--outdir", str(folder), *map(str, files)],
        check=True, capture_output=True, timeout=300,
    )


def _info(pdf: Path) -> dict[str, str]:
    output = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True,
                            text=True).stdout
    return {key.strip(): value.strip() for key, _, value in
            (line.partition(":") for line in output.splitlines())}


def _text(pdf: Path, last_page: int = 2) -> str:
    return subprocess.run(["pdftotext", "-l", str(last_page), "-layout", str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout


def test_demo_exports_convert_to_pdf(demo_project: Project, tmp_path: Path) -> None:
    labels = ExportLabels("id")
    matrix, excerpts, codebook = (tmp_path / "matriks.docx", tmp_path / "kutipan.docx",
                                  tmp_path / "buku-kode.docx")
    export_triangulation(triangulation_matrix(demo_project), path=matrix, labels=labels)
    export_excerpts(demo_project, path=excerpts, labels=labels,
                    options=ExcerptOptions(pseudonymise=True, with_coder=True))
    export_codebook_file(demo_project, path=codebook, labels=labels)
    _convert([matrix, excerpts, codebook], tmp_path)

    matrix_info = _info(tmp_path / "matriks.pdf")
    width, height = (float(value) for value in matrix_info["Page size"].split()[0:3:2])
    assert (round(width), round(height)) == (842, 595)  # A4 landscape, in points
    assert matrix_info["Page size"].endswith("(A4)")
    assert int(matrix_info["Pages"]) >= 3
    first_page = _text(tmp_path / "matriks.pdf", last_page=1)
    assert "Matriks Triangulasi Sumber" in first_page
    assert "Informan kunci" in first_page and "Kesimpulan" in first_page
    # The header row repeats on the next page.
    second_page = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-layout",
                                  str(tmp_path / "matriks.pdf"), "-"],
                                 check=True, capture_output=True, text=True).stdout
    assert "Informan kunci" in second_page and "Persamaan" in second_page

    excerpt_info = _info(tmp_path / "kutipan.pdf")
    assert int(excerpt_info["Pages"]) > 10
    assert excerpt_info["Page size"].endswith("(A4)")
    opening = _text(tmp_path / "kutipan.pdf")
    assert "Kutipan Terkode" in opening and "Daftar Isi" in opening
    assert "Kinerja/Kualitas" in opening and "giliran" in opening

    assert "Buku Kode" in _text(tmp_path / "buku-kode.pdf", last_page=1)
