"""telaah triangulation / excerpts / codebook on the demo study, files re-read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

import app.cli
from app.cli import main
from app.core.coders import ensure_coder
from app.core.project import Project
from app.core.review import review_segment
from app.core.segment_filters import segments_matching

OUR_COMMANDS = ("triangulation", "excerpts", "codebook")


@pytest.fixture(autouse=True)
def _registered(monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tuple(name for name in OUR_COMMANDS if name not in app.cli.COMMAND_MODULES)
    monkeypatch.setattr(app.cli, "COMMAND_MODULES", app.cli.COMMAND_MODULES + missing)


def _run(capsys, *arguments: object) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main([*map(str, arguments)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_triangulation_json_rows_columns_ids_and_judgements(demo_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(capsys, "--lang", "en", "triangulation", demo_path, "--group",
                        "indicator", "--json")
    assert code == 0
    data = json.loads(out)
    assert [column["key"] for column in data["columns"]] == ["I1", "I2", "I3", "I4", "I5", "I6"]
    assert [column["key"] for column in data["summary_columns"]] == [
        "shared", "differences", "conclusion"]
    assert len(data["rows"]) == 6
    quality = data["rows"][0]
    assert quality["code"] == "Kinerja/Kualitas"
    # Passages, not segments: I1-I3 were coded by both coders (9, 7 and 6 segments).
    assert {key: cell["count"] for key, cell in quality["cells"].items()} == {
        "I1": 7, "I2": 5, "I3": 4, "I4": 3, "I5": 5, "I6": 7}
    assert all(len(cell["segment_ids"]) == cell["count"] for cell in quality["cells"].values())
    assert quality["judgement"] == "partial"
    assert quality["reason"].startswith("4 of 6 informants with data lean negative")

    code, out, _ = _run(capsys, "--lang", "en", "triangulation", demo_path, "--judge",
                        "Kinerja/Kualitas", "--judgement", "converge", "--rationale",
                        "All sources say quality falls short.", "--as", "Annisa")
    assert code == 0 and "converge" in out
    data = json.loads(_run(capsys, "triangulation", demo_path, "--json", "--quotes", "0")[1])
    quality = data["rows"][0]
    assert quality["judgement"] == "converge" and quality["judged_by"] == "analyst"
    assert quality["override"]["rationale"] == "All sources say quality falls short."
    assert quality["override"]["author"] == "Annisa"
    assert all(cell["quotes"] == [] for cell in quality["cells"].values())
    assert _run(capsys, "triangulation", demo_path, "--clear", "Kualitas")[0] == 0
    data = json.loads(_run(capsys, "triangulation", demo_path, "--json")[1])
    assert data["rows"][0]["override"] is None


def test_triangulation_judgement_needs_a_rationale(demo_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = _run(capsys, "--lang", "en", "triangulation", demo_path, "--judge",
                        "Kualitas", "--judgement", "diverge")
    assert code == 2 and "rationale" in err and "Traceback" not in err


def test_triangulation_files_and_plain_table(demo_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    for name in ("m.docx", "m.xlsx", "m.csv", "m.json"):
        code, out, _ = _run(capsys, "--lang", "en", "triangulation", demo_path, "--by",
                            "technique", "-o", tmp_path / name)
        assert code == 0 and "18 rows" in out
    table = Document(str(tmp_path / "m.docx")).tables[0]
    assert [cell.text for cell in table.rows[0].cells][1:4] == [
        "Interview", "Observation", "Documentation"]
    assert load_workbook(tmp_path / "m.xlsx")["Matrix"]["B2"].value == "Interview"
    code, out, _ = _run(capsys, "triangulation", demo_path, "--by", "technique", "--group",
                        "effort")
    lines = out.splitlines()
    assert lines[0].split("\t")[:4] == ["Kode", "Wawancara", "Observasi", "Dokumentasi"]
    assert len(lines) == 6
    code, _, err = _run(capsys, "triangulation", demo_path, "-o", tmp_path / "m.pdf")
    assert code == 2 and "m.pdf" in err and not (tmp_path / "m.pdf").exists()


def test_excerpts_command(demo_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "kutipan.docx"
    code, out, _ = _run(capsys, "--lang", "en", "excerpts", demo_path, "-o", path, "--code",
                        "Hambatan/Jumlah Pegawai", "--code", "Upaya/Pelatihan", "--coder",
                        "Annisa", "--group-by", "code", "--pseudonymize", "--with-coder",
                        "--with-memo")
    assert code == 0 and "2 section(s)" in out
    paragraphs = Document(str(path)).paragraphs
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Hambatan/Jumlah Pegawai", "Upaya/Pelatihan"]
    notes = {p.text for p in paragraphs if p.style.name == "Telaah Note"}
    assert "Coder(s): Annisa" in notes and "Coder(s): Bima" not in notes
    text = "\n".join(p.text for p in paragraphs)
    assert "Fajar" not in text and "[Informant 4]" in text
    by_informant = tmp_path / "informan.docx"
    assert _run(capsys, "excerpts", demo_path, "-o", by_informant, "--informant", "I2",
                "--informant", "I3", "--group-by", "informant")[0] == 0
    headings = [p.text for p in Document(str(by_informant)).paragraphs
                if p.style.name == "Heading 1"]
    assert headings == ["Informan 2 (I2) — Yuliana Marpaung, Sekretaris Dinas",
                        "Informan 3 (I3) — Bambang Sutrisno, Kepala Bidang Pemberdayaan "
                        "Usaha Mikro"]
    code, _, err = _run(capsys, "excerpts", demo_path, "-o", tmp_path / "x.docx", "--informant",
                        "I9")
    assert code == 2 and "I9" in err and not (tmp_path / "x.docx").exists()


def test_a_rejected_segment_leaves_triangulation_and_excerpts_like_the_matrix(  # type: ignore[no-untyped-def]
        demo_path: Path, tmp_path: Path, capsys) -> None:
    project = Project.open(demo_path)
    try:
        bima = segments_matching(project, code="Kinerja/Kualitas", informant="I1",
                                 coder="Bima")
        rejected = bima[0]
        supervisor = ensure_coder(project, name="Dr. Sari", role="supervisor").created
        review_segment(project, segment_id=rejected.id, reviewer_id=supervisor,
                       verdict="rejected", comment="Bukan tentang kualitas kerja.")
    finally:
        project.close()
    matrix = json.loads(_run(capsys, "matrix", demo_path, "--json")[1])
    triangulation = json.loads(_run(capsys, "triangulation", demo_path, "--json")[1])
    for row in triangulation["rows"]:
        for informant, cell in row["cells"].items():
            assert cell["count"] == matrix["counts"][row["code"]][informant]
            assert sorted(cell["segment_ids"]) == sorted(
                matrix["segments"][row["code"]][informant])
    # Annisa coded the same passage, so it still counts (once) without Bima's segment.
    assert triangulation["rows"][0]["cells"]["I1"]["count"] == 7
    assert rejected.id not in triangulation["rows"][0]["cells"]["I1"]["segment_ids"]

    path = tmp_path / "kutipan.docx"
    code, out, _ = _run(capsys, "--lang", "en", "excerpts", demo_path, "-o", path, "--code",
                        "Kinerja/Kualitas", "--informant", "I1", "--coder", "Bima")
    assert code == 0
    quotes = [p.text for p in Document(str(path)).paragraphs if p.style.name == "Quote"]
    assert rejected.text not in quotes
    assert sorted(quotes) == sorted(s.text for s in bima if s.id != rejected.id)
    assert f"Wrote {len(bima) - 1} excerpt(s)" in out


def test_codebook_export_and_import(demo_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    for name in ("kode.qdc", "kode.docx", "kode.xlsx"):
        code, out, _ = _run(capsys, "codebook", "export", demo_path, "-o", tmp_path / name)
        assert code == 0 and name in out
    rows = list(load_workbook(tmp_path / "kode.xlsx").active.iter_rows(values_only=True))
    assert len(rows) == 1 + 21 and rows[2][0] == "Kinerja/Kualitas"
    headings = [p.text for p in Document(str(tmp_path / "kode.docx")).paragraphs
                if p.style.name == "Heading 1"]
    assert headings == ["Kinerja", "Hambatan", "Upaya"]
    empty = tmp_path / "kosong.telaah"
    assert _run(capsys, "new", empty, "--codebook", "none")[0] == 0
    code, out, _ = _run(capsys, "--lang", "en", "codebook", "import", empty, tmp_path / "kode.qdc")
    assert code == 0 and "21 new code(s)" in out
    code, _, err = _run(capsys, "codebook", "export", demo_path, "-o", tmp_path / "kode.txt")
    assert code == 2 and "kode.txt" in err


def test_exports_are_indonesian_unless_asked(demo_path: Path, tmp_path: Path, capsys,  # type: ignore[no-untyped-def]
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELAAH_LANG", raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    data = json.loads(_run(capsys, "triangulation", demo_path, "--json")[1])
    assert data["language"] == "id"
    assert data["columns"][0]["title"] == "I1 (Ratna Kusumawati) – Kepala Dinas"
    monkeypatch.setenv("TELAAH_LANG", "en")
    assert json.loads(_run(capsys, "triangulation", demo_path, "--json")[1])["language"] == "en"
    monkeypatch.delenv("TELAAH_LANG")
    data = json.loads(_run(capsys, "--lang", "en", "triangulation", demo_path, "--json")[1])
    assert data["language"] == "en"
