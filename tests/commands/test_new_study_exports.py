"""A new study (not the demo): its exports name informants by pseudonym and role, a source
without informant by its title, and never an internal id such as ``source:1``."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document

from app.cli import main

INTERNAL_ID = re.compile(r"source:\s*\d")
TRANSCRIPT = (
    "Pewawancara: Bagaimana kualitas pelatihan di dinas?\n\n"
    "Informan: Pelatihannya masih jarang dan belum sesuai kebutuhan pelaku usaha.\n\n"
    "Pewawancara: Bagaimana ketepatan waktunya?\n\n"
    "Informan: Laporan sering terlambat karena pegawainya sedikit.\n"
)


def _run(capsys, *arguments: object) -> str:  # type: ignore[no-untyped-def]
    code = main([*map(str, arguments)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return str(captured.out)


def _docx_text(path: Path) -> str:
    document = Document(str(path))
    parts = [paragraph.text for paragraph in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _code_both_passages(capsys, project: Path, title: str) -> None:  # type: ignore[no-untyped-def]
    start = TRANSCRIPT.index("Pelatihannya")
    _run(capsys, "code", project, "--source", title, "--start", start, "--end", start + 24,
         "--code", "Kinerja/Kualitas", "--coder", "Dina", "--valence", "negative")
    start = TRANSCRIPT.index("Laporan")
    _run(capsys, "code", project, "--source", title, "--start", start, "--end", start + 24,
         "--code", "Kinerja/Waktu", "--coder", "Dina", "--valence", "negative")


def test_exports_cite_pseudonym_and_role_and_no_internal_id(  # type: ignore[no-untyped-def]
    tmp_path: Path, capsys,
) -> None:
    project = tmp_path / "studi.telaah"
    _run(capsys, "new", project)
    files = []
    for name in ("I7_wawancara", "Informan 8", "wawancara_tanpa_nama"):
        path = tmp_path / f"{name}.txt"
        path.write_text(TRANSCRIPT, "utf-8")
        files.append(path)
    _run(capsys, "import", project, *files)
    _run(capsys, "informants", project, "--add", "I7", "--pseudonym", "Bu Sari",
         "--role", "Kepala Bidang", "--type", "kunci", "--real-name", "Sarinah Wulandari")
    _run(capsys, "informants", project, "--add", "I8", "--pseudonym", "Pak Joko",
         "--role", "Pendamping UMKM", "--type", "utama")
    _run(capsys, "sources", project, "--link", "I7_wawancara", "--informant", "I7")
    _run(capsys, "sources", project, "--link", "Informan 8", "--informant", "I8")
    for title in ("I7_wawancara", "Informan 8", "wawancara_tanpa_nama"):
        _code_both_passages(capsys, project, title)

    matrix, excerpts = tmp_path / "triangulasi.docx", tmp_path / "kutipan.docx"
    report = tmp_path / "bab4.docx"
    _run(capsys, "triangulation", project, "-o", matrix)
    _run(capsys, "report", project, "-o", report)
    _run(capsys, "excerpts", project, "-o", excerpts)
    printed = _run(capsys, "triangulation", project, "--json")
    printed += _run(capsys, "--lang", "en", "triangulation", project)
    printed += _run(capsys, "conclusions", project, "--json")
    matrix_text, excerpt_text = _docx_text(matrix), _docx_text(excerpts)
    report_text = _docx_text(report)
    for text in (matrix_text, excerpt_text, report_text, printed):
        assert not INTERNAL_ID.search(text)
        assert "Wulandari" not in text  # the real name is never exported
    # Informants by pseudonym and role, in the matrix heading and in every citation.
    assert "I7 (Bu Sari) – Kepala Bidang" in matrix_text
    assert "I8 (Pak Joko) – Pendamping UMKM" in matrix_text
    assert "Informan 7 (I7) — Bu Sari, Kepala Bidang" in excerpt_text
    assert "(Informan 7, Bu Sari, Kepala Bidang, I7_wawancara, giliran 2)" in excerpt_text
    assert "(Informan 8, Pak Joko, Pendamping UMKM, Informan 8, giliran 4)" in excerpt_text
    assert "(Informan 7, Bu Sari, Kepala Bidang, I7_wawancara, giliran" in report_text
    # The interview without informant: named by its title, under "no informant linked".
    assert "Tanpa informan tertaut" in matrix_text and "Informan lain" not in matrix_text
    assert "wawancara_tanpa_nama" in matrix_text
    assert "(Wawancara, wawancara_tanpa_nama, giliran 2)" in excerpt_text
