"""PDF sources: importing a 300-page text PDF, and opening a coded page beside its text.

The PDF is made once per run the way a researcher's is: a .docx written with python-docx
(a running header, page numbers, a page break every four paragraphs) and converted by
LibreOffice. Importing it reads every page's text with its positions, sets running headers
and footers apart and stores the original and the pages. Opening a page is what the coding
view does when a PDF source is chosen: load the PDF into QtPdf, render the first coded
page at the pane's width and place the highlights of its 40 coded passages.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from docx import Document

from app.core.ids import CodeId, CoderId, SourceId
from app.core.project import Project
from app.core.segments import add_segment, list_segments
from app.core.source_media import source_media
from app.core.sources import import_sources, read_source
from benchmarks.core_operations import Bench
from benchmarks.timing import Operation

PAGES = 300
WORDS = ("pelayanan", "publik", "dinas", "koperasi", "usaha", "mikro", "pendampingan",
         "anggaran", "program", "kegiatan", "indikator", "kinerja", "sasaran", "strategis",
         "pelatihan", "pemasaran", "digital", "modal")


def _pdf(folder: Path) -> Path:
    target = folder / "laporan_300_halaman.pdf"
    if target.exists():
        return target
    document = Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Laporan Kinerja Dinas 2023"
    for number in range(PAGES * 4):
        words = " ".join(WORDS[(number * 7 + index * 3) % len(WORDS)] for index in range(70))
        document.add_paragraph(f"Paragraf {number + 1}: {words}.")
        if number % 4 == 3 and number < PAGES * 4 - 1:
            document.add_page_break()
    docx = folder / "laporan_300_halaman.docx"
    document.save(str(docx))
    soffice = shutil.which("soffice")
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is needed for the PDF rows")
    profile = (folder / "lo-profile").resolve()
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(docx)], check=True,
                   capture_output=True, timeout=900)
    return target


def pdf_import_operation(bench: Bench) -> Operation:
    """``import_sources`` of the 300-page PDF into a fresh project per run; baseline:
    reading the file's bytes."""
    folder = bench.folder("pdf")
    pdf = _pdf(folder)
    projects: dict[int, Project] = {}

    def before(number: int) -> None:
        projects[number] = Project.create(folder / f"pdf{number + 1}.telaah")

    def run(number: int) -> None:
        import_sources(projects[number], paths=[pdf], kind="documentation")

    def after(number: int) -> None:
        projects.pop(number).close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{folder / f'pdf{number + 1}.telaah'}{suffix}").unlink(missing_ok=True)

    return Operation(name="pdf_import", run=run, before=before, after=after,
                     baseline=lambda _number: pdf.read_bytes(),
                     baseline_label="read the file's bytes",
                     workload=f"{PAGES} pages, {pdf.stat().st_size / 1e6:.1f} MB, made by "
                              "LibreOffice")


def pdf_page_operation(bench: Bench) -> Operation:
    """Show a PDF source in the media pane at a coded page (QtPdf, offscreen)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.ui.coding.media_pane import MediaPane

    folder = bench.folder("pdf")
    pdf = _pdf(folder)
    path = folder / "coded_pages.telaah"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    project = Project.create(path)
    import_sources(project, paths=[pdf], kind="documentation")
    from app.core.codebook_editing import add_code
    from app.core.coding_by_name import add_coder

    code = add_code(project, name="Kinerja").created
    coder = add_coder(project, name="Peneliti").created
    assert code is not None and coder is not None
    [source] = [view.id for view in _sources(project)]
    page = source_media(project, source_id=source).pages[PAGES // 2]
    text = read_source(project, source_id=source).text
    for index in range(40):
        start = page.start + index * (page.end - page.start) // 40
        end = min(page.end, start + 60)
        if text[start:end].strip():
            add_segment(project, source_id=SourceId(source), code_id=CodeId(code),
                        coder_id=CoderId(coder), start=start, end=end)
    application = QApplication.instance() or QApplication([])
    pane = MediaPane(project, lambda: "Peneliti")
    pane.resize(700, 900)
    segments = list_segments(project, source_id=source)

    def run(_number: int) -> None:
        pane.show_source(source, text, segments)
        pane.canvas.page_image()
        application.processEvents()

    def close() -> None:
        pane.deleteLater()
        project.close()

    operation = Operation(name="pdf_open_page", run=run, close=close,
                          workload=f"page {PAGES // 2 + 1} of {PAGES} with "
                                   f"{len(segments)} coded passages")
    operation.notes.append(f"{pane.highlighted_count()} highlight boxes drawn")
    return operation


def _sources(project: Project) -> list[object]:
    from app.core.sources import list_sources

    return list(list_sources(project))
