"""Every export that quotes transcripts offers --pseudonymize, masks the leaks issue 17
found, and lists what it replaced on the terminal only (never in the file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from app.cli import main

LEAKY = ("Informan 4: Waktu itu FAJAR dan Rudi_Hartono datang, NIK 3171012345670001, "
         "surel rudi.hartono@gmail.com, WA +62 812 3456 7890, kata pak fadjar.")
LEAKS = ("FAJAR", "Rudi_Hartono", "3171012345670001", "rudi.hartono@gmail.com",
         "+62 812 3456 7890", "fadjar")


def _docx_text(path: Path) -> str:
    document = Document(str(path))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    code = main(["--lang", "en", *args])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return captured.out


@pytest.fixture
def leaky_project(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    transcript = tmp_path / "bocor.txt"
    transcript.write_text("Pewawancara: Siapa yang datang?\n" + LEAKY + "\n", encoding="utf-8")
    project = str(demo_path)
    _run(["import", project, str(transcript), "--informant", "I4"], capsys)
    start = len("Pewawancara: Siapa yang datang?\n")
    out = _run(["code", project, "--source", "bocor", "--start", str(start), "--end",
                str(start + len(LEAKY)), "--code", "Kualitas", "--coder", "Annisa"], capsys)
    segment = out.split("segment ")[1].split()[0]
    _run(["coders", project, "--add", "Dosen", "--role", "supervisor"], capsys)
    _run(["review", project, "--as", "Dosen", "--segment", segment, "--verdict",
          "needs_revision", "--comment", "Ini kata FAJAR (NIK 3171012345670001), bukan Rudi."],
         capsys)
    return demo_path


EXPORTS = {
    "excerpts": lambda project, out: ["excerpts", project, "-o", out, "--code", "Kinerja"],
    "report": lambda project, out: ["report", project, "-o", out],
    "triangulation": lambda project, out: ["triangulation", project, "-o", out,
                                           "--quotes", "60"],
    "review": lambda project, out: ["review", project, "--as", "Dosen", "--summary", out],
}


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_pseudonymised_exports_leak_nothing_and_list_the_replacements(
    name: str, leaky_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain, masked = tmp_path / "plain.docx", tmp_path / "masked.docx"
    arguments = EXPORTS[name]
    _run(arguments(str(leaky_project), str(plain)), capsys)
    out = _run([*arguments(str(leaky_project), str(masked)), "--pseudonymize",
                "--list-replacements"], capsys)

    leaked = [leak for leak in LEAKS if leak in _docx_text(plain)]
    assert "FAJAR" in leaked and "3171012345670001" in leaked  # the test can fail
    text = _docx_text(masked)
    assert [leak for leak in LEAKS if leak in text] == []
    for leak in leaked:
        assert f"  {leak} → " in out
    assert "[NIK]" in text


def test_without_list_replacements_nothing_is_listed(
    leaky_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _run(["excerpts", str(leaky_project), "-o", str(tmp_path / "x.docx"),
                "--pseudonymize"], capsys)
    assert "→" not in out and "FAJAR" not in out


def test_list_replacements_alone_pseudonymises(
    leaky_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.docx"
    out = _run(["triangulation", str(leaky_project), "-o", str(target), "--quotes", "60",
                "--list-replacements"], capsys)
    assert "  FAJAR → [Informant 4]" in out and "FAJAR" not in _docx_text(target)
